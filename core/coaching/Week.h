#pragma once

#include "domain/TeamLog.h"
#include "Prompt.h"

#include <optional>

namespace rd {

class CoachingSnapshot;

/// When a team member's next one-on-one is due, as the home page groups them.
enum class DueWhen
{
    Overdue,
    Today,
    ThisWeek, ///< after today, up to and including Sunday of the "as of" week
    Later
};

/// The next one-on-one with one active team member.
template <>
struct EnumTraits<DueWhen>
{
    static constexpr std::array<EnumEntry<DueWhen>, 4> entries{{
        {DueWhen::Overdue, "overdue", QT_TRANSLATE_NOOP("rd::Enum", "Overdue")},
        {DueWhen::Today, "today", QT_TRANSLATE_NOOP("rd::Enum", "Today")},
        {DueWhen::ThisWeek, "this-week", QT_TRANSLATE_NOOP("rd::Enum", "This week")},
        {DueWhen::Later, "later", QT_TRANSLATE_NOOP("rd::Enum", "Later")},
    }};
};

struct NextOneOnOne
{
    QString personId;
    QString personName;
    /// The planned day when one is planned (see `planned`); else `suggested`.
    QDate due;
    /// What the cadence suggests: the last held one-on-one plus the cadence;
    /// with none held, the day they joined (the first one is due at once), or
    /// the "as of" date when unknown.
    QDate suggested;
    /// The first open plan on or after the "as of" date, if there is one.
    std::optional<PlannedOneOnOne> planned;
    qint64 daysUntil = 0; ///< negative when overdue
    DueWhen when = DueWhen::Later;
    std::optional<QDate> lastHeld;
    /// Open action items (both sides) and agenda items not covered last time.
    int openItems = 0;

    friend bool operator==(const NextOneOnOne&, const NextOneOnOne&) = default;
};

/// A prompt the home page puts first, with the age of its evidence.
struct FocusPrompt
{
    Prompt prompt;
    qint64 evidenceAgeDays = 0; ///< days from Prompt::evidenceOn to the "as of" date
    bool stale = false;         ///< older than StaleEvidenceDays: ranked one severity lower

    friend bool operator==(const FocusPrompt&, const FocusPrompt&) = default;
};

/// Something worth acknowledging: progress, not an alarm.
enum class WinKind
{
    TrustGrowing,     ///< the trust-growing prompt: decisions or the board moved up
    Recognised,       ///< an initiative the manager recognised
    DecisionWentWell, ///< a decision at advise or above that succeeded
};

template <>
struct EnumTraits<WinKind>
{
    static constexpr std::array<EnumEntry<WinKind>, 3> entries{{
        {WinKind::TrustGrowing, "trust-growing", QT_TRANSLATE_NOOP("rd::Enum", "Trust growing")},
        {WinKind::Recognised, "recognised", QT_TRANSLATE_NOOP("rd::Enum", "Initiative recognised")},
        {WinKind::DecisionWentWell, "decision-went-well",
         QT_TRANSLATE_NOOP("rd::Enum", "Delegated decision went well")},
    }};
};

struct Win
{
    WinKind kind = WinKind::Recognised;
    QString personId;
    QString personName;
    QDate date;
    QString text; ///< the initiative, the decision's title, or the prompt's title

    friend bool operator==(const Win&, const Win&) = default;
};

/// The first week with a new team: each step done once the logs show it.
struct FirstWeek
{
    bool peopleAdded = false;    ///< at least one active team member
    bool areaAgreed = false;     ///< a cell on the delegation board
    bool oneOnOneLogged = false; ///< a held one-on-one
    bool decisionLogged = false; ///< a delegated decision
    bool initiativeRecognised = false;

    bool done() const
    {
        return peopleAdded && areaAgreed && oneOnOneLogged && decisionLogged &&
               initiativeRecognised;
    }
    friend bool operator==(const FirstWeek&, const FirstWeek&) = default;
};

/// The home page's three parts, and the first week's checklist.
struct Week
{
    QDate asOf;
    QList<NextOneOnOne> next; ///< overdue first, then by due date, a planned time, then by name
    QList<FocusPrompt> focus; ///< rankFocus() of the open prompts
    int openPrompts = 0;      ///< every open prompt ("All signals (27)")
    QList<Win> wins;          ///< newest first, at most MostWins
    FirstWeek firstWeek;
};

/// Evidence older than this many days ranks one severity lower in the focus.
constexpr int StaleEvidenceDays = 90;
/// A recognition or a decision counts as a win for this many days.
constexpr int WinWindowDays = 30;
constexpr int MostWins = 5;
/// The focus shows this many prompts unless a setting says otherwise.
constexpr int DefaultFocusCount = 3;

/// How old a prompt's evidence is, in words: "today", "3 days ago", "16 months ago".
QString evidenceAgeText(qint64 days);
/// When a one-on-one is due, in words: "5 days over", "due today", "due in 2
/// days"; when one is planned, "planned Thu 4 Dec, 10:00".
QString dueText(const NextOneOnOne& next);

/// The next one-on-one of every active team member as of `asOf`: the one
/// planned, or what the cadence suggests. Pure.
QList<NextOneOnOne> nextOneOnOnes(const TeamLog& log, QDate asOf);
/// The same from the logs already indexed as of a date (the index is most of
/// the cost); `log` is what `snapshot` was built from.
QList<NextOneOnOne> nextOneOnOnes(const CoachingSnapshot& snapshot, const TeamLog& log);

/// The `count` open prompts that matter most, ranked by, in turn:
/// 1. severity (important, nudge; info prompts are wins, never focus), one
///    level lower when the evidence is stale (StaleEvidenceDays);
/// 2. how soon that person's next one-on-one is (overdue, today, this week,
///    later; a team-level prompt ranks as later);
/// 3. how recent the evidence is, newest first;
/// 4. the team member's name, then the prompt's key (stable for equal data).
/// No person gets a second prompt while someone else still has one to show;
/// only then does the rest fill the places left. Pure.
QList<FocusPrompt> rankFocus(const QList<Prompt>& open, const QList<NextOneOnOne>& next, QDate asOf,
                             int count);

/// Recognitions and decisions that went well in the last WinWindowDays, and
/// the open info prompts (trust growing), newest first. Pure.
QList<Win> recentWins(const TeamLog& log, const QList<Prompt>& open, QDate asOf);
QList<Win> recentWins(const CoachingSnapshot& snapshot, const QList<Prompt>& open);

FirstWeek firstWeekOf(const TeamLog& log, QDate asOf);

/// One of the first week's steps, as the home page and `rodedraad week` list it.
struct FirstWeekStep
{
    bool done = false;
    QString text; ///< in the interface's language
};
/// "Your first week", in the interface's language.
QString firstWeekTitle();
/// The five steps in their order, each with its text and whether it is done.
QList<FirstWeekStep> firstWeekSteps(const FirstWeek& steps);

/// The week as of `asOf` from the log and its open prompts
/// (PromptEngine::activePrompts() as of `asOf`). Pure.
Week weekOf(const TeamLog& log, const QList<Prompt>& open, QDate asOf,
            int focusCount = DefaultFocusCount);

} // namespace rd
