#include "TextExports.h"

#include "domain/IsoDate.h"
#include "domain/MarkdownText.h"
#include "storage/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString csvField(const QString& value)
{
    // A cell a spreadsheet would run as a formula (=, +, -, @, tab or carriage
    // return first) gets a leading apostrophe and quotes, as OWASP's CSV
    // injection advice says: a name "=HYPERLINK(…)" stays a name.
    static const QString formulaStarts = u"=+-@\t\r"_s;
    const bool formula = !value.isEmpty() && formulaStarts.contains(value.front());
    if (!formula && !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    const QString text = formula ? u'\'' + value : value;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

class CsvTable
{
public:
    explicit CsvTable(const QStringList& header) { row(header); }
    void row(const QStringList& fields)
    {
        QStringList escaped;
        escaped.reserve(fields.size());
        for (const QString& field : fields)
            escaped << csvField(field);
        m_text += escaped.join(u',') + u"\r\n"_s;
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

QString iso(QDate date)
{
    return isoDate(date);
}

QString number(std::optional<int> value)
{
    return value ? QString::number(*value) : QString();
}

QString yesNo(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace

QMap<QString, QByteArray> toCsvFiles(const TeamLog& log)
{
    CsvTable people(
        {u"id"_s, u"name"_s, u"role"_s, u"joinedOn"_s, u"cadenceDays"_s, u"archived"_s});
    for (const Person& p : log.people)
        people.row({p.id, p.name, p.role, iso(p.joinedOn), QString::number(p.cadenceDays),
                    yesNo(p.archived)});

    CsvTable board({u"person"_s, u"area"_s, u"level"_s, u"levelNumber"_s, u"agreedOn"_s});
    for (const BoardEntry& b : log.board)
        board.row(
            {b.personId, b.area, toId(b.level), QString::number(toInt(b.level)), iso(b.agreedOn)});

    CsvTable meetings({u"oneOnOne"_s, u"person"_s, u"date"_s, u"status"_s, u"durationMinutes"_s,
                       u"talkSharePercent"_s, u"contextShared"_s, u"mistakeDiscussed"_s,
                       u"energy"_s, u"privateNotes"_s, u"sharedSummary"_s});
    CsvTable agenda({u"oneOnOne"_s, u"text"_s, u"raisedBy"_s, u"covered"_s});
    CsvTable actions({u"oneOnOne"_s, u"text"_s, u"owner"_s, u"due"_s, u"doneOn"_s, u"firstDue"_s,
                      u"dueMoves"_s});
    for (qsizetype n = 0; n < log.oneOnOnes.size(); ++n) {
        const OneOnOne& m = log.oneOnOnes.at(n);
        const QString ref = QString::number(n + 1);
        meetings.row({ref, m.personId, iso(m.date), toId(m.status), number(m.durationMinutes),
                      number(m.talkSharePercent), yesNo(m.contextShared), yesNo(m.mistakeDiscussed),
                      number(m.energy), m.privateNotes, m.sharedSummary});
        for (const AgendaItem& item : m.agenda)
            agenda.row({ref, item.text, toId(item.raisedBy), yesNo(item.covered)});
        for (const ActionItem& item : m.actions)
            actions.row({ref, item.text, toId(item.owner), iso(item.due), iso(item.doneOn),
                         iso(item.firstDue), QString::number(item.dueMoves)});
    }

    CsvTable decisions({u"person"_s, u"date"_s, u"title"_s, u"area"_s, u"level"_s, u"levelNumber"_s,
                        u"why"_s, u"boundaries"_s, u"reviewOn"_s, u"checkIns"_s, u"overridden"_s,
                        u"outcome"_s, u"learning"_s});
    for (const Decision& d : log.decisions)
        decisions.row({d.personId, iso(d.date), d.title, d.area, toId(d.level),
                       QString::number(toInt(d.level)), d.why, d.boundaries, iso(d.reviewOn),
                       QString::number(d.checkIns), yesNo(d.overridden), toId(d.outcome),
                       d.learning});

    CsvTable initiatives({u"person"_s, u"date"_s, u"description"_s, u"kind"_s, u"outcome"_s,
                          u"recognisedOn"_s, u"recognition"_s});
    for (const Initiative& i : log.initiatives)
        initiatives.row({i.personId, iso(i.date), i.description, toId(i.kind), toId(i.outcome),
                         iso(i.recognisedOn), i.recognition ? toId(*i.recognition) : QString()});

    CsvTable states({u"key"_s, u"state"_s, u"on"_s, u"until"_s, u"note"_s});
    for (const PromptState& s : log.promptStates)
        states.row({s.key, toId(s.state), iso(s.on), iso(s.until), s.note});

    return {{u"people.csv"_s, people.bytes()},           {u"delegation-board.csv"_s, board.bytes()},
            {u"one-on-ones.csv"_s, meetings.bytes()},    {u"agenda-items.csv"_s, agenda.bytes()},
            {u"action-items.csv"_s, actions.bytes()},    {u"decisions.csv"_s, decisions.bytes()},
            {u"initiatives.csv"_s, initiatives.bytes()}, {u"prompt-states.csv"_s, states.bytes()}};
}

QString personHandoverMarkdown(const TeamLog& log, const Person& person)
{
    QString md;
    auto line = [&md](const QString& text = {}) {
        md += text + u'\n';
    };
    const QString none = QCoreApplication::translate("rd::Export", "none");

    line(u"# "_s + markdownText(person.name));
    line();
    if (!person.role.isEmpty())
        line(u"- "_s +
             QCoreApplication::translate("rd::Export", "Role: %1").arg(markdownText(person.role)));
    if (person.joinedOn.isValid())
        line(u"- "_s +
             QCoreApplication::translate("rd::Export", "Joined: %1").arg(iso(person.joinedOn)));
    line(u"- "_s + QCoreApplication::translate("rd::Export", "One-on-one cadence: every %n day(s)",
                                               nullptr, person.cadenceDays));
    if (person.archived)
        line(u"- "_s +
             QCoreApplication::translate("rd::Export", "Archived: no longer in the team"));
    line();

    line(u"## "_s + QCoreApplication::translate("rd::Export", "Delegation board"));
    line();
    QList<const BoardEntry*> cells;
    for (const BoardEntry& b : log.board) {
        if (b.personId == person.id)
            cells.append(&b);
    }
    if (cells.isEmpty()) {
        line(QCoreApplication::translate("rd::Export",
                                         "No agreements on the delegation board yet."));
    } else {
        line(u"| "_s + QCoreApplication::translate("rd::Export", "Agreed on") + u" | "_s +
             QCoreApplication::translate("rd::Export", "Area") + u" | "_s +
             QCoreApplication::translate("rd::Export", "Level") + u" |"_s);
        line(u"|---|---|---|"_s);
        for (const BoardEntry* b : cells) {
            line(u"| "_s + iso(b->agreedOn) + u" | "_s + b->area + u" | "_s +
                 levelDisplay(b->level) + u" (" + levelDescription(b->level) + u") |"_s);
        }
    }
    line();

    line(u"## "_s + QCoreApplication::translate("rd::Export", "One-on-ones"));
    line();
    int meetings = 0;
    for (const OneOnOne& m : log.oneOnOnes) {
        if (m.personId != person.id)
            continue;
        ++meetings;
        line(u"### "_s + iso(m.date) + u" · "_s + label(m.status));
        line();
        if (!m.sharedSummary.isEmpty()) {
            line(markdownText(m.sharedSummary));
            line();
        }
        for (const AgendaItem& item : m.agenda) {
            const QString raisedBy = QCoreApplication::translate("rd::Export", "raised by %1")
                                         .arg(label(item.raisedBy).toLower());
            line(u"- %1%2 (%3)"_s.arg(item.covered ? u"[x] "_s : u"[ ] "_s, markdownText(item.text),
                                      raisedBy));
        }
        for (const ActionItem& item : m.actions) {
            QString text = u"- "_s + QCoreApplication::translate("rd::Export", "Action") + u" (" +
                           label(item.owner).toLower() + u"): " + markdownText(item.text);
            if (item.due.isValid())
                text += u", "_s +
                        QCoreApplication::translate("rd::Export", "due %1").arg(iso(item.due));
            text +=
                item.doneOn.isValid()
                    ? u", "_s +
                          QCoreApplication::translate("rd::Export", "done %1").arg(iso(item.doneOn))
                    : u", "_s + QCoreApplication::translate("rd::Export", "open");
            line(text);
        }
        if (!m.agenda.isEmpty() || !m.actions.isEmpty())
            line();
    }
    if (meetings == 0) {
        line(QCoreApplication::translate("rd::Export", "No one-on-ones logged."));
        line();
    }

    line(u"## "_s + QCoreApplication::translate("rd::Export", "Delegated decisions"));
    line();
    int decisions = 0;
    for (const Decision& d : log.decisions) {
        if (d.personId != person.id)
            continue;
        ++decisions;
        line(u"### "_s + iso(d.date) + u" · "_s + markdownText(d.title));
        line();
        line(u"- "_s + QCoreApplication::translate("rd::Export", "Area: %1")
                           .arg(d.area.isEmpty() ? none : markdownText(d.area)));
        line(u"- "_s + QCoreApplication::translate("rd::Export", "Level: %1 (%2)")
                           .arg(levelDisplay(d.level), levelDescription(d.level)));
        line(u"- "_s + QCoreApplication::translate("rd::Export", "Why: %1")
                           .arg(d.why.isEmpty() ? none : markdownText(d.why)));
        line(u"- "_s + QCoreApplication::translate("rd::Export", "Boundaries: %1")
                           .arg(d.boundaries.isEmpty() ? none : markdownText(d.boundaries)));
        line(u"- "_s +
             QCoreApplication::translate("rd::Export", "Outcome: %1").arg(label(d.outcome)));
        if (d.overridden)
            line(u"- "_s + QCoreApplication::translate(
                               "rd::Export", "You overrode this decision or took it back."));
        if (!d.learning.isEmpty())
            line(u"- "_s + QCoreApplication::translate("rd::Export", "Learning: %1")
                               .arg(markdownText(d.learning)));
        line();
    }
    if (decisions == 0) {
        line(QCoreApplication::translate("rd::Export", "No delegated decisions logged."));
        line();
    }

    line(u"## "_s + QCoreApplication::translate("rd::Export", "Initiatives"));
    line();
    int initiatives = 0;
    for (const Initiative& i : log.initiatives) {
        if (i.personId != person.id)
            continue;
        ++initiatives;
        QString recognised =
            i.isRecognised() ? QCoreApplication::translate("rd::Export", "recognised %1 %2")
                                   .arg(iso(i.recognisedOn),
                                        i.recognition ? label(*i.recognition).toLower() : QString())
                                   .trimmed()
                             : QCoreApplication::translate("rd::Export", "not recognised yet");
        line(u"- "_s + iso(i.date) + u" · "_s + markdownText(i.description) + u" ("_s +
             label(i.kind).toLower() + u", "_s + label(i.outcome).toLower() + u", "_s + recognised +
             u")"_s);
    }
    if (initiatives == 0)
        line(QCoreApplication::translate("rd::Export", "No initiatives logged."));
    line();
    return md;
}

void exportCsv(const TeamLog& log, const QString& dir)
{
    ensureDirectory(dir);
    const QMap<QString, QByteArray> files = toCsvFiles(log);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        writeFileSafely(QDir(dir).filePath(it.key()), it.value());
}

void exportMarkdown(const TeamLog& log, const QString& dir)
{
    ensureDirectory(dir);
    // One file per person, named after the id but never by it alone: an id is
    // data, and a name made from it stays one file inside `dir`.
    QSet<QString> taken;
    for (const Person& person : log.people) {
        QString stem = fileStemFor(person.id);
        for (int n = 2; taken.contains(stem.toLower()); ++n)
            stem = fileStemFor(person.id) + u'-' + QString::number(n);
        taken.insert(stem.toLower());
        writeFileSafely(QDir(dir).filePath(stem + u".md"_s),
                        personHandoverMarkdown(log, person).toUtf8());
    }
}

} // namespace rd
