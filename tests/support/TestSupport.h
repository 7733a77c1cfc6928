#pragma once

#include "CatchQt.h"
#include "domain/TeamLog.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace rd::test {

/// A temporary folder with a database path inside it, removed afterwards.
struct TempDatabase
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
};

/// Whether only the owner may read or write `path` (no group or other bits).
bool isOwnerOnly(const QString& path);

/// SHA-256 of a file's bytes (empty when it does not exist).
QByteArray fileHash(const QString& path);

/// Creates a database as version 0.1 wrote it (schema 1, tests/fixtures/schema-v1.sql),
/// then runs `extraStatements` on it. The connection is closed afterwards.
void createSchemaV1Database(const QString& path, const QStringList& extraStatements = {});

/// A small hand-built team: two people with one entry of every kind.
TeamLog sampleLog();

} // namespace rd::test
