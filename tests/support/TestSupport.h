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
/// Writes `bytes` to `path`, replacing it (a crafted file, a hand-edited one);
/// fails the test when it cannot.
void writeFile(const QString& path, const QByteArray& bytes);
/// The bytes of `path`, or empty when it cannot be read.
QByteArray readFile(const QString& path);

/// Creates a database as version 0.1 wrote it (schema 1, tests/fixtures/schema-v1.sql),
/// then runs `extraStatements` on it. The connection is closed afterwards.
void createSchemaV1Database(const QString& path, const QStringList& extraStatements = {});

/// A small hand-built team: two people with one entry of every kind.
TeamLog sampleLog();

/// A real filesystem of `bytes` (tmpfs) mounted on a fresh folder for one
/// test, unmounted afterwards: full disks and read-only mounts, for real.
/// The tests run as root; where mounting is not allowed, mounted() is false
/// and reason() says why, for the test to skip with a message.
class TinyFilesystem
{
public:
    explicit TinyFilesystem(qint64 bytes, bool readOnly = false);
    ~TinyFilesystem();
    TinyFilesystem(const TinyFilesystem&) = delete;
    TinyFilesystem& operator=(const TinyFilesystem&) = delete;
    bool mounted() const { return m_mounted; }
    QString reason() const { return m_reason; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    /// Fills the free space with a file, so the next write of more than a
    /// few bytes fails with "No space left on device".
    void fill();
    /// Gives the space back.
    void unfill();
    /// Remounts read-only (or read-write again).
    bool remount(bool readOnly);

private:
    QTemporaryDir m_dir;
    qint64 m_bytes;
    bool m_mounted = false;
    QString m_reason;
};

} // namespace rd::test
