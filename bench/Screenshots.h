#pragma once

#include <QString>

namespace rd::ui {

class MainWindow;

/// Saves a PNG of every page, each chart and the main dialogs into `dir`.
/// Used under Xvfb by ./dev.sh screenshots (the harness's --screenshots DIR).
void takeScreenshots(MainWindow& window, const QString& dir);

} // namespace rd::ui
