#include "RelativeDate.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rd {

std::optional<QDate> relativeDate(QStringView text, QDate today)
{
    const QString typed = text.trimmed().toString().toLower();
    if (!today.isValid() || typed.isEmpty())
        return std::nullopt;
    static const QStringList todays{u"t"_s, u"today"_s, u"v"_s, u"vandaag"_s};
    if (todays.contains(typed))
        return today;
    if (typed == u"tomorrow"_s || typed == u"morgen"_s)
        return today.addDays(1);
    if (typed == u"yesterday"_s || typed == u"gisteren"_s)
        return today.addDays(-1);
    static const QRegularExpression counted(
        u"^([+-])\\s*(\\d{1,3})\\s*(d|days?|dag|dagen|w|weeks?|weken|m|months?|maand|maanden)?$"_s);
    const QRegularExpressionMatch match = counted.match(typed);
    if (!match.hasMatch())
        return std::nullopt;
    const int count = match.captured(2).toInt() * (match.captured(1) == u"-"_s ? -1 : 1);
    const QString unit = match.captured(3);
    if (unit.startsWith(u'w'))
        return today.addDays(7LL * count);
    if (unit.startsWith(u'm'))
        return today.addMonths(count);
    return today.addDays(count);
}

} // namespace rd
