// The test runners' shared main() and helpers.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/mount.h>

#ifdef RODEDRAAD_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

using namespace Qt::StringLiterals;

namespace rd::test {

TinyFilesystem::TinyFilesystem(qint64 bytes, bool readOnly)
    : m_bytes(bytes)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    const QByteArray where = QFile::encodeName(m_dir.path());
    const unsigned long flags = readOnly ? MS_RDONLY : 0;
    m_mounted = ::mount("tmpfs", where.constData(), "tmpfs", flags, options.constData()) == 0;
    if (!m_mounted)
        m_reason =
            u"cannot mount a tmpfs here (%1); the test needs root and a mount namespace"_s.arg(
                QString::fromLocal8Bit(std::strerror(errno)));
}

TinyFilesystem::~TinyFilesystem()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
}

void TinyFilesystem::fill()
{
    QFile filler(m_dir.filePath(u".filler"_s));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return;
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) {
    }
    const QByteArray byte(1, 'x');
    while (filler.write(byte) == 1) {
    }
}

void TinyFilesystem::unfill()
{
    QFile::remove(m_dir.filePath(u".filler"_s));
}

bool TinyFilesystem::remount(bool readOnly)
{
    const QByteArray options = "size=" + QByteArray::number(m_bytes) + ",mode=0700";
    const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
    return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", flags,
                   options.constData()) == 0;
}

bool isOwnerOnly(const QString& path)
{
    const QFileDevice::Permissions perms = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return QFile::exists(path) && perms.testFlag(QFileDevice::ReadOwner) && !(perms & others);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void createSchemaV1Database(const QString& path, const QStringList& extraStatements)
{
    QFile script(QStringLiteral(RODEDRAAD_FIXTURES) + u"/schema-v1.sql"_s);
    REQUIRE(script.open(QIODevice::ReadOnly));
    QStringList statements;
    QTextStream in(&script);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty() && !line.startsWith(u"--"_s))
            statements << line;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"schema-v1-fixture"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& statement : statements + extraStatements)
            REQUIRE(QSqlQuery(db).exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"schema-v1-fixture"_s);
}

TeamLog sampleLog()
{
    TeamLog log;
    log.people << Person{u"p1"_s, u"Anna de Vries"_s, u"Backend engineer"_s, QDate(2024, 2, 1), 14,
                         false}
               << Person{u"p2"_s, u"Bram \"the rock\" Jansen, Jr."_s, QString(), QDate(), 7, true};
    log.board << BoardEntry{0, u"p1"_s, u"Budget"_s, DelegationLevel::Consult, QDate(2026, 1, 10)}
              << BoardEntry{0, u"p1"_s, u"Budget"_s, DelegationLevel::Advise, QDate(2026, 4, 1)};
    OneOnOne m;
    m.personId = u"p1"_s;
    m.date = QDate(2026, 3, 2);
    m.durationMinutes = 30;
    m.talkSharePercent = 55;
    m.contextShared = true;
    m.energy = 3;
    m.agenda << AgendaItem{u"Career path"_s, Party::Member, true}
             << AgendaItem{u"Q2 roadmap"_s, Party::Manager, false};
    m.actions << ActionItem{u"Send course options"_s, Party::Manager, QDate(2026, 3, 9), QDate()}
              << ActionItem{u"Draft proposal"_s, Party::Member, QDate(), QDate(2026, 3, 5)};
    m.privateNotes = u"Tired, mentioned the move"_s;
    m.sharedSummary = u"We agreed on the next step"_s;
    log.oneOnOnes << m;
    OneOnOne cancelled;
    cancelled.personId = u"p2"_s;
    cancelled.date = QDate(2026, 3, 3);
    cancelled.status = MeetingStatus::Cancelled;
    log.oneOnOnes << cancelled;
    Decision d;
    d.personId = u"p1"_s;
    d.date = QDate(2026, 3, 3);
    d.title = u"Choose the logging library"_s;
    d.area = u"Technical design"_s;
    d.level = DelegationLevel::Advise;
    d.why = u"Traceable incidents before the audit"_s;
    d.boundaries = u"Open source, decided by 20 March"_s;
    d.reviewOn = QDate(2026, 3, 20);
    d.checkIns = 1;
    d.outcome = DecisionOutcome::Mixed;
    d.learning = u"Ask support first"_s;
    log.decisions << d;
    Initiative i;
    i.personId = u"p1"_s;
    i.date = QDate(2026, 3, 4);
    i.description = u"Set up a weekly incident review"_s;
    i.kind = InitiativeKind::Initiative;
    i.outcome = InitiativeOutcome::Partly;
    i.recognisedOn = QDate(2026, 3, 5);
    i.recognition = RecognitionChannel::Public;
    log.initiatives << i;
    Initiative j;
    j.personId = u"p2"_s;
    j.date = QDate(2026, 3, 6);
    j.description = u"Closed the tickets on time"_s;
    j.kind = InitiativeKind::Compliance;
    log.initiatives << j;
    log.promptStates << PromptState{u"recognition-gap|p1|2026-03"_s, PromptStateKind::Done,
                                    QDate(2026, 3, 6), QDate(), u"Thanked her"_s}
                     << PromptState{u"talk-share-high|p1|2026-03"_s, PromptStateKind::Snoozed,
                                    QDate(2026, 3, 6), QDate(2026, 3, 20), QString()};
    return log;
}

} // namespace rd::test

int main(int argc, char* argv[])
{
#ifdef RODEDRAAD_GUI_TESTS
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    // A home of its own for each test process: ctest runs test cases side by
    // side, and the ones that touch the data folder or the settings must not
    // meet (test mode puts both under $HOME/.qttest).
    const QTemporaryDir home;
    qputenv("HOME", QFile::encodeName(home.path()));
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(u"RodeDraadTests"_s);
    TestApplication::setApplicationName(u"rodedraad-tests"_s);
    return Catch::Session().run(argc, argv);
}
