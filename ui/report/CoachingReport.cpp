#include "CoachingReport.h"

#include "coaching/Anonymous.h"
#include "coaching/Journal.h"
#include "coaching/RuleNames.h"
#include "storage/SafeFile.h"
#include "i18n/LocalDate.h"
#include "progress/ProgressChart.h"

#include <cmath>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString number(std::optional<double> value)
{
    // llround, as shownChange() rounds: printf's "%.0f" rounds 52.5 to 52.
    return value ? QLocale().toString(std::llround(*value)) : u"–"_s;
}

/// The change between two figures as the reader sees them: from the rounded
/// numbers shown beside it, so that "52 → 69" reads +17, never +16.
QString shownChange(const ProgressSummary::Change& change)
{
    const std::optional<long long> shown = change.shownDelta();
    if (!shown)
        return u"–"_s;
    const long long delta = *shown;
    const QString text = QLocale().toString(std::abs(delta));
    return delta > 0 ? u"+"_s + text : delta < 0 ? u"−"_s + text : u"±0"_s;
}

/// A light palette for print, whatever the app's colours are.
QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    return palette;
}

const QString styleSheet =
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
        m_painter.drawText(QRectF(0, m_content.bottom() + mm(4), m_content.width(), mm(8)),
                           Qt::AlignRight | Qt::AlignBottom,
                           CoachingReport::tr("Page %1").arg(m_pages));
    }

    QPdfWriter& m_pdf;
    QPainter m_painter;
    QString m_header;
    QFont m_font{QStringLiteral("DejaVu Sans"), 10};
    QRectF m_content;
    double m_y = 0;
    int m_pages = 0;
};

} // namespace

CoachingReport::CoachingReport(const TeamLog& log, QList<Prompt> openPrompts,
                               QList<RaisedPrompt> history, ReportOptions options)
    : m_log(options.anonymize ? withAnonymousNames(log) : log)
    , m_prompts(std::move(openPrompts))
    , m_history(std::move(history))
    , m_options(std::move(options))
{}

QStringList CoachingReport::headings()
{
    return {tr("Coaching report"),        tr("Summary: what improved and what to work on next"),
            tr("Facilitation index"),     tr("Delegation"),
            tr("Recognition and rhythm"), tr("Follow-through on prompts"),
            tr("Open prompts by lever"),  tr("Journal of done prompts")};
}

QString CoachingReport::personName(const QString& personId) const
{
    if (personId.isEmpty())
        return tr("Team");
    const Person* person = m_log.person(personId);
    return person ? person->name : personId;
}

QString CoachingReport::subject() const
{
    return m_options.query.personId.isEmpty() ? tr("Whole team")
                                              : personName(m_options.query.personId);
}

int CoachingReport::write(const QString& path) const
{
    int pages = 0;
    writeFileSafely(path, render(&pages));
    return pages;
}

QByteArray CoachingReport::render(int* pageCount) const
{
    const ProgressQuery& query = m_options.query;
    const ProgressData data = computeProgress(m_log, query, m_history);
    const ProgressSummary summary = summariseProgress(m_log, query);
    const QStringList heading = headings();
    const QString period =
        tr("%1 to %2").arg(localMonth(data.months.value(0)), localDate(query.to));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(18, 14, 18, 14), QPageLayout::Millimeter);
    pdf.setTitle(tr("Rode Draad coaching report"));
    pdf.setCreator(u"Rode Draad"_s);

    PageWriter out(pdf, tr("Rode Draad · coaching report · %1 · %2").arg(subject(), period));

    // Cover.
    out.skip(40);
    out.text(heading.at(0), 28, true, QColor(0x8b, 0x1a, 0x1a));
    out.text(tr("From control to facilitation"), 16);
    out.skip(10);
    out.text(tr("Period: %1").arg(period), 12);
    out.text(tr("For: %1").arg(subject()), 12);
    out.text(tr("Facilitation index: %1 in the first quarter, %2 in the last (%3).")
                 .arg(number(summary.index.first), number(summary.index.last),
                      shownChange(summary.index)),
             12);
    out.skip(10);
    out.text(tr("The figures describe what the manager does (how much they talk, how far they "
                "delegate, whether they recognise attempts), never how team members score. "
                "Measure to learn, not to control."),
             10);
    if (m_options.anonymize) {
        out.text(tr("Anonymised: names are replaced by letters, and notes, summaries, titles, "
                    "descriptions and reflections are left out. Only figures and rule ids "
                    "remain."),
                 10, true);
    }

    // Summary.
    out.newPage();
    out.heading(heading.at(1));
    QString html =
        u"<p>"_s +
        tr("First quarter: %1 to %2. Last quarter: %3 to %4.")
            .arg(localDate(summary.firstFrom), localDate(summary.firstTo),
                 localDate(summary.lastFrom), localDate(summary.lastTo)) +
        u"</p><table cellspacing=\"0\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_s.arg(
            tr("Figure"), tr("First quarter"), tr("Last quarter"), tr("Change"));
    auto row = [](const QString& name, const ProgressSummary::Change& c,
                  bool bold = false) -> QString {
        const QString cell = bold ? u"<td><b>%1</b></td>"_s : u"<td>%1</td>"_s;
        return u"<tr>"_s + cell.arg(esc(name)) + cell.arg(number(c.first)) +
               cell.arg(number(c.last)) + cell.arg(shownChange(c)) + u"</tr>"_s;
    };
    html += row(tr("Facilitation index"), summary.index, true);
    for (int c = 0; c < IndexComponentCount; ++c)
        html += row(componentLabel(IndexComponent(c)), summary.components.at(size_t(c)));
    html += u"</table>"_s;
    auto list = [](const QList<IndexComponent>& components) {
        QStringList names;
        for (IndexComponent c : components)
            names << esc(componentLabel(c));
        return names.join(u", "_s);
    };
    html += u"<h2>%1</h2><p>%2</p>"_s.arg(
        tr("What improved"),
        summary.improved.isEmpty()
            ? tr("No component rose by %1 points or more.").arg(ProgressSummary::threshold)
            : list(summary.improved));
    html += u"<h2>%1</h2><p>%2</p>"_s.arg(tr("What to work on next"),
                                          summary.workOn.isEmpty() ? tr("Not enough data yet.")
                                                                   : list(summary.workOn));
    if (!summary.people.isEmpty()) {
        // A page of names helps nobody: beyond 20 people, the biggest rises and falls.
        QList<ProgressSummary::PersonChange> shown = summary.people;
        QString note;
        if (shown.size() > 20) {
            QList<ProgressSummary::PersonChange> changed;
            for (const auto& p : std::as_const(shown)) {
                if (p.index.delta())
                    changed << p;
            }
            std::stable_sort(changed.begin(), changed.end(), [](const auto& x, const auto& y) {
                return *x.index.delta() > *y.index.delta();
            });
            shown = changed.mid(0, 10);
            for (qsizetype n = std::max<qsizetype>(10, changed.size() - 10); n < changed.size();
                 ++n)
                shown << changed.at(n);
            note = u"<p class=\"muted\">%1</p>"_s.arg(
                tr("The ten biggest rises and the ten biggest falls of %n team members.", nullptr,
                   int(summary.people.size())));
        }
        html += u"<h2>%1</h2>%2<table cellspacing=\"0\"><tr><th>%3</th><th>%4</th><th>%5</th>"
                "<th>%6</th></tr>"_s.arg(tr("Index per person"), note, tr("Person"),
                                         tr("First quarter"), tr("Last quarter"), tr("Change"));
        for (const ProgressSummary::PersonChange& p : std::as_const(shown))
            html += row(personName(p.personId), p.index);
        html += u"</table>"_s;
    }
    out.flow(html);

    // The charts.
    auto chart = [&](ChartKind kind, double height, bool components = false) {
        ProgressChart c(kind);
        c.applyPalette(printPalette());
        c.update(data, subject());
        c.setComponentsVisible(components);
        out.chart(c, height);
    };
    out.newPage();
    out.heading(heading.at(2));
    chart(ChartKind::Index, 105, true);
    QString table =
        u"<table cellspacing=\"0\" style=\"font-size: 8pt\"><tr><th>%1</th><th>%2</th>"_s.arg(
            tr("Month"), tr("Index"));
    for (int c = 0; c < IndexComponentCount; ++c)
        table += u"<th>%1</th>"_s.arg(esc(componentLabel(IndexComponent(c))));
    table += u"</tr>"_s;
    for (const IndexMonth& m : data.index) {
        table += u"<tr><td>%1</td><td><b>%2</b></td>"_s.arg(localMonth(m.month), number(m.index));
        for (int c = 0; c < IndexComponentCount; ++c)
            table += u"<td>%1</td>"_s.arg(number(m.component(IndexComponent(c))));
        table += u"</tr>"_s;
    }
    table += u"</table>"_s;
    out.flow(table);

    out.newPage();
    out.heading(heading.at(3));
    chart(ChartKind::LevelMix, 110);
    chart(ChartKind::Board, 110);
    out.newPage();
    out.heading(heading.at(4));
    chart(ChartKind::Recognition, 110);
    chart(ChartKind::Rhythm, 110);
    out.newPage();
    out.heading(heading.at(5));
    chart(ChartKind::FollowThrough, 110);
    out.text(tr("Raised counts each prompt once, in the month it first appeared. Done, snoozed "
                "and dismissed count what the manager did with prompts that month."),
             9, false, QColor(0x60, 0x60, 0x60));

    // Open prompts by lever.
    out.newPage();
    out.heading(heading.at(6));
    html.clear();
    // One paragraph per prompt: what the logs show (the title carries the
    // figures), for whom, and the question and action. The evidence lists stay
    // in the app. A large team's hundreds of prompts are grouped by rule
    // instead, with the people each rule concerns: what a coach can read.
    QList<const Prompt*> shown;
    for (const Prompt& p : m_prompts) {
        if (query.personId.isEmpty() || p.personId == query.personId)
            shown << &p;
    }
    const bool grouped = shown.size() > groupPromptsAbove;
    if (grouped) {
        html += u"<p class=\"muted\">%1</p>"_s.arg(
            tr("%n open prompts, grouped by rule.", nullptr, int(shown.size())));
    }
    for (Lever lever : allValues<Lever>()) {
        QString items;
        int count = 0;
        QStringList rules;                  // in the engine's order of first appearance
        QHash<QString, QStringList> people; // rule → who it concerns
        for (const Prompt* p : std::as_const(shown)) {
            if (p->lever != lever)
                continue;
            ++count;
            if (grouped) {
                if (!people.contains(p->rule))
                    rules << p->rule;
                people[p->rule] << personName(p->personId);
            } else if (m_options.anonymize) {
                items += u"<p><b>%1</b> (%2) · %3 · %4</p>"_s.arg(
                    esc(p->rule), esc(ruleName(p->rule)), esc(personName(p->personId)),
                    esc(label(p->severity)));
            } else {
                items += u"<p><b>%1</b> · %2 · %3<br/><i>%4</i> %5 <i>%6</i> %7</p>"_s.arg(
                    esc(p->title), esc(personName(p->personId)), esc(label(p->severity)),
                    esc(tr("Ask:")), esc(p->question), esc(tr("Step:")), esc(p->action));
            }
        }
        for (const QString& rule : std::as_const(rules)) {
            QStringList who = people.value(rule);
            who.removeDuplicates();
            items += u"<p><b>%1</b> (%2) · %3<br/>%4</p>"_s.arg(
                esc(ruleName(rule)), esc(rule),
                tr("%n open", nullptr, int(people.value(rule).size())), esc(who.join(u", "_s)));
        }
        html += u"<h2>%1 (%2)</h2>"_s.arg(esc(label(lever))).arg(count);
        html +=
            items.isEmpty() ? u"<p class=\"muted\">%1</p>"_s.arg(tr("No open prompts.")) : items;
    }
    out.flow(html);

    // The journal.
    out.newPage();
    out.heading(heading.at(7));
    html.clear();
    int entries = 0;
    for (const JournalEntry& e : learningJournal(m_log)) {
        if (e.on < data.months.value(0) || e.on > query.to ||
            (!query.personId.isEmpty() && e.personId != query.personId))
            continue;
        ++entries;
        html += u"<p><b>%1</b> · %2 (%3) · %4"_s.arg(localDate(e.on), esc(ruleName(e.rule)),
                                                     esc(e.rule), esc(personName(e.personId)));
        if (!m_options.anonymize && !e.reflection.isEmpty())
            html += u"<br/>%1"_s.arg(esc(e.reflection));
        html += u"</p>"_s;
    }
    if (entries == 0)
        html =
            u"<p class=\"muted\">%1</p>"_s.arg(tr("No prompts were marked done in this period."));
    out.flow(html);

    const int pages = out.pages();
    out.painter().end();
    if (pageCount)
        *pageCount = pages;
    return bytes;
}

} // namespace rd::ui
