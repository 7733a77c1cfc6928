#pragma once

// Internal to the demo generator: the sample team's texts in one language.
//
// These are the team's data (what a manager would have typed), not interface
// text, so they are tables per language rather than tr() strings: the sample
// team written in Dutch must stay Dutch when the interface switches to English.
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

/// The decision areas of the sample team, by index into DemoTexts::areas.
enum DemoArea
{
    Budget,
    Hiring,
    Planning,
    TechnicalDesign,
    CustomerContact,
    Tooling,
    AreaCount
};

/// One decision that hangs together: its title, the area it belongs to, why it
/// matters and the boundaries it was delegated within.
struct DemoDecision
{
    QString title;
    DemoArea area;
    QString why;
    QString boundaries;
    QString learning; ///< what was learned once it was reviewed (may be empty)
};

struct DemoTexts
{
    QStringList storyRoles; ///< the roles of the seven story people, in story order
    QStringList roles;      ///< roles for the ordinary team members
    QStringList areas;      ///< AreaCount names, in DemoArea order
    QStringList memberTopics;
    QStringList managerTopics;
    QStringList actions;
    QStringList notes; ///< private notes; empty strings mean none was written
    QStringList summaries;
    QList<DemoDecision> decisions;
    DemoDecision failedExperiment; ///< Eva's story: the delegated decision that fails
    QString nextStepAfterFailure;  ///< the decision she is told to take next
    QStringList initiatives;
    QStringList compliance;
    /// What the manager wrote when marking a signal done, per rule id.
    QHash<QString, QStringList> reflections;
    QStringList anyReflection;
};

/// The texts for "en" or "nl"; any other code gets English.
const DemoTexts& demoTexts(const QString& language);
const DemoTexts& englishDemoTexts();
const DemoTexts& dutchDemoTexts();

} // namespace rd
