#include "SafeFile.h"

#include "domain/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace rd {

void writeFileSafely(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw StorageError(QCoreApplication::translate("rd::Export", "Cannot write %1: %2.")
                               .arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw StorageError(QCoreApplication::translate("rd::Export", "Cannot write %1: %2.")
                               .arg(path, file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
