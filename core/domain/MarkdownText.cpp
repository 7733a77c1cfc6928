#include "MarkdownText.h"

using namespace Qt::StringLiterals;

namespace rd {

QString markdownText(const QString& text)
{
    static const QString active = u"\\`*_[]<>!|~&"_s;
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype n = 0; n < text.size(); ++n) {
        const QChar c = text.at(n);
        if (c == u'\r' || c == u'\n') {
            if (!(c == u'\n' && n > 0 && text.at(n - 1) == u'\r'))
                out += u' ';
            continue;
        }
        if (active.contains(c))
            out += u'\\';
        out += c;
    }
    // What would open a block at the start of a line: a heading, a list item,
    // a quote, a setext underline or a numbered item ("1." or "1)").
    const QString trimmed = out.trimmed();
    qsizetype digits = 0;
    while (digits < trimmed.size() && trimmed.at(digits).isDigit())
        ++digits;
    const bool numbered = digits > 0 && digits < trimmed.size() &&
                          (trimmed.at(digits) == u'.' || trimmed.at(digits) == u')');
    if (!trimmed.isEmpty() && (QStringView(u"#+-=").contains(trimmed.front()) || numbered)) {
        const qsizetype at = out.indexOf(trimmed.front());
        out.insert(numbered ? at + digits : at, u'\\');
    }
    return out;
}

} // namespace rd
