#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rd {

class Database;

/// A database's identity: a random id kept in the file itself (the settings
/// table's "database:id"), so that it survives a rename or a move and tells
/// two files apart that share a folder. It is made when the file is created
/// or migrated, or on its first backup; a restore keeps the target's id, and
/// File › Save a Copy gives the copy an id of its own. Its backups carry
/// backupOwner() in their names.
namespace identity {

/// A new random id (a UUID without braces).
QString newId();
/// The id stored through `connection`; empty when there is none (or no settings table).
QString read(const QSqlDatabase& connection);
/// Stores `id` unless the file already has one; returns the id the file has now.
QString store(const QSqlDatabase& connection, const QString& id);
/// The id of `db`, made and stored now when it has none and can be written.
/// A read-only file without one gets a stand-in derived from its path.
QString of(Database& db);
/// The id of the file at `path`, read through a read-only connection; empty
/// when the file cannot be read or has none.
QString ofFile(const QString& path);
/// What a backup's name carries of the id: its first eight hex digits.
QString backupOwner(const QString& id);

} // namespace identity
} // namespace rd
