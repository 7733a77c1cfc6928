#pragma once

// The coaching report's page layout: a painter on a QPdfWriter that flows
// text, tables and charts down A4 pages with a header and page numbers, and
// the small formatting helpers the report's sections share.
#include "coaching/Progress.h"
#include "progress/ProgressChart.h"

#include <cmath>
#include <QAbstractTextDocumentLayout>
#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace rd::ui::report {

using namespace Qt::StringLiterals;

inline QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

inline QString number(std::optional<double> value)
{
    // llround, as shownChange() rounds: printf's "%.0f" rounds 52.5 to 52.
    return value ? QLocale().toString(std::llround(*value)) : u"–"_s;
}

/// The change between two figures as the reader sees them: from the rounded
/// numbers shown beside it, so that "52 → 69" reads +17, never +16.
inline QString shownChange(const ProgressSummary::Change& change)
{
    const std::optional<long long> shown = change.shownDelta();
    if (!shown)
        return u"–"_s;
    const long long delta = *shown;
    const QString text = QLocale().toString(std::abs(delta));
    return delta > 0 ? u"+"_s + text : delta < 0 ? u"−"_s + text : u"±0"_s;
}

/// A light palette for print, whatever the app's colours are.
inline QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

inline const QString styleSheet =
    u"body { color: #202020; } h1 { font-size: 16pt; color: #8b1a1a; } "
    "h2 { font-size: 12pt; margin-top: 10px; } td, th { padding: 2px 6px; } "
    "th { text-align: left; background: #eeeeee; } .muted { color: #666666; }"_s;

/// Lays out pages on a PDF writer: a running header and footer, headings,
/// charts as vector graphics and flowing HTML.
class PageWriter
{
public:
    PageWriter(QPdfWriter& pdf, QString header)
        : m_pdf(pdf)
        , m_painter(&pdf)
        , m_header(std::move(header))
    {
        const QRect page = m_pdf.pageLayout().paintRectPixels(m_pdf.resolution());
        m_content = QRectF(0, mm(12), page.width(), page.height() - mm(24));
        startPage(false);
    }

    int pages() const { return m_pages; }
    QPainter& painter() { return m_painter; }
    QRectF content() const { return m_content; }
    double mm(double millimetres) const { return millimetres * m_pdf.resolution() / 25.4; }

    void newPage() { startPage(true); }

    void heading(const QString& text)
    {
        QFont font(m_font);
        font.setPointSizeF(16);
        font.setBold(true);
        m_painter.setFont(font);
        m_painter.setPen(QColor(0x8b, 0x1a, 0x1a));
        const QRectF box(m_content.left(), m_y, m_content.width(), mm(10));
        m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += mm(13);
    }

    /// Draws `chart` (or, when empty, its empty state) across the content width.
    void chart(ProgressChart& chart, double heightMm)
    {
        const QRectF target(m_content.left(), m_y, m_content.width(), mm(heightMm));
        if (chart.isEmpty()) {
            m_painter.setPen(QPen(QColor(0xc0, 0xc0, 0xc0), mm(0.3)));
            m_painter.drawRect(target);
            html(u"<p><b>%1</b></p><p class=\"muted\">%2</p>"_s.arg(esc(chart.chart()->title()),
                                                                    esc(chart.emptyText())),
                 target.adjusted(mm(4), mm(4), -mm(4), -mm(4)));
        } else {
            // Scene units are screen pixels; scaling into the page keeps every line a vector.
            const QSizeF size(1000, 1000 * target.height() / target.width());
            QGraphicsScene scene;
            QChart* item = chart.release();
            scene.addItem(item);
            item->setGeometry(QRectF(QPointF(0, 0), size));
            scene.setSceneRect(QRectF(QPointF(0, 0), size));
            scene.render(&m_painter, target, scene.sceneRect(), Qt::KeepAspectRatio);
        }
        m_y = target.bottom() + mm(6);
    }

    /// Draws HTML into `box` without paginating; returns the height used.
    double html(const QString& text, const QRectF& box)
    {
        QTextDocument doc;
        prepare(doc, text, box.width());
        m_painter.save();
        m_painter.translate(box.topLeft());
        doc.drawContents(&m_painter, QRectF(QPointF(0, 0), box.size()));
        m_painter.restore();
        return doc.size().height();
    }

    /// Flows HTML from the current position over as many pages as it needs.
    void flow(const QString& text)
    {
        QTextDocument doc;
        prepare(doc, text, m_content.width());
        const double available = m_content.bottom() - m_y;
        doc.setPageSize(QSizeF(m_content.width(), available));
        // The first page may be partly used: lay out on full pages after it.
        const double pageHeight = available;
        const double total = doc.size().height();
        for (double top = 0; top < total - 1; top += pageHeight) {
            if (top > 0)
                newPage();
            m_painter.save();
            m_painter.translate(m_content.left(), m_y - top);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, top, m_content.width(), pageHeight);
            m_painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&m_painter, context);
            m_painter.restore();
        }
        m_y = m_content.bottom();
    }

    void text(const QString& line, double pointSize, bool bold = false,
              QColor colour = QColor(0x20, 0x20, 0x20))
    {
        QFont font(m_font);
        font.setPointSizeF(pointSize);
        font.setBold(bold);
        m_painter.setFont(font);
        m_painter.setPen(colour);
        const QRectF box(m_content.left(), m_y, m_content.width(), m_content.bottom() - m_y);
        const QRectF used = m_painter.boundingRect(box, Qt::TextWordWrap, line);
        m_painter.drawText(box, Qt::TextWordWrap, line);
        m_y += used.height() + mm(2);
    }

    void skip(double millimetres) { m_y += mm(millimetres); }
    double y() const { return m_y; }

private:
    void prepare(QTextDocument& doc, const QString& text, double width)
    {
        doc.documentLayout()->setPaintDevice(&m_pdf);
        doc.setDefaultFont(m_font);
        doc.setDefaultStyleSheet(styleSheet);
        doc.setDocumentMargin(0);
        doc.setTextWidth(width);
        doc.setHtml(text);
    }

    void startPage(bool next)
    {
        if (next)
            m_pdf.newPage();
        ++m_pages;
        m_y = m_content.top();
        QFont small(m_font);
        small.setPointSizeF(8);
        m_painter.setFont(small);
        m_painter.setPen(QColor(0x80, 0x80, 0x80));
        m_painter.drawText(QRectF(0, 0, m_content.width(), mm(8)), Qt::AlignLeft | Qt::AlignTop,
                           m_header);
        m_painter.drawText(
            QRectF(0, m_content.bottom() + mm(4), m_content.width(), mm(8)),
            Qt::AlignRight | Qt::AlignBottom,
            QCoreApplication::translate("rd::ui::CoachingReport", "Page %1").arg(m_pages));
    }

    QPdfWriter& m_pdf;
    QPainter m_painter;
    QString m_header;
    QFont m_font{QStringLiteral("DejaVu Sans"), 10};
    QRectF m_content;
    double m_y = 0;
    int m_pages = 0;
};

} // namespace rd::ui::report
