#include "Locations.h"

#include "domain/Error.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// The nearest folder at or above `folder` that exists.
QString nearestExisting(QString folder)
{
    while (!QFileInfo(folder).exists() && QFileInfo(folder).absolutePath() != folder)
        folder = QFileInfo(folder).absolutePath();
    return folder;
}

bool canAccess(const QString& path, int mode)
{
    return ::access(QFile::encodeName(path).constData(), mode) == 0;
}

} // namespace

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString ownTeamPath()
{
    return dataFolder() + u"/rodedraad.sqlite"_s;
}

QString sampleTeamPath()
{
    return dataFolder() + u"/rodedraad-sample.sqlite"_s;
}

bool isSampleTeam(const QString& path)
{
    return QFileInfo(path).absoluteFilePath() == QFileInfo(sampleTeamPath()).absoluteFilePath();
}

void createPrivateFolder(const QString& folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    for (QString at = absolute; !QFileInfo(at).exists(); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).absolutePath() == at)
            break;
    }
    for (const QString& level : std::as_const(missing)) {
        if (::mkdir(QFile::encodeName(level).constData(), S_IRWXU) != 0 && errno != EEXIST)
            throw StorageError(
                QCoreApplication::translate("rd::Database", "Cannot create the folder %1: %2.")
                    .arg(level, systemError(errno)));
    }
    if (!QFileInfo(absolute).isDir())
        throw StorageError(
            QCoreApplication::translate("rd::Database", "%1 is not a folder.").arg(absolute));
}

QString workFolder(const QString& databasePath)
{
    const QString folder =
        QFileInfo(databasePath).absolutePath() + QStringLiteral("/.rodedraad-work");
    sweepWorkFolder(databasePath);
    if (QFileInfo(folder).isSymLink())
        throw StorageError(QCoreApplication::translate(
                               "rd::Database", "%1 is a symbolic link; Rode Draad keeps its work "
                                               "files in a folder of its own.")
                               .arg(folder));
    createPrivateFolder(folder);
    return folder;
}

QString workFile(const QString& databasePath, const QString& purpose)
{
    return workFolder(databasePath) + u'/' + QFileInfo(databasePath).completeBaseName() + u'-' +
           purpose + u'-' + QString::number(::getpid()) + QStringLiteral(".sqlite");
}

void sweepWorkFolder(const QString& databasePath)
{
    const QString folder =
        QFileInfo(databasePath).absolutePath() + QStringLiteral("/.rodedraad-work");
    const QFileInfo info(folder);
    if (!info.isDir() || info.isSymLink())
        return;
    QDir dir(folder);
    for (const QFileInfo& file : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        // "<file>-<purpose>-<pid>.sqlite" and its -journal, -wal and -shm.
        QString name = file.fileName();
        const qsizetype dot = name.indexOf(QStringLiteral(".sqlite"));
        if (dot < 0)
            continue;
        const QString stem = name.left(dot);
        bool ok = false;
        const qint64 pid = stem.section(u'-', -1).toLongLong(&ok);
        if (!ok || pid <= 0)
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno == EPERM)
            continue; // still running: its work is its own
        QFile::remove(file.filePath());
    }
    dir.rmdir(folder); // only when empty
}

QString openObstacle(const QString& path, bool readOnly, Presence presence)
{
    if (path == u":memory:"_s)
        return {};
    const QFileInfo file(path);
    const QString folder = file.absolutePath();
    if (!file.exists()) {
        if (readOnly || presence == Presence::MustExist) {
            if (!QFileInfo(folder).isDir())
                return QCoreApplication::translate("rd::Database", "The folder %1 does not exist.")
                    .arg(folder);
            return QCoreApplication::translate("rd::Database", "The database %1 does not exist.")
                .arg(path);
        }
        const QString existing = nearestExisting(folder);
        if (!QFileInfo(existing).isDir())
            return QCoreApplication::translate("rd::Database",
                                               "Cannot create the folder %1: %2 is not a folder.")
                .arg(folder, existing);
        if (!canAccess(existing, W_OK | X_OK))
            return existing == folder
                       ? QCoreApplication::translate(
                             "rd::Database", "You do not have permission to create files in %1.")
                             .arg(folder)
                       : QCoreApplication::translate(
                             "rd::Database",
                             "Cannot create the folder %1: you do not have permission to write "
                             "in %2.")
                             .arg(folder, existing);
        return {};
    }
    if (file.isDir())
        return QCoreApplication::translate("rd::Database",
                                           "%1 is a folder, not a Rode Draad database.")
            .arg(path);
    if (!file.isFile())
        return QCoreApplication::translate(
                   "rd::Database", "%1 is not a regular file, so it is not a Rode Draad database.")
            .arg(path);
    if (!canAccess(path, R_OK))
        return QCoreApplication::translate("rd::Database", "You do not have permission to read %1.")
            .arg(path);
    if (!readOnly && !canAccess(path, W_OK))
        return QCoreApplication::translate(
                   "rd::Database",
                   "You do not have permission to change %1. Open it read-only to review it.")
            .arg(path);
    // The write-ahead log and its index are created beside the file.
    if (!readOnly && !canAccess(folder, W_OK | X_OK))
        return QCoreApplication::translate(
                   "rd::Database",
                   "You do not have permission to write in the folder %1, which Rode Draad needs "
                   "beside %2. Open it read-only to review it.")
            .arg(folder, file.fileName());
    return {};
}

} // namespace rd
