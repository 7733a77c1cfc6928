#pragma once

namespace rd::ui {

/// Reading the system's font configuration (fontconfig's FcInit) is the
/// largest single cost of the app's start: about 6.5 ms, more than starting Qt
/// itself, and it needs no QApplication. main() begins it on another thread
/// before constructing QApplication; runDesktopApp() ends it before anything
/// measures text, so Qt's own font set-up finds it done. Without fontconfig
/// (a Qt built without it) both do nothing.
void beginFontWarmUp();
/// Waits for beginFontWarmUp()'s thread, if any; cheap once it has finished.
void endFontWarmUp();

} // namespace rd::ui
