#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace rd {

/// "YYYY-MM-DD", written directly: the storage, the exchange format and the
/// tables format hundreds of thousands of dates, and QDate::toString() parses
/// its format string every time. An invalid date gives an empty string.
QString isoDate(QDate date);

/// Reads exactly "YYYY-MM-DD"; anything else (a time, a missing zero, a
/// thirteenth month) gives an invalid QDate.
QDate parseIsoDate(QStringView text);

} // namespace rd
