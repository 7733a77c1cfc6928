#include "Sql.h"

#include "domain/Error.h"
#include "domain/IsoDate.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace rd::sql {

namespace {
[[noreturn]] void fail(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    throw StorageError(
        QCoreApplication::translate("rd::Database", "The database refused the change: %1.")
            .arg(reason.trimmed()));
}
} // namespace

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query);
    return query;
}

void exec(QSqlQuery& query)
{
    if (!query.exec())
        fail(query);
}

QSqlQuery exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = prepare(db, statement);
    for (const QVariant& value : values)
        query.addBindValue(value);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

QVariant fromDate(QDate date)
{
    return date.isValid() ? QVariant(isoDate(date)) : QVariant(QMetaType::fromType<QString>());
}

QDate toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : parseIsoDate(value.toString());
}

QVariant fromOptional(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> toOptional(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QVariant fromBool(bool value)
{
    return QVariant(value ? 1 : 0);
}

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

} // namespace rd::sql
