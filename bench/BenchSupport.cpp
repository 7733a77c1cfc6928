// The benchmark runner: one QApplication, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "BenchSupport.h"

#include "demo/DemoTeam.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <QApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace rd::bench {

const QString& largeDatabase()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString file = dir.filePath(u"large.sqlite"_s);
        DemoOptions options;
        options.until = AsOf;
        options.entries = 100000;
        Database db(file);
        importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
        return file;
    }();
    return path;
}

} // namespace rd::bench

int main(int argc, char* argv[])
{
    // The desktop benchmarks draw real widgets; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    std::printf("machine: %s, %s, %d logical cores\n", qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()), QThread::idealThreadCount());
    return Catch::Session().run(argc, argv);
}
