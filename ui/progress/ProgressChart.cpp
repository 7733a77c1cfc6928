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

template <typename Month, typename F>
QList<std::optional<double>> column(const QList<Month>& months, F value)
{
    QList<std::optional<double>> values;
    values.reserve(months.size());
    for (const Month& m : months)
        values << value(m);
    return values;
}

template <typename Month, typename F>
QList<qreal> counts(const QList<Month>& months, F value)
{
    QList<qreal> values;
    values.reserve(months.size());
    for (const Month& m : months)
        values << qreal(value(m));
    return values;
}

double maxOf(const QList<std::optional<double>>& values)
{
    double max = 0;
    for (const auto& v : values)
        max = std::max(max, v.value_or(0));
    return max;
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
    switch (kind) {
    case ChartKind::Index:
        return u"index"_s;
    case ChartKind::LevelMix:
        return u"levelMix"_s;
    case ChartKind::Board:
        return u"board"_s;
    case ChartKind::Recognition:
        return u"recognition"_s;
    case ChartKind::Rhythm:
        return u"rhythm"_s;
    case ChartKind::FollowThrough:
        return u"followThrough"_s;
    }
    return {};
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
    m_left = valueAxis(Qt::AlignLeft);
    m_left->setTickCount(5);

    auto addBars = [this](QAbstractBarSeries* bars, const QList<std::pair<QString, QColor>>& sets) {
        for (const auto& [name, colour] : sets) {
            auto* set = new QBarSet(QString());
            set->setObjectName(name);
            bars->append(set);
            m_sets << set;
            m_setColours.insert(set, colour);
        }
        m_chart->addSeries(bars);
        bars->attachAxis(m_months);
        bars->attachAxis(m_left);
    };

    switch (m_kind) {
    case ChartKind::Index:
        m_left->setRange(0, 100);
        addLine(u"index"_s, m_left, LineRole::Headline);
        for (int c = 0; c < IndexComponentCount; ++c)
            addLine(componentId(IndexComponent(c)), m_left);
        setComponentsVisible(false);
        break;
    case ChartKind::LevelMix: {
        QList<std::pair<QString, QColor>> levels;
        for (DelegationLevel level : allValues<DelegationLevel>())
            levels.append({toId(level), theme::level(level)});
        addBars(new QStackedBarSeries, levels);
        m_right = valueAxis(Qt::AlignRight);
        m_right->setRange(MinLevel, MaxLevel);
        m_right->setTickCount(LevelCount);
        addLine(u"meanLevel"_s, m_right, LineRole::Headline);
        break;
    }
    case ChartKind::Board:
        m_left->setRange(MinLevel, MaxLevel);
        m_left->setTickCount(LevelCount);
        break;
    case ChartKind::Recognition:
        addBars(new QStackedBarSeries, {{toId(InitiativeKind::Initiative),
                                         theme::initiativeKind(InitiativeKind::Initiative)},
                                        {toId(InitiativeKind::Compliance),
                                         theme::initiativeKind(InitiativeKind::Compliance)}});
        addLine(u"failedOrPartial"_s, m_left, LineRole::Beside, theme::qualitative(3));
        m_right = valueAxis(Qt::AlignRight);
        m_right->setTickCount(5);
        addLine(u"medianDays"_s, m_right, LineRole::Beside, theme::qualitative(5));
        break;
    case ChartKind::Rhythm:
        addBars(new QStackedBarSeries,
                {{toId(MeetingStatus::Held), theme::meetingStatus(MeetingStatus::Held)},
                 {toId(MeetingStatus::Moved), theme::meetingStatus(MeetingStatus::Moved)},
                 {toId(MeetingStatus::Cancelled), theme::meetingStatus(MeetingStatus::Cancelled)}});
        addLine(u"due"_s, m_left, LineRole::Due);
        m_right = valueAxis(Qt::AlignRight);
        m_right->setRange(0, 100);
        m_right->setTickCount(5);
        addLine(u"talkShare"_s, m_right, LineRole::Beside, theme::qualitative(4));
        addLine(u"agendaOwnership"_s, m_right, LineRole::Beside, theme::qualitative(7));
        break;
    case ChartKind::FollowThrough:
        addBars(
            new QBarSeries,
            {{u"raised"_s, theme::promptsRaised()},
             {toId(PromptStateKind::Done), theme::promptState(PromptStateKind::Done)},
             {toId(PromptStateKind::Snoozed), theme::promptState(PromptStateKind::Snoozed)},
             {toId(PromptStateKind::Dismissed), theme::promptState(PromptStateKind::Dismissed)}});
        break;
    }
    // More than a few series, or long names, do not fit in one row under the
    // chart (Qt elides them): list them beside it instead.
    const bool beside = m_kind == ChartKind::Board || m_kind == ChartKind::LevelMix ||
                        m_kind == ChartKind::Recognition || m_kind == ChartKind::Rhythm;
    m_chart->legend()->setAlignment(beside ? Qt::AlignRight : Qt::AlignBottom);
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
    auto line = [this](const QString& id) {
        return *std::find_if(m_lines.cbegin(), m_lines.cend(),
                             [&id](QLineSeries* l) { return l->objectName() == id; });
    };
    auto set = [this](const QString& id) {
        return *std::find_if(m_sets.cbegin(), m_sets.cend(),
                             [&id](QBarSet* s) { return s->objectName() == id; });
    };

    switch (m_kind) {
    case ChartKind::Index:
        m_empty = !data.hasIndex();
        fillLine(line(u"index"_s), column(data.index, [](const IndexMonth& m) { return m.index; }));
        for (int c = 0; c < IndexComponentCount; ++c) {
            fillLine(line(componentId(IndexComponent(c))),
                     column(data.index,
                            [c](const IndexMonth& m) { return m.component(IndexComponent(c)); }));
        }
        break;
    case ChartKind::LevelMix: {
        m_empty = !data.hasDecisions();
        const QList<DelegationLevel> levels = allValues<DelegationLevel>();
        for (qsizetype n = 0; n < levels.size(); ++n) {
            fillBars(set(toId(levels.at(n))), counts(data.levelMix, [n](const LevelMixMonth& m) {
                         return m.decisions.at(size_t(n));
                     }));
        }
        fillLine(line(u"meanLevel"_s),
                 column(data.levelMix, [](const LevelMixMonth& m) { return m.meanLevel; }));
        double max = 0;
        for (const LevelMixMonth& m : data.levelMix)
            max = std::max(max, double(m.total()));
        fitAxis(m_left, max);
        break;
    }
    case ChartKind::Board: {
        m_empty = !data.hasBoard();
        QStringList areas;
        for (const BoardTrack& t : data.board)
            areas << t.area;
        if (areas != m_areas) {
            // A different set of areas: one line per area, rebuilt.
            for (QLineSeries* l : std::as_const(m_lines)) {
                m_chart->removeSeries(l);
                delete l;
            }
            m_lines.clear();
            for (const QString& area : areas) {
                QLineSeries* l = addLine(area, m_left);
                l->setName(area);
            }
            m_areas = areas;
            applyPalette(m_chart->palette());
        }
        for (qsizetype n = 0; n < data.board.size(); ++n)
            fillLine(m_lines.at(n), data.board.at(n).levels);
        break;
    }
    case ChartKind::Recognition: {
        m_empty = !data.hasRecognitions();
        fillBars(set(u"initiative"_s),
                 counts(data.recognition, [](const RecognitionMonth& m) { return m.initiative; }));
        fillBars(set(u"compliance"_s),
                 counts(data.recognition, [](const RecognitionMonth& m) { return m.compliance; }));
        const auto failed = column(data.recognition, [](const RecognitionMonth& m) {
            return std::optional<double>(m.failedOrPartial);
        });
        fillLine(line(u"failedOrPartial"_s), failed);
        const auto days =
            column(data.recognition, [](const RecognitionMonth& m) { return m.medianDays; });
        fillLine(line(u"medianDays"_s), days);
        double max = 0;
        for (const RecognitionMonth& m : data.recognition)
            max = std::max(max, double(m.initiative + m.compliance));
        fitAxis(m_left, max);
        fitAxis(m_right, maxOf(days), 7);
        break;
    }
    case ChartKind::Rhythm: {
        m_empty = !data.hasMeetings();
        fillBars(set(u"held"_s), counts(data.rhythm, [](const RhythmMonth& m) { return m.held; }));
        fillBars(set(u"moved"_s),
                 counts(data.rhythm, [](const RhythmMonth& m) { return m.moved; }));
        fillBars(set(u"cancelled"_s),
                 counts(data.rhythm, [](const RhythmMonth& m) { return m.cancelled; }));
        fillLine(line(u"due"_s), column(data.rhythm, [](const RhythmMonth& m) {
                     return std::optional<double>(m.due);
                 }));
        fillLine(line(u"talkShare"_s),
                 column(data.rhythm, [](const RhythmMonth& m) { return m.talkShare; }));
        fillLine(line(u"agendaOwnership"_s),
                 column(data.rhythm, [](const RhythmMonth& m) { return m.agendaOwnership; }));
        double max = 0;
        for (const RhythmMonth& m : data.rhythm)
            max = std::max({max, double(m.held + m.moved + m.cancelled), m.due});
        fitAxis(m_left, max);
        break;
    }
    case ChartKind::FollowThrough: {
        m_empty = !data.hasPromptActivity();
        fillBars(set(u"raised"_s),
                 counts(data.followThrough, [](const FollowThroughMonth& m) { return m.raised; }));
        fillBars(set(u"done"_s),
                 counts(data.followThrough, [](const FollowThroughMonth& m) { return m.done; }));
        fillBars(set(u"snoozed"_s),
                 counts(data.followThrough, [](const FollowThroughMonth& m) { return m.snoozed; }));
        fillBars(set(u"dismissed"_s), counts(data.followThrough, [](const FollowThroughMonth& m) {
                     return m.dismissed;
                 }));
        double max = 0;
        for (const FollowThroughMonth& m : data.followThrough)
            max = std::max(
                {max, double(m.raised), double(m.done), double(m.snoozed), double(m.dismissed)});
        fitAxis(m_left, max);
        break;
    }
    }
    markPartialMonth();
    retitleAxes();
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
    if (m_kind != ChartKind::Index)
        return;
    m_componentsVisible = visible;
    for (QLineSeries* line : std::as_const(m_lines)) {
        if (m_lineLooks.value(line).first == LineRole::Headline)
            continue;
        line->setVisible(visible);
        for (QLegendMarker* marker : m_chart->legend()->markers(line))
            marker->setVisible(visible);
    }
    m_chart->legend()->setAlignment(visible ? Qt::AlignRight : Qt::AlignBottom);
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
