#pragma once

#include "storage/Locations.h"

#include <QString>

namespace rd::ui {

/// A database file the app is asked to open, and how.
struct FileTarget
{
    QString path;
    bool readOnly = false;
    /// Whether a missing file is created (a first run, File › New) or an error
    /// (File › Open, Open Recent, a read-only review).
    Presence presence = Presence::MayCreate;
    /// Whether opening it makes it the file the next start opens. Files named by
    /// --db or RODEDRAAD_DB are not remembered: they win only for that run.
    bool remember = true;
};

} // namespace rd::ui
