#pragma once

#include "ChartSpecs.h"
#include "coaching/Progress.h"

#include <QCoreApplication>
#include <QList>
#include <QPalette>
#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace rd::ui {

QList<ChartKind> allChartKinds();

/// The object name stem of a chart ("index", "levelMix"…): the page names its
/// widgets "<stem>Chart", "<stem>Empty" and "<stem>Export".
QString chartStem(ChartKind kind);

/// One chart of ProgressData, built once and refilled on every period or
/// person change. The QChart can be shown in a QChartView or rendered into a
/// PDF through a QGraphicsScene.
class ProgressChart final
{
    Q_DECLARE_TR_FUNCTIONS(rd::ui::ProgressChart)
    Q_DISABLE_COPY_MOVE(ProgressChart)

public:
    explicit ProgressChart(ChartKind kind);
    ~ProgressChart();

    ChartKind kind() const { return m_kind; }
    /// The chart, owned by this object until a QChartView takes it (see release()).
    QChart* chart() const { return m_chart; }
    /// Hands the chart to a view that will delete it.
    QChart* release();

    /// Refills every series from `data`. `subject` names who the chart is
    /// about ("Team" or a person), for the title.
    void update(const ProgressData& data, const QString& subject);
    /// Whether the last update() had anything to draw.
    bool isEmpty() const { return m_empty; }
    /// What to log to see this chart, for its empty state.
    QString emptyText() const;
    QString title() const;

    /// The index chart's seven component lines; hidden by default.
    void setComponentsVisible(bool visible);
    bool componentsVisible() const { return m_componentsVisible; }
    /// One month's figures in words, for the hover tooltip ("March 2026: index 64, …").
    QString monthSummary(int month) const;

    /// Colours from `palette`, so the chart follows light and dark mode.
    void applyPalette(const QPalette& palette);

    /// The number of series and of points (or bar values) drawn, for tests.
    int pointCount() const;
    QList<QAbstractSeries*> series() const;

private:
    void build();
    void retitleAxes();
    QLineSeries* addLine(const QString& name, QAbstractAxis* y, LineRole role = LineRole::Among,
                         QColor colour = {});
    QValueAxis* valueAxis(Qt::Alignment alignment);
    void setCategories(const QList<QDate>& months);
    /// Draws the last month lighter when it has only just begun, so a month
    /// of one day does not read as a drop.
    void markPartialMonth();
    void fitAxis(QValueAxis* axis, double max, double floor = 4);
    /// The board chart: one line per area, rebuilt when the areas change.
    void fillAreaLines(const ProgressData& data);

    ChartKind m_kind;
    const ChartSpec& m_spec;
    /// Each series of the spec and what shows it.
    struct Built
    {
        const SeriesSpec* spec;
        QLineSeries* line;
        QBarSet* set;
    };
    QList<Built> m_built;
    QChart* m_chart;
    bool m_owned = true;
    bool m_empty = true;
    bool m_componentsVisible = false;
    QString m_subject;
    ProgressData m_data;
    QBarCategoryAxis* m_months = nullptr;
    QValueAxis* m_left = nullptr;
    QValueAxis* m_right = nullptr;
    QList<QLineSeries*> m_lines;
    QList<QBarSet*> m_sets;
    /// Chosen where each series is made, from the theme.
    QHash<QBarSet*, QColor> m_setColours;
    QHash<QLineSeries*, std::pair<LineRole, QColor>> m_lineLooks;
    QStringList m_areas; ///< the board chart's series, one per area
};

/// The labels of the charts' category axis: "jan", or "jan ’26" when a month
/// comes round twice.
QStringList monthLabels(const QList<QDate>& months);

} // namespace rd::ui
