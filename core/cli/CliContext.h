#pragma once

#include "coaching/Prompt.h"
#include "domain/Error.h"
#include "domain/Person.h"
#include "domain/PlannedOneOnOne.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QTextStream>

namespace rd {

class WriterLock;

class Database;

/// Wrong usage: a bad option value or a missing argument. Exit code 2.
class UsageError : public Error
{
public:
    using Error::Error;
};

/// What every sub-command gets: its parsed options and the streams.
struct CliContext
{
    QCommandLineParser& parser;
    QStringList positional; ///< after the sub-command (and its verb, for person/log/board)
    QTextStream& out;
    QTextStream& err;

    /// The database named by --db, $RODEDRAAD_DB or the default, opened read-write.
    std::unique_ptr<Database> openDatabase() const;
    /// For a command that replaces the data as a whole (restore, import
    /// --replace, demo --force): the writer lock, held until the command ends.
    /// Throws StorageError when a running desktop app has the file open, so a
    /// window never goes on showing a team that was swapped beneath it.
    std::unique_ptr<WriterLock> lockForReplacing() const;
    QString databasePath() const;

    QString value(const QString& option) const { return parser.value(option); }
    bool isSet(const QString& option) const { return parser.isSet(option); }
    /// A date option (YYYY-MM-DD); `fallback` when absent. Throws UsageError.
    QDate date(const QString& option, QDate fallback = {}) const;
    /// Refuses a period longer than a hundred years: the cost of an index or
    /// a report grows with its months (0001-01-01 to 9999-12-31 ran for 70 s).
    static void requireBoundedPeriod(QDate from, QDate to);
    /// The longest period a command reads (requireBoundedPeriod()).
    static constexpr int MaxPeriodYears = 100;
    /// An integer option within [min, max]; `fallback` when absent. Throws UsageError.
    std::optional<int> integer(const QString& option, int min, int max,
                               std::optional<int> fallback = std::nullopt) const;
    /// An enumeration option by its stable id. Throws UsageError naming the allowed ids.
    template <typename E>
    std::optional<E> enumeration(const QString& option,
                                 std::optional<E> fallback = std::nullopt) const;
    /// The person named by --person (id or exact name). Throws UsageError.
    Person person(Database& db) const;
    /// Throws UsageError when --option is missing.
    QString required(const QString& option) const;
};

using CommandFunction = std::function<int(CliContext&)>;

struct CommandSpec
{
    QString name; ///< "log decision"
    QList<QCommandLineOption> options;
    QString synopsis; ///< positional arguments, for help
    CommandFunction run;
};

QList<CommandSpec> recordCommands();   ///< person, log, board
QList<CommandSpec> dataCommands();     ///< demo, export, import, backup, check
QList<CommandSpec> coachingCommands(); ///< prompts, index, prep
QList<CommandSpec> weekCommands();     ///< week
QList<CommandSpec> scheduleCommands(); ///< plan, schedule

/// An option with a value; `description` is marked with QT_TRANSLATE_NOOP("rd::Cli", …).
QCommandLineOption valueOption(const QString& name, const char* description, const QString& value);
/// A flag option; `description` is marked with QT_TRANSLATE_NOOP("rd::Cli", …).
QCommandLineOption flagOption(const QString& name, const char* description);

/// A prompt as `prompts --json` prints it.
QJsonObject promptJson(const Prompt& prompt);

/// A planned one-on-one as `schedule list --json` prints it.
QJsonObject planJson(const PlannedOneOnOne& plan);

/// Prints a JSON value as one document.
void printJson(QTextStream& out, const QByteArray& json);

} // namespace rd
