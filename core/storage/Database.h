#pragma once

#include "domain/DataKind.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace rd {

/// Owns one named QSQLITE connection to a Rode Draad file.
///
/// Opening applies the durability pragmas (WAL, synchronous=FULL,
/// foreign_keys=ON, a busy timeout), creates the schema in a new file and
/// migrates an older one step by step. A file written by a newer version, or a
/// file that is not Rode Draad's, is refused with a StorageError before a
/// single byte of it is written.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    /// When the integrity check (findDamage()) runs on an existing file.
    enum class Check
    {
        OnOpen,  ///< before the constructor returns; a damaged file throws
        Deferred ///< later, by whoever calls confirmIntegrity(); writes are held until then
    };

    /// When the file is opened.
    enum class Opening
    {
        Now,  ///< by the constructor
        Later ///< by open(): the app draws its window first
    };

    /// Opens (creating if needed) the database at `path`; ":memory:" gives a
    /// private in-memory database. Throws StorageError.
    ///
    /// With Check::Deferred the constructor skips the integrity check (on a
    /// large file it is most of the time to open it) unless the file needs
    /// migrating, and every write is refused until confirmIntegrity() says the
    /// file is sound: nothing is ever written to a damaged file.
    ///
    /// With Opening::Later the constructor touches nothing: the file is opened
    /// by open(), and until then every read and write is refused with one sentence.
    explicit Database(const QString& path, Access access = Access::ReadWrite,
                      QObject* parent = nullptr, Check check = Check::OnOpen,
                      Opening opening = Opening::Now);
    ~Database() override;

    /// Opens a database constructed with Opening::Later, and throws StorageError
    /// (DamagedFileError for a damaged file) as the constructor would. Does
    /// nothing once open; after a failure the file is left as it was.
    void open();
    bool isOpen() const { return m_open; }

    /// The connection; throws StorageError before open().
    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    /// Whether a deferred integrity check has yet to be confirmed.
    bool isIntegrityCheckPending() const { return m_checkPending; }
    /// Whether a deferred integrity check found the file damaged.
    bool isDamaged() const { return !m_damage.isEmpty(); }
    /// Whether a write would be accepted now.
    bool canWrite() const
    {
        return m_open && !isReadOnly() && m_damage.isEmpty() && !m_checkPending;
    }
    /// Why a write would be refused now, in one sentence; empty when writes are allowed.
    QString writeRefusal() const;
    /// Throws StorageError with writeRefusal() unless writes are allowed.
    void requireWritable() const;
    /// Ends a deferred check with the result of findDamage() on any connection
    /// to this file: empty releases the writes, anything else holds them for
    /// good with a message naming the damage.
    void confirmIntegrity(const QString& damage);
    /// Runs `PRAGMA integrity_check` and `foreign_key_check` on `connection`:
    /// empty when the file is sound, else the first complaint. The same checks
    /// as checkDatabase(), so a file that `check` calls damaged takes no write.
    static QString findDamage(const QSqlDatabase& connection);
    /// The schema version the file had before this open migrated it.
    int openedAtVersion() const { return m_openedAtVersion; }

    /// The default file: $RODEDRAAD_DB, else rodedraad.sqlite in the app data location.
    static QString defaultPath();
    /// Whether opening the file at `path` for writing would migrate it: its
    /// schema version is older than this build's. Reads it through a read-only
    /// connection; false for a new, missing, unreadable, current or newer file.
    static bool needsMigration(const QString& path);

    /// How many commits this file lost since Rode Draad last acknowledged one
    /// (its write-ahead log was damaged, cut short or removed): the record
    /// beside it (commits::recorded()) is ahead of its own counter. 0 when
    /// none is known to be lost; 0 again after the next write.
    qint64 lostCommits() const { return m_lostCommits; }

    /// Called by repositories after a successful commit.
    void notifyChanged(DataKind kind, qint64 entryId = 0)
    {
        acknowledgeCommit();
        emit changed(kind, entryId);
    }
    /// Called after a bulk write (an import, a restore) that may have changed anything.
    void notifyReplaced()
    {
        acknowledgeCommit();
        emit replaced();
    }

signals:
    /// A commit changed `kind`: for the three logs, `entryId` is the one entry
    /// added, updated or removed; 0 means the kind as a whole.
    void changed(rd::DataKind kind, qint64 entryId);
    /// A bulk write committed: any of the data may have changed.
    void replaced();

private:
    static QString notOpenYet();
    /// The named connection, open or not (connection() refuses before open()).
    QSqlDatabase namedConnection() const;
    void openOrNameDamage();
    /// Records the counter of the commit just made beside the file.
    void acknowledgeCommit();
    void openFile();
    void applyPragmas();
    int probeVersion();
    /// Returns the id the file keeps (made now when it has none).
    QString backupBeforeMigration();

    QString m_path;
    QString m_connectionName;
    Access m_access;
    Check m_check;
    bool m_open = false;
    bool m_checkPending = false;
    QString m_damage;
    int m_openedAtVersion = 0;
    qint64 m_lostCommits = 0;
};

} // namespace rd
