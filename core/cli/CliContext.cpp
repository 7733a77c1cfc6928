#include "CliContext.h"

#include "domain/Error.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/WriterLock.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd {

QString CliContext::databasePath() const
{
    return parser.isSet(u"db"_s) ? parser.value(u"db"_s) : Database::defaultPath();
}

std::unique_ptr<Database> CliContext::openDatabase() const
{
    auto db = std::make_unique<Database>(databasePath(), parser.isSet(u"read-only"_s)
                                                             ? Database::Access::ReadOnly
                                                             : Database::Access::ReadWrite);
    if (db->lostCommits() > 0) {
        err << lostCommitsMessage(*db);
        const QList<BackupFile> backups = backupsOfFile(db->path(), backupDirectory(db->path()));
        if (!backups.isEmpty())
            err << u' '
                << QCoreApplication::translate(
                       "rd::Cli", "The newest backup may still hold them: rodedraad restore %1")
                       .arg(backups.first().path);
        err << u'\n';
        err.flush();
    }
    return db;
}

std::unique_ptr<WriterLock> CliContext::lockForReplacing() const
{
    auto lock = std::make_unique<WriterLock>(databasePath());
    const LockAttempt attempt = lock->acquire();
    if (attempt.outcome == LockAttempt::Outcome::HeldElsewhere)
        throw StorageError(QCoreApplication::translate(
                               "rd::Cli", "%1 is open in Rode Draad (process %2); close it there "
                                          "first. Nothing was changed.")
                               .arg(databasePath())
                               .arg(lock->holderPid()));
    // A lock that cannot be made (a missing folder) stops nothing: opening says what is wrong.
    return lock;
}

QString CliContext::required(const QString& option) const
{
    if (!parser.isSet(option) || parser.value(option).trimmed().isEmpty())
        throw UsageError(QCoreApplication::translate("rd::Cli", "--%1 is required.").arg(option));
    return parser.value(option);
}

QDate CliContext::date(const QString& option, QDate fallback) const
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "--%1: \"%2\" is not a date (YYYY-MM-DD).")
                .arg(option, text));
    return d;
}

void CliContext::requireBoundedPeriod(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && from.addYears(MaxPeriodYears) < to)
        throw UsageError(QCoreApplication::translate(
            "rd::Cli", "--from and --to may be at most 100 years apart."));
}

std::optional<int> CliContext::integer(const QString& option, int min, int max,
                                       std::optional<int> fallback) const
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int n = parser.value(option).toInt(&ok);
    if (!ok || n < min || n > max)
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "--%1 must be a whole number from %2 to %3.")
                .arg(option)
                .arg(min)
                .arg(max));
    return n;
}

template <typename E>
std::optional<E> CliContext::enumeration(const QString& option, std::optional<E> fallback) const
{
    if (!parser.isSet(option))
        return fallback;
    const QString id = parser.value(option);
    if (const std::optional<E> value = fromId<E>(id))
        return value;
    throw UsageError(
        QCoreApplication::translate("rd::Cli", "--%1: unknown value \"%2\"; use one of %3.")
            .arg(option, id, allIds<E>().join(u", "_s)));
}

template std::optional<DelegationLevel>
CliContext::enumeration(const QString&, std::optional<DelegationLevel>) const;
template std::optional<MeetingStatus> CliContext::enumeration(const QString&,
                                                              std::optional<MeetingStatus>) const;
template std::optional<DecisionOutcome>
CliContext::enumeration(const QString&, std::optional<DecisionOutcome>) const;
template std::optional<InitiativeKind> CliContext::enumeration(const QString&,
                                                               std::optional<InitiativeKind>) const;
template std::optional<InitiativeOutcome>
CliContext::enumeration(const QString&, std::optional<InitiativeOutcome>) const;
template std::optional<RecognitionChannel>
CliContext::enumeration(const QString&, std::optional<RecognitionChannel>) const;

Person CliContext::person(Database& db) const
{
    const QString ref = required(u"person"_s);
    std::optional<Person> found;
    try {
        found = PeopleRepository(db).findByIdOrName(ref);
    } catch (const ValidationError& ambiguous) {
        throw UsageError(ambiguous.message());
    }
    if (!found)
        throw UsageError(
            QCoreApplication::translate("rd::Cli", "No team member has the id or name \"%1\".")
                .arg(ref));
    return *found;
}

QCommandLineOption valueOption(const QString& name, const char* description, const QString& value)
{
    return {name, QCoreApplication::translate("rd::Cli", description), value};
}

QCommandLineOption flagOption(const QString& name, const char* description)
{
    return {name, QCoreApplication::translate("rd::Cli", description)};
}

void printJson(QTextStream& out, const QByteArray& json)
{
    out << QString::fromUtf8(json);
    if (!json.endsWith('\n'))
        out << u'\n';
}

} // namespace rd
