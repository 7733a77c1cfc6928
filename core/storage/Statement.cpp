#include "Statement.h"

#include "domain/Error.h"
#include "domain/IsoDate.h"

#include <mutex>
#include <QCoreApplication>
#include <QSqlDriver>
#include <QStringEncoder>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace rd::sql {

namespace {

[[noreturn]] void refuse(const QString& reason)
{
    throw StorageError(
        QCoreApplication::translate("rd::Database", "The database refused the change: %1.")
            .arg(reason.trimmed()));
}

} // namespace

sqlite3* handleOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        refuse(u"not an SQLite connection"_s);
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        refuse(u"the connection is closed"_s);
    return connection;
}

TimeLimit::TimeLimit(const QSqlDatabase& db, std::chrono::milliseconds budget)
    : m_db(handleOf(db))
    , m_deadline(std::chrono::steady_clock::now() + budget)
{
    // Called every 1,000 virtual machine steps: a few microseconds apart.
    sqlite3_progress_handler(
        m_db, 1000,
        [](void* self) {
            auto* limit = static_cast<TimeLimit*>(self);
            limit->m_exceeded = std::chrono::steady_clock::now() >= limit->m_deadline;
            return limit->m_exceeded ? 1 : 0;
        },
        this);
}

TimeLimit::~TimeLimit()
{
    sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
}

Statement::Statement(const QSqlDatabase& db, const QString& statement)
    : m_db(handleOf(db))
{
    const QByteArray utf8 = statement.toUtf8();
    const int code = sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (code != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        refuse(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    m_text.resize(sqlite3_bind_parameter_count(m_statement));
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::check(int code) const
{
    if (code != SQLITE_OK)
        refuse(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    // The text is encoded into this parameter's own buffer, which keeps its
    // capacity from row to row, and SQLite reads it from there without a copy.
    if (index < 1 || size_t(index) > m_text.size())
        refuse(u"no parameter %1"_s.arg(index));
    QByteArray& buffer = m_text[size_t(index - 1)];
    QStringEncoder encoder(QStringEncoder::Utf8);
    buffer.resize(encoder.requiredSpace(value.size()));
    const char* end = encoder.appendToBuffer(buffer.data(), value);
    check(sqlite3_bind_text(m_statement, index, buffer.constData(), int(end - buffer.constData()),
                            SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind(int index, QDate value)
{
    return value.isValid() ? bind(index, isoDate(value)) : bindNull(index);
}

Statement& Statement::bind(int index, std::optional<int> value)
{
    return value ? bind(index, qint64(*value)) : bindNull(index);
}

Statement& Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_statement, index));
    return *this;
}

void Statement::run()
{
    const int code = sqlite3_step(m_statement);
    sqlite3_reset(m_statement); // ready for the next row; the error message stays
    if (code != SQLITE_DONE && code != SQLITE_ROW)
        refuse(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

qint64 Statement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Statement::changes() const
{
    return sqlite3_changes(m_db);
}

void configureSqlite()
{
    static std::once_flag once;
    // SQLITE_MISUSE when SQLite already started (a connection opened outside
    // Database): then it keeps counting, which only costs time.
    std::call_once(once, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

} // namespace rd::sql
