#include "SafeFile.h"

#include "domain/Error.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

/// Qt's wording of an errno ("No space left on device"), translated where Qt is.
QString causeOf(int error)
{
    return qt_error_string(error);
}

[[noreturn]] void cannotWrite(const QString& path, const QString& cause)
{
    throw StorageError(
        QCoreApplication::translate("rd::Export", "Cannot write %1: %2.").arg(path, cause));
}

/// Writes all of `bytes` to `fd`, through short writes and interruptions.
bool writeAll(int fd, const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

bool isSpecialFile(const QString& path)
{
    // /dev/stdout and its kind are links into /proc: replacing one would take
    // the system's link away, and writing through it is not a safe replace.
    const QFileInfo info(path);
    for (const QString& where : {info.absoluteFilePath(), info.symLinkTarget()}) {
        if (where.startsWith(u"/dev/"_s) || where.startsWith(u"/proc/"_s))
            return true;
    }
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return false; // nothing there (or a dangling link): a new file is made
    return !S_ISREG(status.st_mode) && !S_ISDIR(status.st_mode);
}

void removeDeadWorkFiles(const QString& folder, const QString& prefix)
{
    static const QRegularExpression work(u"\\.part-(\\d+)(-journal|-wal|-shm)?$"_s);
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!name.startsWith(prefix))
            continue;
        const QRegularExpressionMatch match = work.match(name.mid(prefix.size()));
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid <= 0 || ::kill(pid_t(pid), 0) == 0 || errno == EPERM)
            continue; // still running: its work is its own
        QFile::remove(dir.filePath(name));
    }
}

bool syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

void writeFileSafely(const QString& path, const QByteArray& bytes)
{
    const QFileInfo info(path);
    const QString target = info.absoluteFilePath();
    if (info.isDir() && !info.isSymLink())
        cannotWrite(path, QCoreApplication::translate("rd::Export", "it is a folder"));
    if (!QFileInfo(info.absolutePath()).isDir())
        cannotWrite(path, QCoreApplication::translate("rd::Export", "the folder %1 does not exist")
                              .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (isSpecialFile(path))
        cannotWrite(path, QCoreApplication::translate(
                              "rd::Export", "it is a device or a pipe, not a file; name a file"));
    // A work file of its own beside the target, created new (O_EXCL) and never
    // through a link (O_NOFOLLOW), owner-only from the first byte.
    const QString temporary = info.absolutePath() + u"/."_s + info.fileName() + u".part-"_s +
                              QString::number(QCoreApplication::applicationPid());
    const QByteArray work = QFile::encodeName(temporary);
    ::unlink(work.constData()); // what a killed attempt of this process id left
    removeDeadWorkFiles(info.absolutePath(), u"."_s + info.fileName()); // and of others
    const int fd =
        ::open(work.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        cannotWrite(path, causeOf(errno));
    const auto fail = [&](int error) {
        ::close(fd);
        ::unlink(work.constData());
        cannotWrite(path, causeOf(error));
    };
    if (!writeAll(fd, bytes))
        fail(errno ? errno : EIO);
    if (::fsync(fd) != 0)
        fail(errno);
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(work.constData());
        cannotWrite(path, causeOf(error));
    }
    // rename() replaces the name: a link at the target is replaced, never
    // written through, and the earlier file stays whole until this moment.
    if (::rename(work.constData(), QFile::encodeName(target).constData()) != 0) {
        const int error = errno;
        ::unlink(work.constData());
        cannotWrite(path, causeOf(error));
    }
    syncPath(info.absolutePath()); // the rename itself
}

void ensureDirectory(const QString& dir)
{
    if (QDir(dir).exists())
        return;
    if (!QDir().mkpath(dir))
        throw StorageError(
            QCoreApplication::translate("rd::Export", "Cannot create the folder %1.").arg(dir));
    QFile::setPermissions(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace rd
