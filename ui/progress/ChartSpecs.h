#pragma once

#include "coaching/Progress.h"

#include <functional>
#include <optional>
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd::ui {

/// The charts of the Progress page and the coaching report.
enum class ChartKind
{
    Index,
    LevelMix,
    Board,
    Recognition,
    Rhythm,
    FollowThrough
};
constexpr int ChartKindCount = 6;

/// How a line is drawn: the chart's headline (strong, in the text's colour;
/// `Due` dashed), a line beside bars (its own colour), or one line among many
/// (a qualitative colour, solid and dashed in turn).
enum class LineRole
{
    Headline,
    Due,
    Beside,
    Among
};

/// A value per month; a month without one draws no point.
using MonthValues = QList<std::optional<double>>;

/// One series of a chart.
struct SeriesSpec
{
    QString id;                    ///< its object name, stable across languages
    std::function<QString()> name; ///< the legend's words, in the current language
    bool bar = false;              ///< a bar set in the chart's bar series; else a line
    bool onRight = false;          ///< a line on the right axis
    LineRole role = LineRole::Among;
    QColor colour; ///< for bars and Beside lines, from the theme
    std::function<MonthValues(const ProgressData&)> values;
    /// Hidden until the reader asks (the index's components): setComponentsVisible().
    bool onRequest = false;
};

/// A value axis: its title, and either a fixed range or the largest value it
/// must fit.
struct AxisSpec
{
    std::function<QString()> title; ///< none: the chart has no such axis (the right one)
    std::optional<std::pair<double, double>> range;
    int ticks = 5;
    std::function<double(const ProgressData&)> fitTo;
    double floor = 4; ///< the smallest top a fitted axis gets
};

/// What one chart shows and says: built once by ProgressChart, filled on
/// every update. A table of these, one per ChartKind, replaces a switch on
/// the kind in every method.
struct ChartSpec
{
    QString stem; ///< "index", "levelMix"…: the object names of its widgets
    std::function<QString()> title;
    std::function<QString()> emptyText;
    AxisSpec left, right;
    bool stacked = true;       ///< bars stacked, else side by side
    bool legendBeside = false; ///< more than a few series, or long names
    QList<SeriesSpec> series;
    /// One line per delegation-board area, made from the data (the board chart).
    bool linePerArea = false;
    std::function<bool(const ProgressData&)> hasData;
    /// One month's figures in words, for the hover tooltip.
    std::function<QStringList(const ProgressData&, int month)> monthParts;
};

const ChartSpec& chartSpec(ChartKind kind);

} // namespace rd::ui
