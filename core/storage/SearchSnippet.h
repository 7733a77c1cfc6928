#pragma once

#include <QString>
#include <QStringList>

namespace rd {

/// A few words of `text` around what a search for `words` matched, each match
/// in [brackets] and an ellipsis where text was left out: "…the [audit] needs
/// traceable…". Words match as the search index matches them: by prefix,
/// ignoring case and diacritics ("cafe" finds "Café's"). `length` is the number
/// of words shown. Text without a match gives its first words.
QString searchSnippet(const QString& text, const QStringList& words, int length = 12);

} // namespace rd
