#include "PlanDialog.h"

#include "DialogSupport.h"
#include "domain/Validation.h"
#include "i18n/LocalDate.h"
#include "schedule/Plans.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

PlanDialog::PlanDialog(const TeamLog& log, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_log(log)
    , m_today(today)
    , m_person(new QComboBox(this))
    , m_date(new DateField(today.addDays(1), this))
    , m_wholeDay(new QCheckBox(tr("&Whole day"), this))
    , m_time(new QTimeEdit(QTime(10, 0), this))
    , m_duration(new BoundedSpinBox(this))
    , m_series(new QCheckBox(this))
    , m_error(makeErrorLabel(this, u"planError"_s))
{
    setObjectName(u"planDialog"_s);
    setWindowTitle(tr("Plan a one-on-one"));
    m_person->setObjectName(u"planPerson"_s);
    m_person->setAccessibleName(tr("Team member"));
    fillPeople(m_person, log, {});
    m_date->setObjectName(u"planDate"_s);
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(localDateFormat());
    m_date->setToday(today);
    m_date->setDateRange(today, today.addYears(2));
    m_wholeDay->setObjectName(u"planWholeDay"_s);
    m_time->setObjectName(u"planTime"_s);
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_duration->setObjectName(u"planDuration"_s);
    m_duration->setAccessibleName(tr("Length in minutes"));
    m_duration->setBounds(MinPlanMinutes, MaxPlanMinutes);
    m_duration->setSingleStep(15);
    m_duration->setValue(30);
    m_duration->setSuffix(tr(" min"));
    m_series->setObjectName(u"planSeries"_s);
    connect(m_wholeDay, &QCheckBox::toggled, this, [this](bool whole) {
        m_time->setEnabled(!whole);
        m_duration->setEnabled(!whole);
    });
    connect(m_person, &QComboBox::currentIndexChanged, this, &PlanDialog::updateSeries);

    auto* when = new QHBoxLayout;
    when->addWidget(m_time);
    when->addWidget(m_wholeDay);
    when->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&With"), m_person);
    form->addRow(tr("&Day"), m_date);
    auto* at = new QLabel(tr("&At"), this);
    at->setBuddy(m_time);
    form->addRow(at, when);
    form->addRow(tr("&Length"), m_duration);
    form->addRow(QString(), m_series);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"planButtons"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    hideErrorOnEdit(m_error, this);
    updateSeries();
}

void PlanDialog::setPerson(const QString& personId)
{
    m_person->setCurrentIndex(std::max(0, m_person->findData(personId)));
}

void PlanDialog::setMoving(const PlannedOneOnOne& plan)
{
    m_moving = plan;
    setWindowTitle(tr("Move the one-on-one"));
    fillPeople(m_person, m_log, plan.personId);
    m_person->setEnabled(false);
    m_date->setDate(std::max(plan.date, m_today));
    m_wholeDay->setChecked(plan.isAllDay());
    if (!plan.isAllDay())
        m_time->setTime(plan.time);
    m_duration->setValue(plan.durationMinutes);
    m_series->hide();
    if (auto* ok = findChild<QDialogButtonBox*>(u"planButtons"_s))
        ok->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
}

void PlanDialog::updateSeries()
{
    const Person* who = m_log.person(m_person->currentData().toString());
    m_series->setText(tr("&Repeat every %n day(s), their rhythm, for six months", nullptr,
                         who ? who->cadenceDays : 14));
}

QList<PlannedOneOnOne> PlanDialog::plans() const
{
    PlannedOneOnOne p = m_moving.value_or(PlannedOneOnOne{});
    p.personId = m_person->currentData().toString();
    p.date = m_date->date();
    p.time = m_wholeDay->isChecked() ? QTime() : m_time->time();
    p.durationMinutes = m_duration->value();
    if (m_moving)
        return {p};
    const Person* who = m_log.person(p.personId);
    if (!who || !m_series->isChecked())
        return withoutPlannedDays(m_log, {p});
    // A series leaves out the days that person already has a plan.
    return withoutPlannedDays(m_log, cadenceSeries(*who, p.date, p.time, p.durationMinutes,
                                                   p.date.addDays(PlanHorizonDays)));
}

void PlanDialog::accept()
{
    if (m_person->currentIndex() < 0) {
        showError(m_error, tr("Add a team member first: a one-on-one is planned with someone."));
        return;
    }
    if (m_date->date() < m_today) {
        showError(m_error, tr("That day has passed; plan for today or later."));
        m_date->setFocus();
        return;
    }
    if (const QString error = boundsError({m_duration}); !error.isEmpty()) {
        showError(m_error, error);
        m_duration->setFocus();
        return;
    }
    if (m_moving && m_moving->date == m_date->date() && m_moving->time == plans().first().time) {
        showError(m_error, tr("Choose another day or time to move it to."));
        return;
    }
    // One planned one-on-one a day with each person.
    PlannedOneOnOne asked;
    asked.personId = m_person->currentData().toString();
    asked.date = m_date->date();
    if (withoutPlannedDays(m_log, {asked}, m_moving ? m_moving->id : 0).isEmpty()) {
        const Person* who = m_log.person(asked.personId);
        showError(m_error, tr("%1 already has a one-on-one planned that day; move that one "
                              "instead, or choose another day.")
                               .arg(who ? who->name : asked.personId));
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
