#pragma once

#include <QMap>
#include <QString>

namespace rd {

/// One tunable threshold of a rule, with its default from rules.md.
struct ThresholdSpec
{
    QString key; ///< "<rule>.<name>", e.g. "talk-share-high.minPercent"
    double defaultValue;
    double minimum;
    double maximum;
    const char* description; ///< marked with QT_TRANSLATE_NOOP("rd::Thresholds", …)

    QString translatedDescription() const;
};

/// The rule thresholds in force. They are settings, stored in the database
/// (keys "threshold:<rule>.<name>"), never literals in a rule.
class Thresholds
{
public:
    /// Every threshold of every rule, in catalogue order.
    static const QList<ThresholdSpec>& specs();
    static const ThresholdSpec* spec(const QString& key);
    /// The defaults, overridden by any valid "threshold:" entries in `settings`.
    static Thresholds fromSettings(const QMap<QString, QString>& settings);
    static QString settingsKey(const QString& thresholdKey)
    {
        return QStringLiteral("threshold:") + thresholdKey;
    }

    /// The value of `key`; the default when it was not overridden.
    double value(const QString& key) const;
    /// Overrides a threshold; values outside the spec's range are clamped.
    void set(const QString& key, double value);
    bool isDefault(const QString& key) const { return !m_overrides.contains(key); }

private:
    QMap<QString, double> m_overrides;
};

} // namespace rd
