#include "CommitRecord.h"

#include "domain/Error.h"
#include "SafeFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd::commits {

void count(const QSqlDatabase& connection)
{
    // A statement that fails (no settings table yet) leaves the transaction as it was.
    QSqlQuery bump(connection);
    bump.prepare(u"INSERT INTO settings (key, value) VALUES (?, 1) "
                 u"ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"_s);
    bump.addBindValue(QString::fromLatin1(CounterKey));
    bump.exec();
}

qint64 counted(const QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    query.prepare(u"SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?"_s);
    query.addBindValue(QString::fromLatin1(CounterKey));
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString recordPath(const QString& databasePath)
{
    return databasePath + u".commits"_s;
}

qint64 recorded(const QString& databasePath, const QString& databaseId)
{
    // "commits <count> <database id>\n"
    // Only a regular file: a pipe planted there would block the open for ever.
    QFile file(recordPath(databasePath));
    if (databaseId.isEmpty() || !QFileInfo(file.fileName()).isFile() ||
        !file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.read(256).trimmed().split(' ');
    if (fields.size() != 3 || fields.at(0) != "commits" || fields.at(2) != databaseId.toUtf8())
        return 0;
    bool ok = false;
    const qint64 value = fields.at(1).toLongLong(&ok);
    return ok && value > 0 ? value : 0;
}

void record(const QString& databasePath, const QString& databaseId, qint64 count)
{
    if (databaseId.isEmpty())
        return;
    // The name is the app's own: whatever else stands there (a link to a
    // device, a pipe) goes, or the safe write would refuse it every time.
    const QFileInfo there(recordPath(databasePath));
    if (there.isSymLink() ? !QFileInfo(there.symLinkTarget()).isFile()
                          : there.exists() && !there.isFile())
        QFile::remove(there.filePath());
    try {
        writeFileSafely(recordPath(databasePath),
                        "commits " + QByteArray::number(count) + ' ' + databaseId.toUtf8() + '\n');
    } catch (const StorageError&) {
        // The database holds the commit; only the detection of a later loss is weaker.
    }
}

void forget(const QString& databasePath)
{
    QFile::remove(recordPath(databasePath));
}

} // namespace rd::commits
