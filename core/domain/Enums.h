#pragma once

#include <array>
#include <optional>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

/// The stable vocabulary of Rode Draad. Every enumeration has a stable string
/// id (used in the database, the exchange format and the command line) and a
/// translatable label (used in the interface).
namespace rd {

/// The seven delegation levels of Management 3.0, from control (1) to facilitation (7).
enum class DelegationLevel
{
    Tell = 1,
    Sell,
    Consult,
    Agree,
    Advise,
    Inquire,
    Delegate
};
enum class MeetingStatus
{
    Held,
    Cancelled,
    Moved
};
/// Who raised an agenda item or owns an action item.
enum class Party
{
    Member,
    Manager
};
enum class DecisionOutcome
{
    Pending,
    Succeeded,
    Mixed,
    Failed
};
enum class InitiativeKind
{
    Initiative,
    Compliance
};
enum class InitiativeOutcome
{
    Worked,
    Partly,
    Failed,
    TooEarly
};
enum class RecognitionChannel
{
    Private,
    OneOnOne,
    Public
};
enum class PromptStateKind
{
    Done,
    Snoozed,
    Dismissed
};

template <typename E>
struct EnumEntry
{
    E value;
    const char* id;
    const char* label;
};

template <typename E>
struct EnumTraits;

// The labels are marked for lupdate in the "rd::Enum" context and translated in label().
template <>
struct EnumTraits<DelegationLevel>
{
    static constexpr std::array<EnumEntry<DelegationLevel>, 7> entries{{
        {DelegationLevel::Tell, "tell", QT_TRANSLATE_NOOP("rd::Enum", "Tell")},
        {DelegationLevel::Sell, "sell", QT_TRANSLATE_NOOP("rd::Enum", "Sell")},
        {DelegationLevel::Consult, "consult", QT_TRANSLATE_NOOP("rd::Enum", "Consult")},
        {DelegationLevel::Agree, "agree", QT_TRANSLATE_NOOP("rd::Enum", "Agree")},
        {DelegationLevel::Advise, "advise", QT_TRANSLATE_NOOP("rd::Enum", "Advise")},
        {DelegationLevel::Inquire, "inquire", QT_TRANSLATE_NOOP("rd::Enum", "Inquire")},
        {DelegationLevel::Delegate, "delegate", QT_TRANSLATE_NOOP("rd::Enum", "Delegate")},
    }};
};

template <>
struct EnumTraits<MeetingStatus>
{
    static constexpr std::array<EnumEntry<MeetingStatus>, 3> entries{{
        {MeetingStatus::Held, "held", QT_TRANSLATE_NOOP("rd::Enum", "Held")},
        {MeetingStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("rd::Enum", "Cancelled")},
        {MeetingStatus::Moved, "moved", QT_TRANSLATE_NOOP("rd::Enum", "Moved")},
    }};
};

template <>
struct EnumTraits<Party>
{
    static constexpr std::array<EnumEntry<Party>, 2> entries{{
        {Party::Member, "member", QT_TRANSLATE_NOOP("rd::Enum", "Team member")},
        {Party::Manager, "manager", QT_TRANSLATE_NOOP("rd::Enum", "Manager")},
    }};
};

template <>
struct EnumTraits<DecisionOutcome>
{
    static constexpr std::array<EnumEntry<DecisionOutcome>, 4> entries{{
        {DecisionOutcome::Pending, "pending", QT_TRANSLATE_NOOP("rd::Enum", "Pending")},
        {DecisionOutcome::Succeeded, "succeeded", QT_TRANSLATE_NOOP("rd::Enum", "Succeeded")},
        {DecisionOutcome::Mixed, "mixed", QT_TRANSLATE_NOOP("rd::Enum", "Mixed")},
        {DecisionOutcome::Failed, "failed", QT_TRANSLATE_NOOP("rd::Enum", "Failed")},
    }};
};

template <>
struct EnumTraits<InitiativeKind>
{
    static constexpr std::array<EnumEntry<InitiativeKind>, 2> entries{{
        {InitiativeKind::Initiative, "initiative", QT_TRANSLATE_NOOP("rd::Enum", "Initiative")},
        {InitiativeKind::Compliance, "compliance", QT_TRANSLATE_NOOP("rd::Enum", "Compliance")},
    }};
};

template <>
struct EnumTraits<InitiativeOutcome>
{
    static constexpr std::array<EnumEntry<InitiativeOutcome>, 4> entries{{
        {InitiativeOutcome::Worked, "worked", QT_TRANSLATE_NOOP("rd::Enum", "Worked")},
        {InitiativeOutcome::Partly, "partly", QT_TRANSLATE_NOOP("rd::Enum", "Partly worked")},
        {InitiativeOutcome::Failed, "failed", QT_TRANSLATE_NOOP("rd::Enum", "Did not work")},
        {InitiativeOutcome::TooEarly, "too-early",
         QT_TRANSLATE_NOOP("rd::Enum", "Too early to tell")},
    }};
};

template <>
struct EnumTraits<RecognitionChannel>
{
    static constexpr std::array<EnumEntry<RecognitionChannel>, 3> entries{{
        {RecognitionChannel::Private, "private", QT_TRANSLATE_NOOP("rd::Enum", "Privately")},
        {RecognitionChannel::OneOnOne, "one-on-one",
         QT_TRANSLATE_NOOP("rd::Enum", "In the one-on-one")},
        {RecognitionChannel::Public, "public", QT_TRANSLATE_NOOP("rd::Enum", "In public")},
    }};
};

template <>
struct EnumTraits<PromptStateKind>
{
    static constexpr std::array<EnumEntry<PromptStateKind>, 3> entries{{
        {PromptStateKind::Done, "done", QT_TRANSLATE_NOOP("rd::Enum", "Done")},
        {PromptStateKind::Snoozed, "snoozed", QT_TRANSLATE_NOOP("rd::Enum", "Snoozed")},
        {PromptStateKind::Dismissed, "dismissed", QT_TRANSLATE_NOOP("rd::Enum", "Dismissed")},
    }};
};

/// The stable id of an enumeration value, as stored and exchanged.
template <typename E>
QString toId(E value)
{
    for (const auto& entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QString::fromLatin1(entry.id);
    }
    return {};
}

/// Parses a stable id; std::nullopt when the id is unknown.
template <typename E>
std::optional<E> fromId(QStringView id)
{
    for (const auto& entry : EnumTraits<E>::entries) {
        if (id == QLatin1StringView(entry.id))
            return entry.value;
    }
    return std::nullopt;
}

/// The translated label of an enumeration value, for the interface.
template <typename E>
QString label(E value)
{
    for (const auto& entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return QCoreApplication::translate("rd::Enum", entry.label);
    }
    return {};
}

/// All stable ids of an enumeration, in declaration order.
template <typename E>
QStringList allIds()
{
    QStringList ids;
    for (const auto& entry : EnumTraits<E>::entries)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

/// All values of an enumeration, in declaration order.
template <typename E>
QList<E> allValues()
{
    QList<E> values;
    for (const auto& entry : EnumTraits<E>::entries)
        values << entry.value;
    return values;
}

/// The manager's own words for a level ("I tell them"), translated.
QString levelDescription(DelegationLevel level);
/// "4 · Agree": the level number with its label, for tables and combo boxes.
QString levelDisplay(DelegationLevel level);

/// The levels' numbers run from MinLevel (Tell) to MaxLevel (Delegate), one
/// per entry of EnumTraits<DelegationLevel>: the one place the range is set.
inline constexpr int LevelCount = int(EnumTraits<DelegationLevel>::entries.size());
inline constexpr int MinLevel = 1;
inline constexpr int MaxLevel = MinLevel + LevelCount - 1;
/// The level a new decision or board cell starts at until someone picks one.
inline constexpr DelegationLevel DefaultLevel = DelegationLevel::Advise;

constexpr int toInt(DelegationLevel level)
{
    return static_cast<int>(level);
}
/// A level from its number, MinLevel..MaxLevel; std::nullopt outside that range.
std::optional<DelegationLevel> levelFromInt(int level);
/// The level nearest to `level`, clamped into the range (a computed mean, a setting).
DelegationLevel nearestLevel(int level);

} // namespace rd
