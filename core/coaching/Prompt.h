#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

/// The five levers of the coaching model; every prompt belongs to exactly one.
enum class Lever
{
    TrustConcrete,
    CoachNotControl,
    Transparency,
    RewardInitiative,
    PsychologicalSafety
};
/// How much a prompt asks for attention. Positive reinforcement is Info.
enum class Severity
{
    Info,
    Nudge,
    Important
};

template <>
struct EnumTraits<Lever>
{
    static constexpr std::array<EnumEntry<Lever>, 5> entries{{
        {Lever::TrustConcrete, "trust-concrete",
         QT_TRANSLATE_NOOP("rd::Enum", "Make trust concrete")},
        {Lever::CoachNotControl, "coach-not-control",
         QT_TRANSLATE_NOOP("rd::Enum", "Coach instead of control")},
        {Lever::Transparency, "transparency",
         QT_TRANSLATE_NOOP("rd::Enum", "Increase transparency")},
        {Lever::RewardInitiative, "reward-initiative",
         QT_TRANSLATE_NOOP("rd::Enum", "Reward initiative, not only compliance")},
        {Lever::PsychologicalSafety, "psychological-safety",
         QT_TRANSLATE_NOOP("rd::Enum", "Create psychological safety")},
    }};
};

template <>
struct EnumTraits<Severity>
{
    static constexpr std::array<EnumEntry<Severity>, 3> entries{{
        {Severity::Info, "info", QT_TRANSLATE_NOOP("rd::Enum", "Worth acknowledging")},
        {Severity::Nudge, "nudge", QT_TRANSLATE_NOOP("rd::Enum", "Nudge")},
        {Severity::Important, "important", QT_TRANSLATE_NOOP("rd::Enum", "Important")},
    }};
};

/// A coaching prompt: what the logs show about the manager's own behaviour,
/// why it matters, one question for the next 1:1 and one concrete action.
struct Prompt
{
    QString rule;
    Lever lever = Lever::CoachNotControl;
    Severity severity = Severity::Nudge;
    QString personId;   ///< empty for a team-level prompt
    QString personName; ///< empty for a team-level prompt
    QString title;
    QStringList evidence; ///< the figures and the log entries behind the prompt
    QString why;          ///< why it matters, in the article's terms
    QString question;     ///< one question to ask in the next 1:1
    QString action;       ///< one concrete step
    QString period;       ///< the evidence period, part of the key
    /// The day of the newest evidence; the "as of" date for a situation that
    /// is about now (no one-on-one, no agreement, no recognition since…).
    QDate evidenceOn;
    QString key; ///< rule|person|period: stable for the same situation

    friend bool operator==(const Prompt&, const Prompt&) = default;
};

} // namespace rd
