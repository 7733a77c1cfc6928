#include "ReadOnlyOpen.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

bool exists(const QString& path)
{
    return QFileInfo::exists(path) || QFileInfo(path).isSymLink();
}

bool writable(const QString& path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

} // namespace

ReadOnlyWay readOnlyWay(const QString& path)
{
    if (exists(path + u"-wal"_s) || exists(path + u"-shm"_s))
        return ReadOnlyWay::WithLog;
    const QString folder = QFileInfo(path).absolutePath();
    // A rollback journal beside the file is hot: only a writer may roll it back.
    if (writable(path) && writable(folder) && !exists(path + u"-journal"_s))
        return ReadOnlyWay::QueryOnly;
    return ReadOnlyWay::Immutable;
}

bool openReadOnly(QSqlDatabase& connection, const QString& path)
{
    switch (readOnlyWay(path)) {
    case ReadOnlyWay::WithLog:
        connection.setDatabaseName(path);
        connection.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        return connection.open();
    case ReadOnlyWay::QueryOnly:
        connection.setDatabaseName(path);
        connection.setConnectOptions();
        if (!connection.open())
            return false;
        // Before any read: from here on the connection cannot change the file.
        if (QSqlQuery(connection).exec(u"PRAGMA query_only = ON"_s))
            return true;
        connection.close();
        return false;
    case ReadOnlyWay::Immutable:
        break;
    }
    // file:///abs/path?immutable=1, with the path percent-encoded as a URI.
    QUrl uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    uri.setQuery(u"immutable=1"_s);
    connection.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    connection.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    return connection.open();
}

} // namespace rd
