#pragma once

#include <QIcon>
#include <QPalette>

/// The icons of the toolbar and menus: the desktop's icon theme where it has
/// one (Breeze, Adwaita), else Rode Draad's own, drawn in the palette's text
/// colour so that they read on light and dark palettes alike.
namespace rd::ui::icons {

enum class Icon
{
    OneOnOne,
    Decision,
    Initiative,
    Undo,
    Redo,
    Search,
    Help
};

/// The theme's icon for `which` or the bundled one in `palette`'s colours;
/// a null icon when neither can be drawn (no SVG image plugin): the actions
/// keep their text.
QIcon icon(Icon which, const QPalette& palette);
/// Whether the desktop's icon theme has its own icon for `which`.
bool hasThemeIcon(Icon which);
/// The bundled icon alone, never the theme's (for the tests, and a check that
/// every bundled file draws).
QIcon bundled(Icon which, const QPalette& palette);

} // namespace rd::ui::icons
