#include "IsoDate.h"

namespace rd {

QString isoDate(QDate date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid() || year < 1 || year > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    const auto digit = [](int value) {
        return QChar(char16_t(u'0' + value % 10));
    };
    const QChar text[10] = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year),
                            QChar(u'-'),        digit(month / 10), digit(month),     QChar(u'-'),
                            digit(day / 10),    digit(day)};
    return QString(text, 10);
}

QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    int values[3] = {0, 0, 0};
    int field = 0;
    for (qsizetype i = 0; i < 10; ++i) {
        if (i == 4 || i == 7) {
            ++field;
            continue;
        }
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return {};
        values[field] = values[field] * 10 + (c - u'0');
    }
    return QDate(values[0], values[1], values[2]); // invalid for a 13th month or a 30 February
}

} // namespace rd
