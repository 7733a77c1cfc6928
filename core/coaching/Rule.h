#pragma once

#include "CoachingSnapshot.h"
#include "Prompt.h"
#include "Thresholds.h"

#include <QCoreApplication>

namespace rd {

/// What a rule reads: the snapshot and its own thresholds.
class RuleInput
{
public:
    RuleInput(const CoachingSnapshot& logs, const Thresholds& thresholds, QString ruleId)
        : snapshot(logs)
        , m_thresholds(thresholds)
        , m_ruleId(std::move(ruleId))
    {}
    const CoachingSnapshot& snapshot;
    /// This rule's threshold `name` ("windowDays" reads "<rule>.windowDays").
    double setting(const char* name) const
    {
        return m_thresholds.value(m_ruleId + u'.' + QLatin1StringView(name));
    }
    int count(const char* name) const { return int(setting(name)); }
    /// Another rule's threshold, by its full key, where two rules share a boundary.
    double settingOf(const QString& key) const { return m_thresholds.value(key); }

private:
    const Thresholds& m_thresholds;
    QString m_ruleId;
};

/// One coaching rule of the catalogue (RuleCatalogue.cpp lists them; each
/// file in core/coaching/rules/ says what its rule looks for and why).
///
/// To add a rule: copy one file in core/coaching/rules/, change its id, lever,
/// severity, thresholds and evaluate(), and add its factory to RuleCatalogue.cpp.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0;
    virtual Lever lever() const = 0;
    virtual Severity severity() const = 0;
    /// The thresholds this rule reads, with their defaults.
    virtual QList<ThresholdSpec> thresholds() const = 0;
    /// Appends one prompt per situation the rule finds in the snapshot.
    virtual void evaluate(const RuleInput& in, QList<Prompt>& out) const = 0;

protected:
    /// A prompt with this rule's identity, for `who` (nullptr: the team), keyed by `period`.
    Prompt prompt(const PersonLog* who, const QString& period) const;
    /// A prompt whose period is a day, keyed by its ISO date in every language.
    Prompt prompt(const PersonLog* who, QDate period) const;
    ThresholdSpec threshold(const char* name, double defaultValue, double minimum, double maximum,
                            const char* description) const;
};

/// Helpers for evidence lines, in the current language.
namespace evidence {
QString date(QDate date);
QString decision(const Decision& d);
QString meeting(const OneOnOne& m);
QString initiative(const Initiative& i);
QString percent(double value);
} // namespace evidence

} // namespace rd
