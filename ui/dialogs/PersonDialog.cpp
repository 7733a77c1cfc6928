#include "PersonDialog.h"

#include "DialogSupport.h"
#include "i18n/LocalDate.h"
#include "widgets/DateField.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

PersonDialog::PersonDialog(QWidget* parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_cadence(new BoundedSpinBox(this))
    , m_joined(new DateField(QDate::currentDate(), this))
    , m_error(makeErrorLabel(this, u"personError"_s))
{
    setObjectName(u"personDialog"_s);
    setWindowTitle(tr("Team member"));
    m_name->setObjectName(u"personName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_role->setObjectName(u"personRole"_s);
    m_role->setAccessibleName(tr("Role"));
    m_cadence->setObjectName(u"personCadence"_s);
    m_cadence->setAccessibleName(tr("One-on-one cadence in days"));
    m_cadence->setBounds(1, 365);
    m_cadence->setValue(14);
    m_cadence->setSuffix(tr(" days"));
    m_joined->setObjectName(u"personJoined"_s);
    m_joined->setAccessibleName(tr("Joined on"));
    m_joined->setCalendarPopup(true);
    m_joined->setDisplayFormat(localDateFormat());
    limitLine(m_name);
    limitLine(m_role);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("One-on-one &every"), m_cadence);
    form->addRow(tr("&Joined on"), m_joined);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"personButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PersonDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    hideErrorOnEdit(m_error, this);
}

void PersonDialog::setPerson(const Person& person)
{
    m_person = person;
    setLine(m_name, person.name);
    setLine(m_role, person.role);
    m_cadence->setValue(person.cadenceDays);
    if (person.joinedOn.isValid())
        m_joined->setDate(person.joinedOn);
}

Person PersonDialog::person() const
{
    Person p = m_person;
    p.name = m_name->text().trimmed();
    p.role = m_role->text().trimmed();
    p.cadenceDays = m_cadence->value();
    p.joinedOn = m_joined->date();
    return p;
}

void PersonDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        showError(m_error, tr("Enter the team member's name."));
        m_name->setFocus();
        return;
    }
    if (const QString error = boundsError({m_cadence}); !error.isEmpty()) {
        showError(m_error, error);
        m_cadence->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
