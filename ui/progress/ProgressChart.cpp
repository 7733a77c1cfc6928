#include "ProgressChart.h"

#include "Theme.h"

#include <algorithm>
#include <cmath>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetrics>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {

/// All points in one call per series: a point-by-point append relayouts the
/// chart on every point.
void fillLine(QLineSeries* line, const QList<std::optional<double>>& values)
{
    QList<QPointF> points;
    points.reserve(values.size());
    for (qsizetype n = 0; n < values.size(); ++n) {
        if (values.at(n))
            points.append(QPointF(double(n), *values.at(n)));
    }
    line->replace(points);
}

void fillBars(QBarSet* set, const QList<qreal>& values)
{
    set->remove(0, set->count());
    set->append(values);
}

} // namespace

QList<ChartKind> allChartKinds()
{
    // The board right under the index: together they tell who gained room, and when.
    return {ChartKind::Index,       ChartKind::Board,  ChartKind::LevelMix,
            ChartKind::Recognition, ChartKind::Rhythm, ChartKind::FollowThrough};
}

QString chartStem(ChartKind kind)
{
    return chartSpec(kind).stem;
}

QStringList monthLabels(const QList<QDate>& months)
{
    // "jan", "mrt": the locale's short name without its abbreviation dot, the
    // axis title carrying the years. A month that comes round twice needs its
    // year ("jan ’26"; "jun 25" would read as the 25th of June): a category
    // axis keeps one category per label.
    const QLocale locale;
    const bool repeats = months.size() > 12;
    QStringList labels;
    labels.reserve(months.size());
    for (const QDate& month : months) {
        QString name = locale.toString(month, u"MMM"_s);
        if (name.endsWith(u'.'))
            name.chop(1);
        labels << (repeats ? name + u" ’"_s + locale.toString(month, u"yy"_s) : name);
    }
    return labels;
}

ProgressChart::ProgressChart(ChartKind kind)
    : m_kind(kind)
    , m_spec(chartSpec(kind))
    , m_chart(new QChart)
{
    m_chart->setObjectName(chartStem(kind) + u"QChart"_s);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    build();
    // Month labels stand up when they would not fit side by side (Qt would
    // cut them to "a…"): decided on the real plot width, whenever it changes.
    // Captures only what the chart owns, since a released chart outlives this.
    QBarCategoryAxis* months = m_months;
    QObject::connect(m_chart, &QChart::plotAreaChanged, m_chart, [months](const QRectF& area) {
        const QFontMetrics metrics(months->labelsFont());
        int widest = 0;
        for (const QString& label : months->categories())
            widest = std::max(widest, metrics.horizontalAdvance(label));
        const int count = std::max(1, int(months->count()));
        const int angle = area.width() / count < widest + metrics.averageCharWidth() ? -90 : 0;
        if (months->labelsAngle() != angle)
            months->setLabelsAngle(angle);
    });
}

ProgressChart::~ProgressChart()
{
    if (m_owned)
        delete m_chart;
}

QChart* ProgressChart::release()
{
    m_owned = false;
    return m_chart;
}

QValueAxis* ProgressChart::valueAxis(Qt::Alignment alignment)
{
    auto* axis = new QValueAxis;
    axis->setLabelFormat(u"%g"_s);
    m_chart->addAxis(axis, alignment);
    return axis;
}

QLineSeries* ProgressChart::addLine(const QString& name, QAbstractAxis* y, LineRole role,
                                    QColor colour)
{
    auto* line = new QLineSeries;
    line->setObjectName(name);
    line->setPointsVisible(true);
    m_chart->addSeries(line);
    line->attachAxis(m_months);
    line->attachAxis(y);
    m_lines << line;
    m_lineLooks.insert(line, {role, colour});
    return line;
}

void ProgressChart::build()
{
    m_months = new QBarCategoryAxis;
    m_chart->addAxis(m_months, Qt::AlignBottom);
    auto axis = [this](const AxisSpec& spec, Qt::Alignment alignment) {
        QValueAxis* made = valueAxis(alignment);
        made->setTickCount(spec.ticks);
        if (spec.range)
            made->setRange(spec.range->first, spec.range->second);
        return made;
    };
    m_left = axis(m_spec.left, Qt::AlignLeft);
    if (m_spec.right.title)
        m_right = axis(m_spec.right, Qt::AlignRight);

    QAbstractBarSeries* barSeries = nullptr;
    for (const SeriesSpec& series : m_spec.series) {
        if (!series.bar)
            continue;
        if (!barSeries)
            barSeries = m_spec.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                       : new QBarSeries;
        auto* set = new QBarSet(QString());
        set->setObjectName(series.id);
        barSeries->append(set);
        m_sets << set;
        m_setColours.insert(set, series.colour);
        m_built << Built{&series, nullptr, set};
    }
    if (barSeries) {
        m_chart->addSeries(barSeries);
        barSeries->attachAxis(m_months);
        barSeries->attachAxis(m_left);
    }
    for (const SeriesSpec& series : m_spec.series) {
        if (series.bar)
            continue;
        QLineSeries* line =
            addLine(series.id, series.onRight ? m_right : m_left, series.role, series.colour);
        m_built << Built{&series, line, nullptr};
    }
    setComponentsVisible(false);
    m_chart->legend()->setAlignment(m_spec.legendBeside ? Qt::AlignRight : Qt::AlignBottom);
    applyPalette(QPalette());
}

void ProgressChart::setCategories(const QList<QDate>& months)
{
    const QStringList labels = monthLabels(months);
    if (m_months->categories() != labels)
        m_months->setCategories(labels);
    // Beyond about a year the labels would be cut off side by side: stand them
    // up (plotAreaChanged then decides on the real width).
    const int angle = months.size() > 14 ? -90 : 0;
    if (m_months->labelsAngle() != angle)
        m_months->setLabelsAngle(angle);
}

void ProgressChart::fitAxis(QValueAxis* axis, double max, double floor)
{
    // Four intervals of 1, 2 or 5 times a power of ten, with a little headroom.
    // Computed here rather than with applyNiceNumbers(): every axis change
    // relayouts the chart, so the range is set once, and only when it differs.
    const double wanted = std::max(floor, max * 1.05) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(wanted)));
    double step = magnitude;
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= wanted)
            break;
    }
    const double top = 4 * step;
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
}

void ProgressChart::update(const ProgressData& data, const QString& subject)
{
    m_data = data;
    m_subject = subject;
    setCategories(data.months);
    m_empty = !m_spec.hasData(data);
    for (const Built& built : std::as_const(m_built)) {
        const MonthValues values = built.spec->values(data);
        if (built.line) {
            fillLine(built.line, values);
        } else {
            QList<qreal> bars;
            bars.reserve(values.size());
            for (const std::optional<double>& v : values)
                bars << v.value_or(0);
            fillBars(built.set, bars);
        }
    }
    if (m_spec.linePerArea)
        fillAreaLines(data);
    if (m_spec.left.fitTo)
        fitAxis(m_left, m_spec.left.fitTo(data), m_spec.left.floor);
    if (m_right && m_spec.right.fitTo)
        fitAxis(m_right, m_spec.right.fitTo(data), m_spec.right.floor);
    markPartialMonth();
    retitleAxes();
}

void ProgressChart::fillAreaLines(const ProgressData& data)
{
    QStringList areas;
    for (const BoardTrack& t : data.board)
        areas << t.area;
    if (areas != m_areas) {
        // A different set of areas: one line per area, rebuilt.
        for (QLineSeries* l : std::as_const(m_lines)) {
            m_chart->removeSeries(l);
            m_lineLooks.remove(l);
            delete l;
        }
        m_lines.clear();
        for (const QString& area : areas)
            addLine(area, m_left)->setName(area);
        m_areas = areas;
        applyPalette(m_chart->palette());
    }
    for (qsizetype n = 0; n < data.board.size(); ++n)
        fillLine(m_lines.at(n), data.board.at(n).levels);
}

void ProgressChart::markPartialMonth()
{
    const QList<QDate>& months = m_data.months;
    const bool partial = !months.isEmpty() && m_data.asOf.isValid() &&
                         m_data.asOf < months.last().addMonths(1).addDays(-1);
    const int last = int(months.size()) - 1;
    // Faded rather than lighter: lighter() leaves the black headline black.
    auto faded = [](QColor colour) {
        colour.setAlphaF(0.35);
        return colour;
    };
    for (QLineSeries* line : std::as_const(m_lines)) {
        line->clearPointsConfiguration();
        if (!partial || line->count() == 0 || line->at(line->count() - 1).x() != last)
            continue;
        line->setPointConfiguration(
            line->count() - 1, {{QXYSeries::PointConfiguration::Color, faded(line->color())},
                                {QXYSeries::PointConfiguration::Size, line->markerSize() + 2}});
    }
    for (QBarSet* set : std::as_const(m_sets)) {
        set->deselectAllBars();
        if (!partial || set->count() <= last)
            continue;
        set->setSelectedColor(faded(set->color()));
        set->selectBar(last);
    }
}

void ProgressChart::setComponentsVisible(bool visible)
{
    bool any = false;
    for (const Built& built : std::as_const(m_built)) {
        if (!built.line || !built.spec->onRequest)
            continue;
        any = true;
        built.line->setVisible(visible);
        for (QLegendMarker* marker : m_chart->legend()->markers(built.line))
            marker->setVisible(visible);
    }
    if (!any)
        return; // a chart without such series has nothing to show or hide
    m_componentsVisible = visible;
    m_chart->legend()->setAlignment(visible || m_spec.legendBeside ? Qt::AlignRight
                                                                   : Qt::AlignBottom);
}

void ProgressChart::applyPalette(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(text);
    QFont titleFont = m_chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(10.0, QFont().pointSizeF() * 1.15));
    m_chart->setTitleFont(titleFont);
    m_chart->legend()->setLabelColor(text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(dark ? 110 : 90);
    for (QAbstractAxis* axis : m_chart->axes()) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
        QFont font = axis->titleFont();
        font.setBold(false);
        axis->setTitleFont(font);
    }

    // Series colours: the control-to-facilitation scale for levels, a
    // qualitative set for the rest, stronger lines for the headline series.
    for (QBarSet* set : std::as_const(m_sets)) {
        const QColor colour = m_setColours.value(set);
        set->setColor(colour);
        set->setBorderColor(colour.darker(115));
        set->setLabelColor(text);
    }
    // Lines beside bars take colours no bar uses; lines among lines (the
    // board's areas, the index's components) alternate solid and dashed and
    // shrink their markers, so a line hidden under an equal one still shows
    // through the dashes and around the markers.
    int among = 0;
    for (QLineSeries* line : std::as_const(m_lines)) {
        const auto [role, own] = m_lineLooks.value(line);
        QColor colour = own;
        qreal width = 2.0;
        Qt::PenStyle style = Qt::SolidLine;
        qreal marker = 3.0; // Qt draws the point this much wider than the pen
        switch (role) {
        case LineRole::Headline:
        case LineRole::Due:
            colour = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x20, 0x20, 0x20);
            width = role == LineRole::Due ? 2.0 : 3.0;
            style = role == LineRole::Due ? Qt::DashLine : Qt::SolidLine;
            break;
        case LineRole::Beside:
            break;
        case LineRole::Among:
            colour = theme::qualitative(among);
            // Eight distinct looks: four marker sizes, solid then dashed, then swapped.
            style = (among + among / 4) % 2 ? Qt::DashLine : Qt::SolidLine;
            marker = 6.0 - 1.5 * (among % 4);
            ++among;
            break;
        }
        QPen pen(colour, width, style);
        pen.setCapStyle(Qt::RoundCap);
        line->setPen(pen);
        line->setColor(colour);
        line->setMarkerSize(marker);
    }
    m_chart->setPalette(palette);
    markPartialMonth(); // in the new colours
}

QList<QAbstractSeries*> ProgressChart::series() const
{
    return m_chart->series();
}

int ProgressChart::pointCount() const
{
    qsizetype points = 0;
    for (QLineSeries* line : m_lines)
        points += line->count();
    for (QBarSet* set : m_sets)
        points += set->count();
    return int(points);
}

} // namespace rd::ui
