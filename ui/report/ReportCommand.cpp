#include "ReportCommand.h"

#include "coaching/PromptEngine.h"
#include "CoachingReport.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "storage/TeamLogLoader.h"
#include "store/SnapshotLoader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

int report(CliContext& c)
{
    const QString path = c.required(u"pdf"_s);
    const QDate to = c.date(u"to"_s, QDate::currentDate());
    QDate from = c.date(u"from"_s);
    if (from.isValid() && from > to) {
        throw UsageError(QCoreApplication::translate("rd::Cli", "--from must not be after --to."));
    }
    // A report only reads: a coach may run it on a manager's file or a backup.
    Database db(c.databasePath(), Database::Access::ReadOnly);
    QString personId;
    if (c.isSet(u"person"_s))
        personId = c.person(db).id;
    const TeamLog log = loadTeamLog(db.connection());
    const PromptEngine engine(loadThresholds(db.connection()));
    const QDate first = firstLoggedMonth(log);
    if (!from.isValid())
        from = progressPeriod(12, to, first).from;
    CliContext::requireBoundedPeriod(from, to);
    // The prompt history starts at the first logged month, but never more than
    // a hundred years back: a file dated 0001-01-01 must not cost 70 seconds.
    const QDate earliest = to.addYears(-100);
    const QDate historyFrom = first.isValid() ? std::max(first, earliest) : from;

    ReportOptions options;
    options.query = ProgressQuery{from, to, personId};
    options.anonymize = c.isSet(u"anonymize"_s);
    const CoachingReport report(log, engine.activePrompts(log, to),
                                promptHistory(engine, log, historyFrom, to), options);
    const int pages = report.write(path);
    c.out << QCoreApplication::translate("rd::Cli", "Wrote the %n-page report to %1.", nullptr,
                                         pages)
                 .arg(path)
          << u'\n';
    return 0;
}

} // namespace

CommandSpec reportCommand()
{
    return {
        u"report"_s,
        {valueOption(u"pdf"_s, QT_TRANSLATE_NOOP("rd::Cli", "The PDF file to write."), u"FILE"_s),
         valueOption(u"from"_s,
                     QT_TRANSLATE_NOOP("rd::Cli", "The first month (default: 12 months back)."),
                     u"D"_s),
         valueOption(u"to"_s, QT_TRANSLATE_NOOP("rd::Cli", "The last day (default today)."),
                     u"D"_s),
         valueOption(u"person"_s,
                     QT_TRANSLATE_NOOP("rd::Cli", "The team member's id or exact name."), u"P"_s),
         flagOption(
             u"anonymize"_s,
             QT_TRANSLATE_NOOP("rd::Cli", "Replace names with letters and leave out free text."))},
        {},
        report};
}

} // namespace rd::ui
