#include "Person.h"

namespace rd {

bool isValidPersonId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    const auto allowed = [](QChar c, bool first) {
        const char16_t u = c.unicode();
        const bool alnum =
            (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
        return alnum || (!first && (u == u'.' || u == u'_' || u == u'-'));
    };
    for (qsizetype n = 0; n < id.size(); ++n) {
        if (!allowed(id.at(n), n == 0))
            return false;
    }
    return true;
}

QString fileStemFor(QStringView id)
{
    // Whatever the database holds (a file from before ids were checked), the
    // stem is one name inside the target folder: no separator, never "." or
    // "..", never hidden (a dot only after the first character), never empty.
    QString stem;
    for (const QChar c : id.left(64)) {
        const char16_t u = c.unicode();
        const bool safe = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                          (u >= u'0' && u <= u'9') || u == u'_' || u == u'-' ||
                          (u == u'.' && !stem.isEmpty());
        stem += safe ? c : QChar(u'_');
    }
    return stem.isEmpty() ? QStringLiteral("person") : stem;
}

} // namespace rd
