#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace rd {

/// What an attempt to take the writer lock found.
struct LockAttempt
{
    enum class Outcome
    {
        Acquired,      ///< this process holds the lock now
        HeldElsewhere, ///< another running process holds it
        Failed         ///< the lock file could not be created or opened (see `error`)
    };
    Outcome outcome = Outcome::Failed;
    /// For Failed: why, in one sentence naming the lock file and the cause.
    QString error;
    explicit operator bool() const { return outcome == Outcome::Acquired; }
};

/// One desktop app writes a database at a time: an advisory lock (flock) on a
/// file beside it, <database>.lock, which names the holder.
///
/// The kernel holds the lock for the process, so a crash releases it and never
/// blocks the next start. Taking it costs no disk flush: the file only says who
/// holds it, and that needs to outlive no power cut. The lock file is never
/// followed through a symbolic link: one planted at its path is refused.
class WriterLock final
{
public:
    explicit WriterLock(const QString& databasePath);
    ~WriterLock();
    Q_DISABLE_COPY_MOVE(WriterLock)

    /// Takes the lock if no other process holds it. "Held elsewhere" is said
    /// only when another live process holds it; any other obstacle (a missing
    /// folder, no permission, a link at the path) is Failed, with its cause.
    LockAttempt acquire();
    bool isLocked() const { return m_fd >= 0; }
    /// Gives the lock up and removes the file; the destructor does it too.
    void release();
    /// Who holds it ("process 1234 on host"), when another process does.
    QString holder() const;
    /// The holder's process id, or 0 when the lock file does not name one.
    qint64 holderPid() const;

private:
    QByteArray m_path;
    int m_fd = -1;
};

} // namespace rd
