#include "Rule.h"

#include "domain/IsoDate.h"
#include "i18n/LocalDate.h"

using namespace Qt::StringLiterals;

namespace rd {

Prompt Rule::prompt(const PersonLog* who, const QString& period) const
{
    Prompt p;
    p.rule = id();
    p.lever = lever();
    p.severity = severity();
    if (who) {
        p.personId = who->person->id;
        p.personName = who->person->name;
    }
    p.period = period;
    p.key = p.rule + u'|' + p.personId + u'|' + period;
    return p;
}

Prompt Rule::prompt(const PersonLog* who, QDate period) const
{
    Prompt p = prompt(who, isoDate(period));
    p.evidenceOn = period;
    return p;
}

ThresholdSpec Rule::threshold(const char* name, double defaultValue, double minimum, double maximum,
                              const char* description) const
{
    return {id() + u'.' + QLatin1StringView(name), defaultValue, minimum, maximum, description};
}

namespace evidence {

QString date(QDate d)
{
    return localDate(d);
}

QString decision(const Decision& d)
{
    return QCoreApplication::translate("rd::Evidence", "%1 · decision \"%2\" at level %3")
        .arg(date(d.date), d.title, levelDisplay(d.level));
}

QString meeting(const OneOnOne& m)
{
    return QCoreApplication::translate("rd::Evidence", "%1 · one-on-one (%2)")
        .arg(date(m.date), label(m.status).toLower());
}

QString initiative(const Initiative& i)
{
    return QCoreApplication::translate("rd::Evidence", "%1 · \"%2\" (%3, %4)")
        .arg(date(i.date), i.description, label(i.kind).toLower(), label(i.outcome).toLower());
}

QString percent(double value)
{
    return QString::number(qRound(value)) + u'%';
}

} // namespace evidence

} // namespace rd
