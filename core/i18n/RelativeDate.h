#pragma once

#include <optional>
#include <QDate>
#include <QStringView>

namespace rd {

/// A date typed relative to `today`, in English or Dutch, any case:
/// "t", "today", "v", "vandaag" (today); "tomorrow", "morgen"; "yesterday",
/// "gisteren"; and a signed count with an optional unit: "+3" or "+3d" (days),
/// "+1w" (weeks), "-2m" (months; "dag", "week", "maand" and their plurals
/// too). Counts run to 999. Anything else is std::nullopt. Pure.
std::optional<QDate> relativeDate(QStringView text, QDate today);

} // namespace rd
