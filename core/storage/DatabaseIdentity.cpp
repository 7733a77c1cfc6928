#include "DatabaseIdentity.h"

#include "Database.h"
#include "ReadOnlyOpen.h"
#include "Sql.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace rd::identity {

namespace {
const QString Key = u"database:id"_s;
} // namespace

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString read(const QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    query.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    query.addBindValue(Key);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

QString store(const QSqlDatabase& connection, const QString& id)
{
    Transaction transaction(connection);
    sql::exec(connection, u"INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)"_s,
              {Key, id});
    transaction.commit();
    return read(connection);
}

QString of(Database& db)
{
    const QString id = read(db.connection());
    if (!id.isEmpty())
        return id;
    if (db.canWrite())
        return store(db.connection(), newId());
    return QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(db.path()).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString ofFile(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return {};
    const QString name = u"rodedraad-identity-"_s + newId();
    QString id;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        if (openReadOnly(connection, path))
            id = read(connection);
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}

QString backupOwner(const QString& id)
{
    QString hex;
    for (const QChar c : id) {
        if (hex.size() == 8)
            break;
        if (c.isDigit() || (c >= u'a' && c <= u'f'))
            hex += c;
    }
    return hex;
}

} // namespace rd::identity
