// Writing an exchange document into the database: one transaction, with the
// records validated on a second thread while the first ones are written.
#include "domain/Error.h"
#include "domain/IsoDate.h"
#include "ExchangeReader.h"
#include "ImportError.h"
#include "JsonExchange.h"
#include "storage/LogWriter.h"
#include "storage/Schema.h"
#include "storage/Sql.h"
#include "storage/TeamLogLoader.h"
#include "storage/Transaction.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlQuery>
#include <thread>
#include <utility>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

/// Natural keys of what the database already holds, so merging can match
/// records without a query per row.
struct ExistingKeys
{
    QSet<QString> people;
    QSet<QString> board;
    QHash<QString, qint64> oneOnOnes;
    QHash<QString, qint64> decisions;
    QHash<QString, qint64> initiatives;
    QSet<QString> promptStates;
    QSet<QString> plans; ///< key(uid, recurrence id)
};

QString key(const QString& a, const QString& b, const QString& c = {}, const QString& d = {})
{
    return a + u'\x1f' + b + u'\x1f' + c + u'\x1f' + d;
}

QString boardKey(const BoardEntry& b)
{
    return key(b.personId, b.area, isoDate(b.agreedOn), toId(b.level));
}

ExistingKeys existingKeys(const QSqlDatabase& db)
{
    ExistingKeys keys;
    QSqlQuery q = sql::exec(db, u"SELECT id FROM people"_s);
    while (q.next())
        keys.people.insert(q.value(0).toString());
    for (const BoardEntry& b : loadBoard(db))
        keys.board.insert(boardKey(b));
    q = sql::exec(db, u"SELECT id, person_id, date FROM one_on_ones"_s);
    while (q.next())
        keys.oneOnOnes.insert(key(q.value(1).toString(), q.value(2).toString()),
                              q.value(0).toLongLong());
    q = sql::exec(db, u"SELECT id, person_id, date, title FROM decisions"_s);
    while (q.next())
        keys.decisions.insert(
            key(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()),
            q.value(0).toLongLong());
    q = sql::exec(db, u"SELECT id, person_id, date, description FROM initiatives"_s);
    while (q.next())
        keys.initiatives.insert(
            key(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()),
            q.value(0).toLongLong());
    q = sql::exec(db, u"SELECT key FROM prompt_states"_s);
    while (q.next())
        keys.promptStates.insert(q.value(0).toString());
    q = sql::exec(db, u"SELECT uid, recurrence_id FROM planned_one_on_ones"_s);
    while (q.next())
        keys.plans.insert(key(q.value(0).toString(), q.value(1).toString()));
    return keys;
}

} // namespace

/// Holds every page a large import touches in memory until it commits. With
/// the usual 32 MiB cache SQLite spills dirty pages into the WAL halfway through
/// a 100,000-entry import and reads them back: a fifth of the write time.
class LargeCache final
{
public:
    explicit LargeCache(QSqlDatabase db)
        : m_db(std::move(db))
        , m_previous(sql::scalar(m_db, u"PRAGMA cache_size"_s).toInt())
    {
        sql::exec(m_db, u"PRAGMA cache_size = -262144"_s); // at most 256 MiB, as needed
    }
    ~LargeCache()
    {
        try {
            sql::exec(m_db, u"PRAGMA cache_size = %1"_s.arg(m_previous)); // frees the pages
        } catch (const Error&) {
            // Only the cache's size is at stake, never the data.
        }
    }
    Q_DISABLE_COPY_MOVE(LargeCache)

private:
    QSqlDatabase m_db;
    int m_previous;
};

namespace {

/// Writes records into the database in one transaction, batch after batch, and
/// commits them together: all or nothing.
class LogImport final
{
public:
    /// `entries` decides the bulk path before the first batch: the whole import's count.
    LogImport(Database& db, ImportMode mode, qsizetype entries)
        : m_connection(writableConnection(db))
        , m_transaction(m_connection)
        , m_bulk(entries > 500)
        , m_writer(m_connection)
    {
        if (m_bulk) {
            // Large imports index their text in one pass at the end (see
            // rebuildSearchIndex), so a replace's deletes need not touch the index either.
            m_cache.emplace(m_connection);
            schema::suspendSearchIndex(m_connection);
        }
        if (mode == ImportMode::Replace) {
            // Removing people cascades to every log that names them.
            sql::exec(m_connection, u"DELETE FROM people"_s);
            sql::exec(m_connection, u"DELETE FROM prompt_states"_s);
        }
        m_keys = existingKeys(m_connection);
    }
    Q_DISABLE_COPY_MOVE(LogImport)

    void write(const TeamLog& log);

    ImportSummary commit()
    {
        if (m_bulk)
            schema::rebuildSearchIndex(m_connection);
        m_transaction.commit();
        return m_summary;
    }

private:
    static QSqlDatabase writableConnection(Database& db)
    {
        if (db.isReadOnly())
            throw StorageError(QCoreApplication::translate(
                "rd::Import", "This database is open read-only; nothing was imported."));
        db.requireWritable(); // a deferred integrity check that has not passed
        return db.connection();
    }
    void count(bool isNew) { ++(isNew ? m_summary.added : m_summary.updated); }

    QSqlDatabase m_connection;
    Transaction m_transaction;
    bool m_bulk;
    std::optional<LargeCache> m_cache;
    ExistingKeys m_keys;
    LogWriter m_writer;
    ImportSummary m_summary;
};

void LogImport::write(const TeamLog& log)
{
    for (const Person& p : log.people) {
        const bool isNew = !m_keys.people.contains(p.id);
        isNew ? m_writer.insertPerson(p) : m_writer.updatePerson(p);
        m_keys.people.insert(p.id);
        count(isNew);
    }
    for (const BoardEntry& b : log.board) {
        const bool isNew = !m_keys.board.contains(boardKey(b));
        if (isNew) {
            m_writer.insertBoardEntry(b);
            m_keys.board.insert(boardKey(b));
        }
        count(isNew);
    }
    for (const OneOnOne& m : log.oneOnOnes) {
        const QString k = key(m.personId, isoDate(m.date));
        const auto existing = m_keys.oneOnOnes.constFind(k);
        const bool isNew = existing == m_keys.oneOnOnes.cend();
        if (isNew) {
            m_keys.oneOnOnes.insert(k, m_writer.insertOneOnOne(m));
        } else {
            OneOnOne refreshed = m;
            refreshed.id = *existing;
            m_writer.updateOneOnOne(refreshed);
        }
        count(isNew);
    }
    for (const Decision& d : log.decisions) {
        const QString k = key(d.personId, isoDate(d.date), d.title);
        const auto existing = m_keys.decisions.constFind(k);
        const bool isNew = existing == m_keys.decisions.cend();
        if (isNew) {
            m_keys.decisions.insert(k, m_writer.insertDecision(d));
        } else {
            Decision refreshed = d;
            refreshed.id = *existing;
            m_writer.updateDecision(refreshed);
        }
        count(isNew);
    }
    for (const Initiative& i : log.initiatives) {
        const QString k = key(i.personId, isoDate(i.date), i.description);
        const auto existing = m_keys.initiatives.constFind(k);
        const bool isNew = existing == m_keys.initiatives.cend();
        if (isNew) {
            m_keys.initiatives.insert(k, m_writer.insertInitiative(i));
        } else {
            Initiative refreshed = i;
            refreshed.id = *existing;
            m_writer.updateInitiative(refreshed);
        }
        count(isNew);
    }
    for (const PromptState& s : log.promptStates) {
        m_writer.upsertPromptState(s);
        count(!m_keys.promptStates.contains(s.key));
        m_keys.promptStates.insert(s.key);
    }
    // A plan is known by its calendar id: importing it again replaces it.
    for (const PlannedOneOnOne& p : log.planned) {
        const QString k = key(p.uid, p.recurrenceId);
        m_writer.upsertPlan(p);
        count(!m_keys.plans.contains(k));
        m_keys.plans.insert(k);
    }
}

/// Carries validated batches from the reading thread to the writing one, in
/// order, holding at most a few: the reader waits when the writer is behind.
class BatchQueue final
{
public:
    /// Thrown to the reader when the writer gave up.
    struct Cancelled
    {};

    void push(TeamLog&& batch)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_batches.size() < Capacity || m_cancelled; });
        if (m_cancelled)
            throw Cancelled();
        m_batches.push_back(std::move(batch));
        m_ready.notify_one();
    }
    /// The reader is done; `error` is what stopped it, if anything did.
    void finish(std::exception_ptr error)
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
        m_error = std::move(error);
        m_ready.notify_one();
    }
    /// The next batch, or nothing when the reader finished; rethrows the
    /// reader's error after the batches before it.
    std::optional<TeamLog> pop()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_batches.empty() || m_finished; });
        if (m_batches.empty()) {
            if (m_error)
                std::rethrow_exception(m_error);
            return std::nullopt;
        }
        TeamLog batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_room.notify_one();
        return batch;
    }
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_room.notify_one();
    }

private:
    static constexpr size_t Capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_ready;
    std::condition_variable m_room;
    std::deque<TeamLog> m_batches;
    bool m_finished = false;
    bool m_cancelled = false;
    std::exception_ptr m_error;
};

/// Records per batch: small enough that the writer starts early, large
/// enough that handing over costs nothing.
constexpr qsizetype BatchRecords = 2000;

} // namespace

ImportSummary importTeamLog(Database& db, const TeamLog& log, ImportMode mode)
{
    LogImport import(db, mode, log.entryCount());
    import.write(log);
    const ImportSummary summary = import.commit();
    db.notifyReplaced();
    return summary;
}

namespace {

/// Reads `file` to its end, but never past the exchange format's 512 MB: a
/// pipe, a device (/dev/zero) or a file that grows while it is read is
/// refused as soon as it passes the cap, and what is not JSON is refused at
/// its first byte, not after half a gigabyte of it.
QByteArray readBounded(QFile& file)
{
    if (file.size() > exchange::MaxExchangeBytes)
        throw ImportError(
            u"$"_s, QCoreApplication::translate("rd::Import", "the file is larger than 512 MB"));
    QByteArray bytes;
    constexpr qint64 chunk = 1 << 20;
    bool lookedAtStart = false;
    while (true) {
        const QByteArray more = file.read(chunk);
        if (more.isEmpty())
            break;
        bytes += more;
        if (!lookedAtStart) {
            qsizetype first = 0;
            while (first < bytes.size() && QByteArrayView(" \t\r\n").contains(bytes.at(first)))
                ++first;
            if (first < bytes.size()) {
                lookedAtStart = true;
                // No JSON value starts with this byte (a NUL from /dev/zero):
                // the parser names it now, in the words it always uses.
                if (!QByteArrayView("{[\"-0123456789tfn\xEF").contains(bytes.at(first)))
                    exchange::readDocument(bytes);
            }
        }
        if (bytes.size() > exchange::MaxExchangeBytes)
            throw ImportError(u"$"_s, QCoreApplication::translate(
                                          "rd::Import", "the file is larger than 512 MB"));
    }
    return bytes;
}

} // namespace

ImportSummary importExchangeFile(Database& db, const QString& path, ImportMode mode)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ImportError(path, QCoreApplication::translate("rd::Import", "cannot be read (%1)")
                                    .arg(file.errorString()));
    const QJsonObject root = exchange::readDocument(readBounded(file));
    file.close();
    QSet<QString> known;
    if (mode == ImportMode::Merge) {
        QSqlQuery q = sql::exec(db.connection(), u"SELECT id FROM people"_s);
        while (q.next())
            known.insert(q.value(0).toString());
    }

    // One thread validates the records while this one writes those before
    // them: on two cores the validation costs almost nothing. The database
    // stays on this thread; a validation error rolls the writes back.
    LogImport import(db, mode, exchange::listedEntries(root));
    BatchQueue queue;
    std::thread reader([&queue, &root, &known] {
        try {
            exchange::readRecords(root, known, BatchRecords,
                                  [&queue](TeamLog&& batch) { queue.push(std::move(batch)); });
            queue.finish(nullptr);
        } catch (const BatchQueue::Cancelled&) {
            queue.finish(nullptr);
        } catch (...) {
            queue.finish(std::current_exception());
        }
    });
    const auto joinReader = qScopeGuard([&] {
        queue.cancel();
        reader.join();
    });
    while (std::optional<TeamLog> batch = queue.pop())
        import.write(*batch);
    const ImportSummary summary = import.commit();
    db.notifyReplaced();
    return summary;
}

} // namespace rd
