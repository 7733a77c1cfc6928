#pragma once

#include <QString>
#include <QStringList>

namespace rd {

/// A run of a snippet's text: a match, or the words around it.
struct SnippetPart
{
    QString text;
    bool match = false;
    friend bool operator==(const SnippetPart&, const SnippetPart&) = default;
};

/// The snippet of searchSnippet() as runs, for a view that shows matches in bold.
QList<SnippetPart> searchSnippetParts(const QString& text, const QStringList& words,
                                      int length = 12);
/// The runs with each match in [brackets], as the command line prints them.
QString bracketed(const QList<SnippetPart>& parts);

/// A few words of `text` around what a search for `words` matched, each match
/// in [brackets] and an ellipsis where text was left out: "…the [audit] needs
/// traceable…". Words match as the search index matches them: by prefix,
/// ignoring case and diacritics ("cafe" finds "Café's"). `length` is the number
/// of words shown. Text without a match gives its first words.
QString searchSnippet(const QString& text, const QStringList& words, int length = 12);

} // namespace rd
