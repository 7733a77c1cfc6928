#include "SearchSnippet.h"

#include <cstdlib>
#include <QList>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct Token
{
    qsizetype begin;
    qsizetype end;
    QString folded; ///< without case and diacritics, as the index keeps it
};

/// Case and diacritics removed, as the index's tokenizer does
/// (unicode61, remove_diacritics 2).
QString fold(QStringView text)
{
    QString folded;
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

/// Runs of letters and digits, as the index tokenizes text.
QList<Token> tokenize(const QString& text)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype begin = i;
        while (i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isMark()))
            ++i;
        tokens.append({begin, i, fold(QStringView(text).mid(begin, i - begin))});
    }
    return tokens;
}

} // namespace

QString bracketed(const QList<SnippetPart>& parts)
{
    QString text;
    for (const SnippetPart& part : parts)
        text += part.match ? u'[' + part.text + u']' : part.text;
    return text;
}

QString searchSnippet(const QString& text, const QStringList& words, int length)
{
    return bracketed(searchSnippetParts(text, words, length));
}

QList<SnippetPart> searchSnippetParts(const QString& text, const QStringList& words, int length)
{
    const QList<Token> tokens = tokenize(text);
    if (tokens.isEmpty() || length <= 0)
        return {};
    QStringList terms;
    for (const QString& word : words) {
        for (const Token& t : tokenize(word))
            terms << t.folded;
    }
    // For each token, which term it matches (by prefix), or -1.
    QList<int> match(tokens.size(), -1);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        for (int t = 0; t < terms.size() && match[i] < 0; ++t) {
            if (tokens[i].folded.startsWith(terms[t]))
                match[i] = t;
        }
    }

    // The window that shows the most different terms, then the most matches,
    // then leads up to its first match with two words; the first of equals.
    const qsizetype n = std::min<qsizetype>(length, tokens.size());
    qsizetype best = 0;
    std::tuple<int, int, qsizetype> bestScore{-1, -1, 0};
    for (qsizetype start = 0; start + n <= tokens.size(); ++start) {
        QList<bool> seen(terms.size(), false);
        int different = 0;
        int matches = 0;
        qsizetype first = -1;
        for (qsizetype i = start; i < start + n; ++i) {
            if (match[i] < 0)
                continue;
            ++matches;
            if (first < 0)
                first = i - start;
            if (!seen[match[i]]) {
                seen[match[i]] = true;
                ++different;
            }
        }
        const qsizetype lead =
            first < 0 ? 0 : -std::abs(first - std::min<qsizetype>(2, start + first));
        const std::tuple<int, int, qsizetype> score{different, matches, lead};
        if (score > bestScore) {
            bestScore = score;
            best = start;
        }
    }

    QList<SnippetPart> parts;
    const auto add = [&parts](QStringView piece, bool isMatch) {
        if (piece.isEmpty())
            return;
        if (!parts.isEmpty() && parts.last().match == isMatch)
            parts.last().text += piece;
        else
            parts.append({piece.toString(), isMatch});
    };
    if (best > 0)
        add(u"…", false);
    qsizetype at = tokens[best].begin;
    for (qsizetype i = best; i < best + n; ++i) {
        const Token& t = tokens[i];
        add(QStringView(text).mid(at, t.begin - at), false);
        // Adjacent matches stay apart, as their brackets did: "[a] [b]".
        const QStringView word = QStringView(text).mid(t.begin, t.end - t.begin);
        if (match[i] >= 0)
            parts.append({word.toString(), true});
        else
            add(word, false);
        at = t.end;
    }
    if (best + n < tokens.size())
        add(u"…", false);
    return parts;
}

} // namespace rd
