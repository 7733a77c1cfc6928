#pragma once

#include "FacilitationIndex.h"
#include "Prompt.h"

#include <array>
#include <optional>
#include <QDate>
#include <QList>
#include <QString>

namespace rd {

class PromptEngine;

/// What the progress charts show: a range of whole months and the team or one person.
struct ProgressQuery
{
    QDate from;       ///< any day of the first month
    QDate to;         ///< any day of the last month; also the "as of" date
    QString personId; ///< empty for the whole team
};

/// The period presets of the Progress page: the last `months` months up to
/// `asOf`, or (with `months` 0) everything since the first logged month.
ProgressQuery progressPeriod(int months, QDate asOf, QDate firstLogged, QString personId = {});

/// Decisions logged in one month, by delegation level (index 0 is "tell").
struct LevelMixMonth
{
    QDate month;
    std::array<int, LevelCount> decisions{}; ///< per level, MinLevel first
    std::optional<double> meanLevel;         ///< MinLevel..MaxLevel; none without decisions

    int total() const;
    friend bool operator==(const LevelMixMonth&, const LevelMixMonth&) = default;
};

/// One decision area of the delegation board over time: the agreed level at
/// the end of each month (the mean over the people shown), or none before any
/// agreement in that area.
struct BoardTrack
{
    QString area;
    QList<std::optional<double>> levels; ///< one per month of the query
    friend bool operator==(const BoardTrack&, const BoardTrack&) = default;
};

/// Recognitions given in one month, split by what they rewarded.
struct RecognitionMonth
{
    QDate month;
    int initiative = 0;
    int compliance = 0;
    std::optional<double> medianDays; ///< from the initiative to its recognition
    int failedOrPartial = 0;          ///< recognised attempts that did not (fully) work
    friend bool operator==(const RecognitionMonth&, const RecognitionMonth&) = default;
};

/// One-on-ones in one month against the cadence.
struct RhythmMonth
{
    QDate month;
    int held = 0;
    int moved = 0;
    int cancelled = 0;
    double due = 0; ///< expected by each person's cadence, up to "as of" (a fraction)
    std::optional<double> talkShare;       ///< mean of the manager's talk share, percent
    std::optional<double> agendaOwnership; ///< percent of agenda items raised by members
    friend bool operator==(const RhythmMonth&, const RhythmMonth&) = default;
};

/// What happened to prompts in one month.
struct FollowThroughMonth
{
    QDate month;
    int raised = 0;
    int done = 0;
    int snoozed = 0;
    int dismissed = 0;
    friend bool operator==(const FollowThroughMonth&, const FollowThroughMonth&) = default;
};

/// A prompt as first seen at a month's end, for the follow-through chart.
struct RaisedPrompt
{
    QString key;
    QString rule;
    QString personId;
    Lever lever = Lever::CoachNotControl;
    QDate month; ///< the first month whose end evaluation showed it
    friend bool operator==(const RaisedPrompt&, const RaisedPrompt&) = default;
};

/// Replays the engine at the end of every month from `from` to `asOf` and
/// returns each prompt once, at the month it first appeared. Pure, and the
/// costly part of the progress data (one evaluation per month), so callers
/// compute it once per change of the logs and reuse it across queries. It runs
/// on the calling thread; the app's prompt service spreads the months over
/// its pool with the three steps below.
QList<RaisedPrompt> promptHistory(const PromptEngine& engine, const TeamLog& log, QDate from,
                                  QDate asOf);
/// The first day of every month from `from` to `asOf`; empty when either is invalid.
QList<QDate> historyMonths(QDate from, QDate asOf);
/// The prompts the engine shows at the end of `month` (or at `asOf`, if sooner).
QList<RaisedPrompt> raisedInMonth(const PromptEngine& engine, const TeamLog& log, QDate month,
                                  QDate asOf);
/// Each prompt once, at the first month that raised it (`perMonth` in month order).
QList<RaisedPrompt> firstRaised(const QList<QList<RaisedPrompt>>& perMonth);

/// Every series of the Progress page and the coaching report, month by month.
struct ProgressData
{
    QList<QDate> months; ///< the first day of each month in the query
    QDate asOf;          ///< the query's last day: the last month counts up to it
    QList<IndexMonth> index;
    QList<LevelMixMonth> levelMix;
    QList<BoardTrack> board;
    QList<RecognitionMonth> recognition;
    QList<RhythmMonth> rhythm;
    QList<FollowThroughMonth> followThrough;

    bool hasIndex() const;
    bool hasDecisions() const;
    bool hasBoard() const;
    bool hasRecognitions() const;
    bool hasMeetings() const;
    bool hasPromptActivity() const;
    friend bool operator==(const ProgressData&, const ProgressData&) = default;
};

/// Computes the chart data for `query` from the logs and a prompt history.
/// Pure: the same input gives the same output.
ProgressData computeProgress(const TeamLog& log, const ProgressQuery& query,
                             const QList<RaisedPrompt>& history);

/// The months of `data` from `from`'s month to `to`'s month, as computeProgress()
/// would give them for that shorter period: every month is computed on its own,
/// so a view can compute a long range once and switch periods by slicing. Board
/// areas without any level in the slice are left out. `data` must cover the range.
ProgressData sliceProgress(const ProgressData& data, QDate from, QDate to);

/// The first and last quarter of a period compared, for the report's summary.
struct ProgressSummary
{
    struct Change
    {
        std::optional<double> first;
        std::optional<double> last;
        std::optional<double> delta() const;
        /// The change between the figures as shown, rounded to whole points
        /// (half away from zero): 52.4 → 68.6 is shown as 52 → 69, a change of 17.
        std::optional<long long> shownDelta() const;
    };
    struct PersonChange
    {
        QString personId;
        Change index;
    };

    QDate firstFrom, firstTo; ///< the first quarter (or fewer months in a short period)
    QDate lastFrom, lastTo;
    Change index;
    std::array<Change, IndexComponentCount> components;
    QList<IndexComponent> improved; ///< up by at least `threshold` points, biggest first
    QList<IndexComponent> workOn;   ///< down by at least `threshold`, else the weakest now
    QList<PersonChange> people;     ///< the index per active person, in the log's order

    static constexpr double threshold = 5.0;
};

/// Compares the first and last quarter of `query`'s period: the index, its
/// components and each person's index.
ProgressSummary summariseProgress(const TeamLog& log, const ProgressQuery& query);

} // namespace rd
