#pragma once

#include "cli/CliContext.h"

namespace rd::ui {

/// `rodedraad report --pdf FILE [--from D] [--to D] [--person P] [--anonymize]`:
/// the coaching report, headless. It lives in ui because it draws charts; the
/// executable runs it on the offscreen platform. It opens the database read-only.
CommandSpec reportCommand();

} // namespace rd::ui
