#include "WriterLock.h"

#include <QCoreApplication>

namespace rd {

WriterLock::WriterLock(const QString& databasePath)
    : m_lock(std::make_unique<QLockFile>(databasePath + QStringLiteral(".lock")))
{
    // A live app refreshes nothing, so rely on the PID check for staleness, not on age.
    m_lock->setStaleLockTime(0);
}

bool WriterLock::acquire()
{
    if (m_lock->tryLock(100))
        return true;
    if (m_lock->error() == QLockFile::LockFailedError && m_lock->removeStaleLockFile())
        return m_lock->tryLock(100);
    return false;
}

QString WriterLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString app;
    if (!m_lock->getLockInfo(&pid, &host, &app))
        return {};
    return QCoreApplication::translate("rd::Database", "process %1 on %2").arg(pid).arg(host);
}

} // namespace rd
