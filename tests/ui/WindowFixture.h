#pragma once

// The shared base of the window tests (one file per feature: logging, Today,
// Prepare, search, undo, files…): a window on one team member, and helpers
// that start the app as a user would.
#include "exchange/JsonExchange.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <functional>
#include <QAction>
#include <QApplication>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

namespace rd::test {

/// A window on an in-memory database with one team member, Sam, who joined 60 days ago.
struct WindowFixture
{
    Database db{QStringLiteral(":memory:")};
    ui::MainWindow window{db};
    QDate today = QDate::currentDate();

    WindowFixture()
    {
        PeopleRepository(db).add(Person{QStringLiteral("sam"), QStringLiteral("Sam Jansen"),
                                        QStringLiteral("Engineer"), today.addDays(-60), 14, false});
        window.show();
        window.activateWindow();
        CHECK(QTest::qWaitForWindowActive(&window)); // shortcuts need the active window
    }
    ui::Workspace& workspace() { return window.workspace(); }
    QTabWidget* pages() { return child<QTabWidget>(window, QStringLiteral("pages")); }
    void trigger(const QString& action) { child<QAction>(window, action)->trigger(); }
};

/// The sample team, written to a file (for the app's background load).
/// The one-on-ones stored for one person, in the loader's order.
inline QList<OneOnOne> meetingsOf(Database& db, const QString& personId)
{
    QList<OneOnOne> meetings = OneOnOneRepository(db).all();
    meetings.removeIf([&personId](const OneOnOne& m) { return m.personId != personId; });
    return meetings;
}

inline void writeSampleFile(const QString& path)
{
    Database db(path);
    importTeamLog(db, test::sampleLog(), ImportMode::Merge);
}

/// Starts the app on `path` as a user would. Every 20 ms `act` sees each visible
/// top-level window until it handles one (returns true): a question to answer,
/// a window to close. Returns the app's exit code.
inline int runAppActing(const QString& path, const std::function<bool(QWidget*)>& act)
{
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&act] {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (top->isVisible() && act(top))
                return;
        }
    });
    driver.start();
    return ui::runDesktopApp(
        *qApp, {QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")});
}

} // namespace rd::test
