#include "WriterLock.h"

#include <fcntl.h>
#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rd {

WriterLock::WriterLock(const QString& databasePath)
    : m_path(QFile::encodeName(databasePath + QStringLiteral(".lock")))
{}

WriterLock::~WriterLock()
{
    release();
}

bool WriterLock::acquire()
{
    if (m_fd >= 0)
        return true;
    // A holder that releases between our open() and our flock() has removed the
    // file we opened: then the lock is on a file no one else will look at, so
    // try again with the file now at the path.
    for (int attempt = 0; attempt < 3; ++attempt) {
        const int fd = ::open(m_path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0)
            return false;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(fd);
            return false;
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
            return true;
        }
        ::close(fd);
    }
    return false;
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
