#pragma once

#include <QDate>
#include <QString>

class QTemporaryDir;

namespace rd::ui {
class MainWindow;
}

namespace rd::bench {

/// The "as of" date of every benchmark: the demo data ends here.
inline const QDate AsOf(2026, 11, 27);

/// A `demo --entries 100000` database, built once per run in a temporary folder.
const QString& largeDatabase();

/// A copy of largeDatabase() in `dir`, for the benchmarks that write.
QString largeDatabaseCopy(const QTemporaryDir& dir);

/// The window as a manager has it after the first minute: 1280×800, as of
/// AsOf, every page visited once, and the prompt history computed (it
/// replays the engine on both cores for about a second after a load).
void warmUp(ui::MainWindow& window);

} // namespace rd::bench
