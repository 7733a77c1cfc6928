// The benchmark runner: one QApplication, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "BenchSupport.h"

#include "demo/DemoTeam.h"
#include "exchange/JsonExchange.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <QApplication>
#include <QFile>
#include <QSysInfo>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace rd::bench {

QString largeDatabaseCopy(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(u"copy.sqlite"_s);
    QFile::copy(largeDatabase(), path);
    return path;
}

void warmUp(ui::MainWindow& window)
{
    window.workspace().setToday(AsOf);
    window.resize(1280, 800);
    window.show();
    auto* pages = window.findChild<QTabWidget*>(u"pages"_s);
    for (int n = 0; n < pages->count(); ++n) {
        pages->setCurrentIndex(n);
        window.grab();
    }
    if (!QTest::qWaitFor([&] { return window.workspace().isPromptHistoryCurrent(); }, 60000))
        std::printf("the prompt history did not finish in a minute\n");
}

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
