#pragma once

#include <QString>

namespace rd {

/// A short, translated name for a rule id, for lists and the journal
/// ("talk-share-high" -> "You talk most in 1:1s"). Unknown ids come back unchanged.
QString ruleName(const QString& ruleId);

} // namespace rd
