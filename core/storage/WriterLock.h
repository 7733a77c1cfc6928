#pragma once

#include <memory>
#include <QLockFile>
#include <QString>

namespace rd {

/// One desktop app writes a database at a time: a lock file beside it
/// (<database>.lock). A lock left by a crashed process is detected as stale
/// and taken over, so a crash never blocks the next start.
class WriterLock final
{
public:
    explicit WriterLock(const QString& databasePath);
    Q_DISABLE_COPY_MOVE(WriterLock)

    /// True when this process now holds the lock.
    bool acquire();
    bool isLocked() const { return m_lock->isLocked(); }
    /// Gives the lock up before the process ends (the destructor does it too).
    void release() { m_lock->unlock(); }
    /// Who holds it ("process 1234 on host"), when another process does.
    QString holder() const;

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace rd
