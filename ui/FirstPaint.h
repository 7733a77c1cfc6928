#pragma once

#include <functional>

class QWidget;

namespace rd::ui {

/// Calls `then` from the event loop once `widget` has painted for the first
/// time: work that can wait until the window is on screen, and the launch
/// benchmark's stop.
void onFirstPaint(QWidget* widget, std::function<void()> then);

} // namespace rd::ui
