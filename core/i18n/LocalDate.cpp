#include "LocalDate.h"

#include <array>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rd {

namespace {

struct MonthNames
{
    QString localeName;
    std::array<QString, 12> shortNames;
};

const MonthNames& monthNames()
{
    thread_local MonthNames names;
    const QLocale locale;
    if (names.localeName != locale.name() || names.shortNames[0].isEmpty()) {
        names.localeName = locale.name();
        // The month as "d MMM yyyy" writes it (QLocale's monthName() may differ).
        for (int m = 1; m <= 12; ++m)
            names.shortNames[m - 1] = locale.toString(QDate(2000, m, 1), u"MMM"_s);
    }
    return names;
}

} // namespace

QString localDate(QDate date)
{
    if (!date.isValid())
        return {};
    return QString::number(date.day()) + u' ' + monthNames().shortNames[date.month() - 1] + u' ' +
           QString::number(date.year());
}

QString localMonth(QDate date)
{
    return date.isValid() ? QLocale().toString(date, u"MMMM yyyy"_s) : QString();
}

QString localDateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return format;
}

QString localShortDate(QDate date)
{
    return date.isValid() ? QLocale().toString(date, localDateFormat()) : QString();
}

QDate parseLocalDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate local = QLocale().toDate(trimmed, localDateFormat());
    return local.isValid() ? local : QDate::fromString(trimmed, Qt::ISODate);
}

} // namespace rd
