#include "Icons.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace rd::ui::icons {

namespace {
struct Names
{
    QString theme;   ///< the freedesktop.org or Breeze name
    QString bundled; ///< the file under :/icons/toolbar/
};

Names namesOf(Icon which)
{
    switch (which) {
    case Icon::OneOnOne:
        return {u"view-conversation-balloon"_s, u"one-on-one"_s};
    case Icon::Decision:
        return {u"flag"_s, u"decision"_s};
    case Icon::Initiative:
        return {u"help-hint"_s, u"initiative"_s};
    case Icon::Undo:
        return {u"edit-undo"_s, u"undo"_s};
    case Icon::Redo:
        return {u"edit-redo"_s, u"redo"_s};
    case Icon::Search:
        return {u"edit-find"_s, u"search"_s};
    case Icon::Help:
        return {u"help-contents"_s, u"help"_s};
    }
    return {};
}

QPixmap drawn(const QByteArray& svg, const QColor& colour, int size)
{
    QByteArray coloured = svg;
    coloured.replace("currentColor", colour.name().toLatin1()); // the colour, without its alpha
    QBuffer buffer(&coloured);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "svg");
    reader.setScaledSize(QSize(size, size));
    QImage image = reader.read().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    if (!image.isNull() && colour.alpha() < 255) {
        QPainter painter(&image); // a translucent colour (a disabled one) fades the strokes
        painter.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        painter.fillRect(image.rect(), QColor(0, 0, 0, colour.alpha()));
    }
    return QPixmap::fromImage(image);
}
} // namespace

QIcon bundled(Icon which, const QPalette& palette)
{
    QFile file(u":/icons/toolbar/%1.svg"_s.arg(namesOf(which).bundled));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray svg = file.readAll();
    QIcon icon;
    // Each size drawn for itself, twice as large for high-density screens.
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        const QPixmap normal =
            drawn(svg, palette.color(QPalette::Active, QPalette::ButtonText), size);
        if (normal.isNull())
            return {};
        icon.addPixmap(normal, QIcon::Normal);
        icon.addPixmap(drawn(svg, palette.color(QPalette::Disabled, QPalette::ButtonText), size),
                       QIcon::Disabled);
    }
    return icon;
}

bool hasThemeIcon(Icon which)
{
    return QIcon::hasThemeIcon(namesOf(which).theme);
}

QIcon icon(Icon which, const QPalette& palette)
{
    const QString theme = namesOf(which).theme;
    if (QIcon::hasThemeIcon(theme))
        return QIcon::fromTheme(theme);
    return bundled(which, palette);
}

} // namespace rd::ui::icons
