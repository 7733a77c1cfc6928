#pragma once

#include <optional>
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

/// Small helpers that keep SQL calls short and make every failure a StorageError.
namespace rd::sql {

QSqlQuery prepare(const QSqlDatabase& db, const QString& statement);
/// Executes a prepared query; throws StorageError on failure.
void exec(QSqlQuery& query);
/// Prepares, binds `values` positionally and executes.
QSqlQuery exec(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});
/// The first column of the first row, or an invalid QVariant.
QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {});

QVariant fromDate(QDate date);
QDate toDate(const QVariant& value);
QVariant fromOptional(std::optional<int> value);
std::optional<int> toOptional(const QVariant& value);
QVariant fromBool(bool value);
/// Text for a NOT NULL column: a null QString is stored as ''.
QVariant text(const QString& value);

} // namespace rd::sql
