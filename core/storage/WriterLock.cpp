#include "WriterLock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rd {

namespace {
/// The lock beside the file itself, where a symbolic link (to the file or to
/// its folder) leads: two windows that name one file two ways meet at one lock.
QString lockFileFor(const QString& databasePath)
{
    const QFileInfo file(databasePath);
    QString target = file.canonicalFilePath();
    if (target.isEmpty()) { // not there yet: its folder may still be a link
        const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
        target = folder.isEmpty() ? file.absoluteFilePath()
                                  : folder + QLatin1Char('/') + file.fileName();
    }
    return target + QStringLiteral(".lock");
}
} // namespace

WriterLock::WriterLock(const QString& databasePath)
    : m_path(QFile::encodeName(lockFileFor(databasePath)))
{}

WriterLock::~WriterLock()
{
    release();
}

namespace {

LockAttempt failed(const QByteArray& path, int error)
{
    const QString file = QFile::decodeName(path);
    QString cause = QString::fromLocal8Bit(std::strerror(error));
    if (error == ELOOP)
        cause = QCoreApplication::translate("rd::Database", "it is a symbolic link");
    return {LockAttempt::Outcome::Failed,
            QCoreApplication::translate("rd::Database", "Cannot create the lock file %1: %2.")
                .arg(file, cause)};
}

} // namespace

LockAttempt WriterLock::acquire()
{
    if (m_fd >= 0)
        return {LockAttempt::Outcome::Acquired, {}};
    // A holder that releases between our open() and our flock() has removed the
    // file we opened: then the lock is on a file no one else will look at, so
    // try again with the file now at the path.
    for (int attempt = 0; attempt < 3; ++attempt) {
        // O_NOFOLLOW: a link planted at the lock's path is never written through.
        const int fd = ::open(m_path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW,
                              S_IRUSR | S_IWUSR);
        if (fd < 0)
            return failed(m_path, errno);
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            ::close(fd);
            if (error == EWOULDBLOCK)
                return {LockAttempt::Outcome::HeldElsewhere, {}};
            return failed(m_path, error);
        }
        struct stat held
        {};
        struct stat atPath
        {};
        if (::fstat(fd, &held) == 0 && ::stat(m_path.constData(), &atPath) == 0 &&
            held.st_dev == atPath.st_dev && held.st_ino == atPath.st_ino) {
            const QByteArray holder = QByteArray::number(QCoreApplication::applicationPid()) +
                                      '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
            // Only informative: a lock file that cannot say who holds it still locks.
            const bool named =
                ::ftruncate(fd, 0) == 0 &&
                ::write(fd, holder.constData(), size_t(holder.size())) == holder.size();
            Q_UNUSED(named)
            m_fd = fd;
            return {LockAttempt::Outcome::Acquired, {}};
        }
        ::close(fd);
    }
    return {LockAttempt::Outcome::HeldElsewhere, {}};
}

void WriterLock::release()
{
    if (m_fd < 0)
        return;
    // Removed while still held, so that no one can lock the removed file after us.
    ::unlink(m_path.constData());
    ::close(m_fd);
    m_fd = -1;
}

qint64 WriterLock::holderPid() const
{
    QFile file(QFile::decodeName(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = file.read(64).split('\n').value(0).toLongLong();
    return pid > 0 ? pid : 0;
}

QString WriterLock::holder() const
{
    QFile file(QFile::decodeName(m_path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> lines = file.read(1024).split('\n');
    if (lines.size() < 2 || lines.at(0).toLongLong() <= 0)
        return {};
    return QCoreApplication::translate("rd::Database", "process %1 on %2")
        .arg(QString::fromLatin1(lines.at(0)), QString::fromUtf8(lines.at(1)));
}

} // namespace rd
