// The toolbar's icons: the bundled ones draw, follow a light or dark palette,
// and every toolbar action has an icon, its words and a tooltip.
#include "Icons.h"
#include "UiSupport.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QImage>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
/// The mean lightness of the pixels an icon paints (0 dark, 255 light).
int inkLightness(const QIcon& icon)
{
    const QImage image =
        icon.pixmap(QSize(32, 32)).toImage().convertToFormat(QImage::Format_ARGB32);
    long long sum = 0, count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count > 0 ? int(sum / count) : -1;
}

QPalette paletteWithText(const QColor& text, const QColor& window)
{
    QPalette p;
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::Button, window);
    QColor muted = text;
    muted.setAlpha(110);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, muted);
    return p;
}
} // namespace

TEST_CASE("every bundled icon draws dark on a light palette and light on a dark one")
{
    const QPalette light = paletteWithText(QColor(0x23, 0x26, 0x29), QColor(0xef, 0xf0, 0xf1));
    const QPalette dark = paletteWithText(QColor(0xfc, 0xfc, 0xfc), QColor(0x2a, 0x2e, 0x32));
    using ui::icons::Icon;
    for (const Icon which : {Icon::OneOnOne, Icon::Decision, Icon::Initiative, Icon::Undo,
                             Icon::Redo, Icon::Search, Icon::Help}) {
        CAPTURE(int(which));
        const QIcon onLight = ui::icons::bundled(which, light);
        const QIcon onDark = ui::icons::bundled(which, dark);
        REQUIRE_FALSE(onLight.isNull());
        const int lightInk = inkLightness(onLight);
        const int darkInk = inkLightness(onDark);
        CHECK(lightInk >= 0); // something is drawn
        CHECK(lightInk < 100);
        CHECK(darkInk > 160);
        // A disabled action's icon is drawn in the disabled colour, not the same one.
        CHECK(onLight.pixmap(QSize(32, 32), QIcon::Disabled).toImage() !=
              onLight.pixmap(QSize(32, 32), QIcon::Normal).toImage());
    }
}

TEST_CASE("every toolbar action shows an icon beside its words, and a tooltip")
{
    WindowFixture f;
    auto* toolBar = child<QToolBar>(f.window, u"mainToolBar"_s);
    CHECK(toolBar->toolButtonStyle() == Qt::ToolButtonTextBesideIcon);
    int actions = 0;
    for (QAction* action : toolBar->actions()) {
        if (action->isSeparator())
            continue;
        ++actions;
        CAPTURE(action->objectName().toStdString());
        CHECK_FALSE(action->icon().isNull());
        CHECK_FALSE(action->text().isEmpty());
        CHECK_FALSE(action->toolTip().isEmpty());
    }
    CHECK(actions == 6);
    // The log actions' tooltips name their keys.
    INFO(child<QAction>(f.window, u"logOneOnOneAction"_s)->toolTip().toStdString());
    CHECK(child<QAction>(f.window, u"logOneOnOneAction"_s)->toolTip().contains(u"Ctrl+1"_s));
    // A dark palette redraws them light.
    const QIcon before = child<QAction>(f.window, u"searchAction"_s)->icon();
    f.window.setPalette(paletteWithText(Qt::white, QColor(0x2a, 0x2e, 0x32)));
    CHECK(inkLightness(child<QAction>(f.window, u"searchAction"_s)->icon()) > 160);
    CHECK(inkLightness(before) < inkLightness(child<QAction>(f.window, u"searchAction"_s)->icon()));
}
