#pragma once

#include <QString>

class QCoreApplication;

namespace rd {

/// The interface languages: "en" (the source) and "nl".
bool isSupportedLanguage(const QString& code);
/// "nl" when the system locale is Dutch, else "en".
QString systemLanguage();
/// Installs the translators for `code` (Rode Draad's own and Qt's), replacing
/// any installed before, so the language can be switched at run time.
void installLanguage(const QString& code);
/// The language installed last.
QString currentLanguage();

} // namespace rd
