// The words of the progress charts: titles, axis and series names, empty
// states and the hover summary of a month, as each chart's spec
// (ChartSpecs.cpp) gives them. Kept apart from the chart mechanics in
// ProgressChart.cpp.
#include "i18n/LocalDate.h"
#include "ProgressChart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace rd::ui {

QString ProgressChart::title() const
{
    return m_spec.title();
}

QString ProgressChart::emptyText() const
{
    return m_spec.emptyText();
}

void ProgressChart::retitleAxes()
{
    const QString chartTitle = m_subject.isEmpty() ? title() : tr("%1: %2").arg(title(), m_subject);
    if (m_chart->title() != chartTitle)
        m_chart->setTitle(chartTitle);
    // The labels name the month only ("jan"), so they fit side by side; the
    // title says which months they are, and where the last one stops short
    // ("to 1 December 2026"), so a month just begun does not read as a drop.
    const QList<QDate>& months = m_data.months;
    const bool partial = !months.isEmpty() && m_data.asOf.isValid() &&
                         m_data.asOf < months.last().addMonths(1).addDays(-1);
    m_months->setTitleText(
        months.isEmpty() ? tr("Month")
                         : tr("Month, %1 to %2")
                               .arg(localMonth(months.first()),
                                    partial ? localDate(m_data.asOf) : localMonth(months.last())));
    if (m_left->titleText() != m_spec.left.title())
        m_left->setTitleText(m_spec.left.title());
    if (m_right && m_right->titleText() != m_spec.right.title())
        m_right->setTitleText(m_spec.right.title());
    for (const Built& built : std::as_const(m_built)) {
        const QString name = built.spec->name();
        if (built.line && built.line->name() != name)
            built.line->setName(name);
        if (built.set && built.set->label() != name)
            built.set->setLabel(name);
    }
}

QString ProgressChart::monthSummary(int month) const
{
    if (month < 0 || month >= m_data.months.size())
        return {};
    return localMonth(m_data.months.at(month)) + u"\n"_s +
           m_spec.monthParts(m_data, month).join(u'\n');
}

} // namespace rd::ui
