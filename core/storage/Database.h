#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace rd {

/// The kinds of data a change signal can name.
enum class DataKind
{
    People,
    OneOnOnes,
    Decisions,
    Initiatives,
    Board,
    PromptStates,
    Settings
};

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

    /// Opens (creating if needed) the database at `path`; ":memory:" gives a
    /// private in-memory database. Throws StorageError.
    explicit Database(const QString& path, Access access = Access::ReadWrite,
                      QObject* parent = nullptr);
    ~Database() override;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    /// The schema version the file had before this open migrated it.
    int openedAtVersion() const { return m_openedAtVersion; }

    /// The default file: $RODEDRAAD_DB, else rodedraad.sqlite in the app data location.
    static QString defaultPath();

    /// Called by repositories after a successful commit.
    void notifyChanged(DataKind kind) { emit changed(kind); }

signals:
    void changed(rd::DataKind kind);

private:
    void open();
    void applyPragmas();
    int probeVersion();
    void backupBeforeMigration(int version);

    QString m_path;
    QString m_connectionName;
    Access m_access;
    int m_openedAtVersion = 0;
};

} // namespace rd
