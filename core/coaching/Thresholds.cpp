#include "Thresholds.h"

#include "rules/RuleCatalogue.h"

#include <algorithm>
#include <cmath>
#include <QCoreApplication>

namespace rd {

QString ThresholdSpec::translatedDescription() const
{
    return QCoreApplication::translate("rd::Thresholds", description);
}

const QList<ThresholdSpec>& Thresholds::specs()
{
    static const QList<ThresholdSpec> all = [] {
        QList<ThresholdSpec> list;
        for (const auto& rule : coaching::ruleCatalogue())
            list += rule->thresholds();
        return list;
    }();
    return all;
}

const ThresholdSpec* Thresholds::spec(const QString& key)
{
    for (const ThresholdSpec& s : specs()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

Thresholds Thresholds::fromSettings(const QMap<QString, QString>& settings)
{
    Thresholds thresholds;
    for (const ThresholdSpec& s : specs()) {
        const auto it = settings.constFind(settingsKey(s.key));
        if (it == settings.cend())
            continue;
        bool ok = false;
        const double v = it->toDouble(&ok);
        if (ok)
            thresholds.set(s.key, v);
    }
    return thresholds;
}

double Thresholds::value(const QString& key) const
{
    const auto it = m_overrides.constFind(key);
    if (it != m_overrides.cend())
        return *it;
    const ThresholdSpec* s = spec(key);
    Q_ASSERT_X(s, "Thresholds::value", "unknown threshold key");
    return s ? s->defaultValue : 0.0;
}

void Thresholds::set(const QString& key, double value)
{
    const ThresholdSpec* s = spec(key);
    // NaN passes every clamp (its comparisons are all false) and an infinity
    // is no setting: a value that is not a finite number keeps the default.
    if (!s || !std::isfinite(value))
        return;
    m_overrides.insert(key, std::clamp(value, s->minimum, s->maximum));
}

} // namespace rd
