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

/// The format people type dates in: the locale's short date with a four-digit
/// year ("dd/MM/yyyy", "dd-MM-yyyy"). Date fields display it.
QString localDateFormat();
/// A date in localDateFormat() ("01-12-2026"); empty when invalid.
QString localShortDate(QDate date);
/// Reads a typed date in localDateFormat() or as ISO ("2026-12-01"); an
/// invalid QDate when it is neither.
QDate parseLocalDate(const QString& text);

} // namespace rd
