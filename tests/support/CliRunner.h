#pragma once

// The command line as a test runs it: the real executable in a process of
// its own, on a temporary database, in the C locale (English).
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace rd::test {

/// What one run of the command line printed, and its exit code.
struct Run
{
    int exitCode;
    QString out;
    QString err;
};

/// The command line on the database at `db` (a mount's, a link, a new path),
/// with `environment` ("NAME=value") added. A run that does not finish within
/// 60 s is killed and fails the test: a hang is a finding, never a stuck suite.
inline Run runAt(const QString& db, QStringList arguments, const QStringList& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("RODEDRAAD_DB"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString& variable : environment)
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    process.setProcessEnvironment(env);
    arguments << QStringLiteral("--db") << db;
    process.start(QStringLiteral(RODEDRAAD_EXE), arguments);
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        FAIL("the command did not finish within 60 s");
    }
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

class Cli
{
public:
    QString db() const { return m_temp.path(); }
    QString file(const QString& name) const { return m_temp.dir.filePath(name); }

    Run operator()(const QStringList& arguments, const QStringList& environment = {}) const
    {
        return runAt(db(), arguments, environment);
    }

private:
    rd::test::TempDatabase m_temp;
};

} // namespace rd::test
