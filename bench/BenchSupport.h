#pragma once

#include <QDate>
#include <QString>

namespace rd::bench {

/// The "as of" date of every benchmark: the demo data ends here.
inline const QDate AsOf(2026, 11, 27);

/// A `demo --entries 100000` database, built once per run in a temporary folder.
const QString& largeDatabase();

} // namespace rd::bench
