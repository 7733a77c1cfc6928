#pragma once

#include "coaching/Thresholds.h"
#include "domain/DataKind.h"
#include "domain/MeetingDraft.h"
#include "domain/TeamLog.h"
#include "SnapshotLoader.h"

#include <QDate>
#include <QFutureWatcher>
#include <QMap>
#include <QObject>
#include <QThreadPool>

namespace rd {

class Database;

/// The open team log: the database, the in-memory snapshot of everything in
/// it, and a typed signal for every change.
///
/// Every write goes through the store. It commits one transaction through the
/// repositories, then applies what it wrote to the snapshot and says so:
/// `…AboutToBeAdded(id, row)` / `…Added(id, row)`, `…Changed(id, row)`,
/// `…AboutToBeRemoved(id, row)` / `…Removed(id, row)` for people and the three
/// logs (`row` is the place in the snapshot's list, which keeps the loader's
/// order), `boardChanged()`, `promptStatesChanged()` and `thresholdsChanged()`
/// for the rest, then `modified(kind)`. An edit that moves an entry in the
/// order (a new date) is a removal followed by an addition, with the same id.
/// Item models adapt these signals, as KeePassXC's models adapt its
/// Database/Group/Entry signals.
///
/// A bulk write (import, restore), a write by another process and the first
/// load replace the whole snapshot between aboutToBeReset() and reset().
///
/// A write that fails throws rd::Error and changes neither the file nor the
/// snapshot.
class TeamStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamStore)

public:
    /// How the first snapshot is read: at once, or (the app's start on a file)
    /// off the UI thread through its own read-only connection once
    /// startLoading() is called, so reading a large file never competes with
    /// painting the window.
    enum class Loading
    {
        Now,
        InBackground
    };
    explicit TeamStore(Database& db, QObject* parent = nullptr, Loading loading = Loading::Now);
    ~TeamStore() override;

    Database& database() const { return m_db; }
    /// The file was opened read-only.
    bool isReadOnly() const;
    /// Whether a write would be accepted now: not read-only, and the file's
    /// integrity check (deferred to the first load on a large file) has passed.
    bool canWrite() const;
    /// Whether an entry can be logged: writing is possible and the team has
    /// someone (not archived) to log it for.
    bool canLog() const;

    const TeamLog& log() const { return m_log; }
    /// The first month with any entry (firstLoggedMonth()), kept with the snapshot.
    QDate firstMonth() const { return m_firstMonth; }
    const Thresholds& thresholds() const { return m_thresholds; }
    /// The decision areas named on the board or in a decision, sorted.
    QStringList areas() const;
    /// Bumped by every change of the snapshot: work computed from an older
    /// generation is stale.
    quint64 generation() const { return m_generation; }
    /// The threads that load and migrate the file (the signals have a pool
    /// of their own, see PromptService). Never the global pool: Qt's raster
    /// engine splits large fills over that pool's threads, so a 100 ms job
    /// there made painting the window wait for it.
    QThreadPool& threadPool() { return m_pool; }

    /// Starts the background first load (Loading::InBackground); once only.
    /// A database constructed with Database::Opening::Later is opened here
    /// first; when that fails, openFailed() says why. A file that needs
    /// migrating is migrated on the pool first, and opened after.
    void startLoading();
    /// True until a background first load has landed.
    bool isLoading() const { return m_loading; }

    /// Reads the whole snapshot again (between aboutToBeReset() and reset()).
    void reload();
    /// Whether another connection (the command line, a script, another
    /// window) committed to the file since the snapshot was read, by SQLite's
    /// `PRAGMA data_version`. When it did, the snapshot is read again and
    /// changedOutside() follows reset().
    bool checkForOutsideWrites();
    /// The app's own background work (the backup taken at start) committed
    /// `commits` times through a connection of its own, to the settings alone:
    /// takes those commits as the store's own and reads the settings again. A
    /// write by anyone else meanwhile still shows at the next look.
    void acceptOwnCommits(qint64 commits);
    /// Whether another connection committed a write since the snapshot was
    /// read, without reading it in. A change of data_version alone (another
    /// process's checkpoint when it closes the file, a read) is not a write:
    /// every Rode Draad write transaction also counts itself in the file
    /// (commits::count()), and only a new count is. A program that writes
    /// around Rode Draad (the sqlite3 shell) is seen with the next count.
    bool hasOutsideWrites();

    /// @name Writes
    /// Each commits one transaction and updates the snapshot with what it
    /// wrote. An entry or agreement with an id keeps it (a redo re-adds what
    /// an undo removed); 0 gets a new one, which is returned.
    /// @{
    Person addPerson(Person person);
    void updatePerson(const Person& person);
    void setArchived(const QString& id, bool archived);
    /// Removes a person who has no entries (only undoing an add does); refuses
    /// when the file holds any about them (another program wrote them).
    void removePerson(const QString& id);
    /// Logs `meeting` and, in the same transaction, stores `earlier`: the
    /// one-on-ones whose open actions were ticked off in it.
    qint64 addOneOnOne(const OneOnOne& meeting, const QList<OneOnOne>& earlier = {});
    void updateOneOnOne(const OneOnOne& meeting);
    /// Stores several one-on-ones at once (actions closed or moved across
    /// meetings): one transaction, all or none.
    void updateOneOnOnes(const QList<OneOnOne>& meetings);
    /// Removes one-on-one `id` and puts `earlier` back as they were.
    void removeOneOnOne(qint64 id, const QList<OneOnOne>& earlier = {});
    qint64 addDecision(const Decision& decision);
    void updateDecision(const Decision& decision);
    void removeDecision(qint64 id);
    qint64 addInitiative(const Initiative& initiative);
    void updateInitiative(const Initiative& initiative);
    void removeInitiative(qint64 id);
    /// Agrees a level for a board cell: the board keeps its history.
    qint64 agreeBoardCell(const BoardEntry& entry);
    void removeBoardEntry(qint64 id);
    /// The one-on-ones being held: saved as typed, each in its own
    /// transaction, outside the logs (no change signal, no undo).
    void saveDraft(const MeetingDraft& draft);
    void removeDraft(const QString& personId);
    QList<MeetingDraft> drafts() const;
    /// One person's draft (a meeting begun or an agenda prepared), if any.
    std::optional<MeetingDraft> draft(const QString& personId) const;
    void setPromptState(const PromptState& state);
    void clearPromptState(const QString& key);
    /// Sets and removes data-like settings (rule thresholds) in one transaction.
    void applySettings(const QMap<QString, QString>& set, const QStringList& remove);
    /// Plans one-on-ones (one, a series, or what a calendar file holds) in
    /// one transaction; returns them as stored, with their rows and uids.
    QList<PlannedOneOnOne> addPlans(const QList<PlannedOneOnOne>& plans);
    /// Removes plans by row (the undo of addPlans()).
    void removePlans(const QList<qint64>& ids);
    /// Moves a plan to the day and time `moved` holds and logs `record` (moved,
    /// on the day it had) in the same transaction; returns the record's row.
    qint64 movePlan(const PlannedOneOnOne& moved, const OneOnOne& record);
    /// The undo of movePlan(): `plan` as it was, and the record removed.
    void unmovePlan(const PlannedOneOnOne& plan, qint64 recordId);
    /// @}

signals:
    void personAboutToBeAdded(const QString& id, int row);
    void personAdded(const QString& id, int row);
    void personChanged(const QString& id, int row);
    void personAboutToBeRemoved(const QString& id, int row);
    void personRemoved(const QString& id, int row);

    void oneOnOneAboutToBeAdded(qint64 id, int row);
    void oneOnOneAdded(qint64 id, int row);
    void oneOnOneChanged(qint64 id, int row);
    void oneOnOneAboutToBeRemoved(qint64 id, int row);
    void oneOnOneRemoved(qint64 id, int row);

    void decisionAboutToBeAdded(qint64 id, int row);
    void decisionAdded(qint64 id, int row);
    void decisionChanged(qint64 id, int row);
    void decisionAboutToBeRemoved(qint64 id, int row);
    void decisionRemoved(qint64 id, int row);

    void initiativeAboutToBeAdded(qint64 id, int row);
    void initiativeAdded(qint64 id, int row);
    void initiativeChanged(qint64 id, int row);
    void initiativeAboutToBeRemoved(qint64 id, int row);
    void initiativeRemoved(qint64 id, int row);

    void boardChanged();
    void promptStatesChanged();
    /// Plans were added, moved or removed (a record a move logs also comes
    /// as oneOnOneAdded()).
    void plansChanged();
    void thresholdsChanged();
    /// After every write, once its own signals are out: `kind` changed.
    void modified(rd::DataKind kind);

    /// The whole snapshot is about to be replaced, and has been.
    void aboutToBeReset();
    void reset();
    /// The reset() just before was another process's write.
    void changedOutside();

    /// A background first load landed (reset() came just before).
    void loaded();
    /// The deferred integrity check found the file damaged; writes stay refused.
    void damaged(const QString& message);
    /// startLoading() could not open the file: nothing was read or written.
    /// `damaged` tells a damaged file (a backup may help) from any other refusal.
    void openFailed(const QString& message, bool damaged);
    /// Reading the file failed; `message` is one sentence for the user.
    void errorOccurred(const QString& message);

private:
    template <typename T>
    friend struct EntityTraits;
    template <typename T>
    int insertEntry(const T& entry);
    template <typename T>
    void replaceEntry(const T& entry);
    template <typename T, typename Id>
    void eraseEntry(const Id& id);
    template <typename T>
    qint64 addLogged(const T& entry);
    template <typename T>
    void updateLogged(const T& entry);
    template <typename T>
    void removeLogged(qint64 id);
    void changed(DataKind kind);
    void firstMonthGained(QDate date);
    void firstMonthLost(QDate date);
    void replaceSnapshot(Snapshot snapshot);
    void rememberDataVersion();
    void bulkWriteCommitted();
    void confirmIntegrity(const QString& damage);
    void openAndLoad();
    void failOpening(const QString& message, bool damaged);
    void loadInBackground();

    Database& m_db;
    TeamLog m_log;
    QMap<QString, QString> m_settings;
    Thresholds m_thresholds;
    QDate m_firstMonth;
    quint64 m_generation = 1;
    qint64 m_dataVersion = -1;
    qint64 m_commitCount = -1; ///< the file's commit counter, as the snapshot knows it
    bool m_writing = false;    ///< inside one of the store's own writes
    bool m_loading = false;
    bool m_loadPending = false; ///< InBackground, until startLoading()
    quint64 m_loadGeneration = 0;
    QThreadPool m_pool;
    QFutureWatcher<Snapshot> m_loadWatcher;
    struct OpenFailure
    {
        QString message;
        bool damaged = false;
    };
    QFutureWatcher<OpenFailure> m_migrationWatcher;
};

} // namespace rd
