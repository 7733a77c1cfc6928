// demo, export, import, backup and check: the commands that move whole logs.
#include "CliContext.h"
#include "demo/DemoTeam.h"
#include "exchange/ImportError.h"
#include "exchange/JsonExchange.h"
#include "exchange/TextExports.h"
#include "i18n/Language.h"
#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseIdentity.h"
#include "storage/Maintenance.h"
#include "storage/SafeFile.h"
#include "storage/TeamLogLoader.h"
#include "storage/WriterLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

int demo(CliContext& c)
{
    DemoOptions options;
    options.people = *c.integer(u"people"_s, 1, 100000, 7);
    options.months = *c.integer(u"months"_s, 1, 240, 18);
    options.until = c.date(u"until"_s, QDate::currentDate());
    options.seed = quint32(*c.integer(u"seed"_s, 0, 2147483647, 7));
    options.entries = *c.integer(u"entries"_s, 0, 10000000, 0);
    options.language = currentLanguage(); // --lang nl writes a Dutch team
    const auto lock = c.isSet(u"force"_s) ? c.lockForReplacing() : nullptr;
    auto db = c.openDatabase();
    const TeamLog existing = loadTeamLog(db->connection());
    if (!existing.people.isEmpty() && !c.isSet(u"force"_s)) {
        c.err << QCoreApplication::translate(
                     "rd::Cli",
                     "%1 already holds data; use --force to replace it with the demo team.")
                     .arg(db->path())
              << u'\n';
        return 1;
    }
    const TeamLog team = generateDemoTeam(options);
    importTeamLog(*db, team, ImportMode::Replace);
    c.out << QCoreApplication::translate(
                 "rd::Cli", "Created a sample team of %1 people with %2 entries in %3.")
                 .arg(team.people.size())
                 .arg(team.entryCount())
                 .arg(db->path())
          << u'\n';
    return 0;
}

int exportCommand(CliContext& c)
{
    const int formats =
        int(c.isSet(u"json"_s)) + int(c.isSet(u"csv"_s)) + int(c.isSet(u"markdown"_s));
    if (formats != 1)
        throw UsageError(QCoreApplication::translate(
            "rd::Cli", "export needs exactly one of --json FILE, --csv DIR or --markdown DIR."));
    for (const QString& option : {u"json"_s, u"csv"_s, u"markdown"_s}) {
        if (c.isSet(option) && c.value(option).isEmpty())
            throw UsageError(
                QCoreApplication::translate("rd::Cli", "--%1 needs a name.").arg(option));
    }
    auto db = c.openDatabase();
    const TeamLog log = loadTeamLog(db->connection());
    if (c.isSet(u"json"_s))
        writeFileSafely(c.value(u"json"_s), toExchangeJson(log, QDateTime::currentDateTime()));
    else if (c.isSet(u"csv"_s))
        exportCsv(log, c.value(u"csv"_s));
    else
        exportMarkdown(log, c.value(u"markdown"_s));
    return 0;
}

int importCommand(CliContext& c)
{
    if (c.positional.size() != 1)
        throw UsageError(QCoreApplication::translate("rd::Cli", "import needs exactly one FILE."));
    const bool replace = c.isSet(u"replace"_s);
    const auto lock = replace ? c.lockForReplacing() : nullptr;
    auto db = c.openDatabase();
    if (replace) {
        const QString backup = takeBackup(*db, backupDirectory(db->path()));
        c.err << QCoreApplication::translate("rd::Cli", "Backed up the current data to %1.")
                     .arg(backup)
              << u'\n';
    }
    const ImportSummary summary = importExchangeFile(
        *db, c.positional.first(), replace ? ImportMode::Replace : ImportMode::Merge);
    c.out << QCoreApplication::translate("rd::Cli", "Imported %1 new and %2 matching records.")
                 .arg(summary.added)
                 .arg(summary.updated)
          << u'\n';
    return 0;
}

int backup(CliContext& c)
{
    auto db = c.openDatabase();
    if (c.isSet(u"to"_s))
        c.out << backupDatabase(*db, c.value(u"to"_s)) << u'\n';
    else // into the backup folder, which is thinned to 7 daily, 8 weekly and 12 monthly copies
        c.out << takeBackup(*db, backupDirectory(db->path())) << u'\n';
    return 0;
}

/// `restore FILE` on a file that will not open because it is damaged: the
/// file is moved aside, never written, and the backup put in its place.
int restoreDamaged(CliContext& c, const QString& source, const QString& damage)
{
    const QString target = c.databasePath();
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(target).absoluteFilePath())
        throw StorageError(damage);
    // Whose backup it is, when the damage left the file's id readable.
    const QString ours = identity::ofFile(target);
    const QString theirs = identity::ofFile(source);
    if (!ours.isEmpty() && !theirs.isEmpty() && theirs != ours && !c.isSet(u"other-file"_s))
        throw StorageError(QCoreApplication::translate(
                               "rd::Cli", "%1 is a backup of another Rode Draad file, not of %2; "
                                          "nothing was changed. Add --other-file to replace this "
                                          "team with that one.")
                               .arg(source, target));
    const QString kept = replaceDamagedWith(target, source);
    c.err << QCoreApplication::translate("rd::Cli", "%1 was damaged; it was kept unchanged at %2.")
                 .arg(target, kept)
          << u'\n';
    c.out << QCoreApplication::translate("rd::Cli", "Restored %1.").arg(source) << u'\n';
    return 0;
}

int restore(CliContext& c)
{
    if (c.positional.size() != 1)
        throw UsageError(QCoreApplication::translate("rd::Cli", "restore needs exactly one FILE."));
    const QString source = c.positional.first();
    if (source.isEmpty())
        throw UsageError(QCoreApplication::translate("rd::Cli", "restore needs exactly one FILE."));
    const auto lock = c.lockForReplacing();
    // A new machine: nothing there yet (or an empty file) takes the backup as it is.
    const QFileInfo target(c.databasePath());
    if (!target.exists() || (target.isFile() && target.size() == 0)) {
        placeBackupAt(c.databasePath(), source);
        c.out << QCoreApplication::translate("rd::Cli", "Restored %1.").arg(source) << u'\n';
        return 0;
    }
    std::unique_ptr<Database> db;
    try {
        db = c.openDatabase();
    } catch (const DamagedFileError& damage) {
        return restoreDamaged(c, source, damage.message());
    }
    if (QFileInfo(source).absoluteFilePath() == QFileInfo(db->path()).absoluteFilePath() ||
        QFileInfo(source).canonicalFilePath() == QFileInfo(db->path()).canonicalFilePath())
        throw StorageError(QCoreApplication::translate(
                               "rd::Cli", "%1 is this database itself; name one of its backups.")
                               .arg(source));
    // A backup of another file would swap this team for another one.
    const QString ours = identity::of(*db);
    const QString theirs = identity::ofFile(source);
    if (!theirs.isEmpty() && theirs != ours && !c.isSet(u"other-file"_s))
        throw StorageError(QCoreApplication::translate(
                               "rd::Cli", "%1 is a backup of another Rode Draad file, not of %2; "
                                          "nothing was changed. Add --other-file to replace this "
                                          "team with that one.")
                               .arg(source, db->path()));
    const QString safety =
        restoreWithSafetyBackup(*db, c.positional.first(), backupDirectory(db->path()));
    c.err << QCoreApplication::translate("rd::Cli", "Backed up the current data to %1.").arg(safety)
          << u'\n';
    c.out << QCoreApplication::translate("rd::Cli", "Restored %1.").arg(c.positional.first())
          << u'\n';
    return 0;
}

int check(CliContext& c)
{
    const IntegrityReport report = checkDatabase(c.databasePath());
    if (report.isSound()) {
        c.out << QCoreApplication::translate("rd::Cli", "%1 is sound.").arg(c.databasePath())
              << u'\n';
        return 0;
    }
    for (const QString& problem : report.problems)
        c.err << problem << u'\n';
    return 1;
}

} // namespace

QList<CommandSpec> dataCommands()
{
    return {
        {u"demo"_s,
         {valueOption(u"people"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "How many team members (default 7)."), u"N"_s),
          valueOption(u"months"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "How many months of logs (default 18)."),
                      u"M"_s),
          valueOption(u"until"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "The last day of the data (default today)."),
                      u"D"_s),
          valueOption(u"seed"_s, QT_TRANSLATE_NOOP("rd::Cli", "The random seed (default 7)."),
                      u"S"_s),
          valueOption(
              u"entries"_s,
              QT_TRANSLATE_NOOP("rd::Cli", "Add team members until at least N entries exist."),
              u"N"_s),
          flagOption(u"force"_s,
                     QT_TRANSLATE_NOOP("rd::Cli", "Replace a database that already holds data."))},
         {},
         demo},
        {u"export"_s,
         {valueOption(u"json"_s, QT_TRANSLATE_NOOP("rd::Cli", "Write the exchange format to FILE."),
                      u"FILE"_s),
          valueOption(u"csv"_s,
                      QT_TRANSLATE_NOOP("rd::Cli", "Write one CSV file per log into DIR."),
                      u"DIR"_s),
          valueOption(
              u"markdown"_s,
              QT_TRANSLATE_NOOP("rd::Cli", "Write one Markdown handover per person into DIR."),
              u"DIR"_s)},
         {},
         exportCommand},
        {u"import"_s,
         {flagOption(u"replace"_s,
                     QT_TRANSLATE_NOOP("rd::Cli",
                                       "Replace all data (after a backup) instead of merging."))},
         u"FILE"_s,
         importCommand},
        {u"backup"_s,
         {valueOption(u"to"_s, QT_TRANSLATE_NOOP("rd::Cli", "Write the copy to FILE."), u"FILE"_s)},
         {},
         backup},
        {u"restore"_s,
         {flagOption(u"other-file"_s,
                     QT_TRANSLATE_NOOP("rd::Cli", "Restore a backup of another file."))},
         u"FILE"_s,
         restore},
        {u"check"_s, {}, {}, check},
    };
}

} // namespace rd
