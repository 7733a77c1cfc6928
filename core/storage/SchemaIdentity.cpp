#include "SchemaIdentity.h"

#include "Schema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace rd::schema {

namespace {

/// Every object of the schema by "kind name": tables with their column list,
/// indexes and triggers with their table. SQLite's statistics tables (made by
/// ANALYZE) are SQLite's own and left out.
QMap<QString, QString> objectsOf(const QSqlDatabase& db)
{
    QMap<QString, QString> objects;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT type, name, tbl_name FROM sqlite_schema "
                    u"WHERE name NOT LIKE 'sqlite\\_stat%' ESCAPE '\\'"_s))
        return {{u"? sqlite_schema"_s, query.lastError().text()}};
    while (query.next()) {
        const QString type = query.value(0).toString();
        const QString name = query.value(1).toString();
        QString shape = query.value(2).toString();
        if (type == u"table"_s) {
            QSqlQuery columns(db);
            columns.prepare(u"SELECT group_concat(name, ',') FROM pragma_table_xinfo(?)"_s);
            columns.addBindValue(name);
            shape = columns.exec() && columns.next() ? columns.value(0).toString() : u"?"_s;
        }
        objects.insert(type + u' ' + name, shape);
    }
    return objects;
}

QMap<QString, QString> referenceObjects(int version)
{
    static QMutex mutex;
    static QHash<int, QMap<QString, QString>> cache;
    const QMutexLocker locker(&mutex);
    if (const auto known = cache.constFind(version); known != cache.constEnd())
        return *known;
    const QString name = u"rodedraad-schema-reference-%1"_s.arg(version);
    QMap<QString, QString> objects;
    {
        QSqlDatabase reference = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        reference.setDatabaseName(u":memory:"_s);
        if (reference.open()) {
            for (const Migration& step : migrations()) {
                if (step.fromVersion >= version)
                    break;
                for (const QString& statement : step.statements)
                    QSqlQuery(reference).exec(statement);
            }
            objects = objectsOf(reference);
        }
        reference.close();
    }
    QSqlDatabase::removeDatabase(name);
    cache.insert(version, objects);
    return objects;
}

} // namespace

QStringList identityDifferences(const QSqlDatabase& db, int version)
{
    if (version < 1 || version > CurrentVersion)
        return {};
    const QMap<QString, QString> expected = referenceObjects(version);
    const QMap<QString, QString> found = objectsOf(db);
    QStringList differences;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        const QString kind = it.key().section(u' ', 0, 0);
        const QString name = it.key().section(u' ', 1);
        if (!expected.contains(it.key()))
            differences << QCoreApplication::translate(
                               "rd::Database",
                               "an object (%1) named %2 that Rode Draad does not make")
                               .arg(kind, name);
        else if (expected.value(it.key()) != it.value())
            differences << (kind == u"table"_s
                                ? QCoreApplication::translate(
                                      "rd::Database", "a table %1 with other columns than its own")
                                      .arg(name)
                                : QCoreApplication::translate("rd::Database",
                                                              "%2 (%1) on another table")
                                      .arg(kind, name));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!found.contains(it.key()))
            differences << QCoreApplication::translate("rd::Database", "no %1 named %2")
                               .arg(it.key().section(u' ', 0, 0), it.key().section(u' ', 1));
    }
    return differences;
}

} // namespace rd::schema
