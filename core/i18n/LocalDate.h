#pragma once

#include <QDate>
#include <QString>

namespace rd {

/// A date as people read it in the interface's language: "3 Mar 2026",
/// "3 mrt. 2026". Running text, tables, the prep sheet and the report use it;
/// the exchange format, `--json` and file names keep ISO dates (isoDate()).
/// Follows QLocale's default, which installLanguage() sets; an invalid date
/// gives an empty string. Cheap enough for a table of 100,000 rows: the month
/// names are looked up once per locale, not parsed from a format per call.
QString localDate(QDate date);

/// "March 2026", "maart 2026".
QString localMonth(QDate date);

} // namespace rd
