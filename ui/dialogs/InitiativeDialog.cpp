#include "InitiativeDialog.h"

#include "DialogSupport.h"
#include "domain/Error.h"
#include "domain/Validation.h"
#include "i18n/LocalDate.h"
#include "widgets/DateField.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

InitiativeDialog::InitiativeDialog(const TeamLog& log, QWidget* parent)
    : QDialog(parent)
    , m_person(new QComboBox(this))
    , m_date(new DateField(QDate::currentDate(), this))
    , m_description(new QPlainTextEdit(this))
    , m_initiativeKind(new QRadioButton(tr("Initiative: took responsibility beyond the ask"), this))
    , m_complianceKind(new QRadioButton(tr("Compliance: did what was asked, well"), this))
    , m_outcome(new QComboBox(this))
    , m_recognised(new QCheckBox(tr("I recognised it"), this))
    , m_recognisedOn(new DateField(QDate::currentDate(), this))
    , m_how(new QComboBox(this))
    , m_error(makeErrorLabel(this, u"initiativeError"_s))
{
    setObjectName(u"initiativeDialog"_s);
    setWindowTitle(tr("Initiative"));
    fillPeople(m_person, log, {});
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_initiativeKind);
    kinds->addButton(m_complianceKind);
    m_initiativeKind->setChecked(true);
    fillEnum(m_outcome, InitiativeOutcome::Worked);
    fillEnum(m_how, RecognitionChannel::OneOnOne);
    for (QDateEdit* edit : {m_date, m_recognisedOn}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(localDateFormat());
    }
    m_description->setPlaceholderText(tr("What did they do?"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_recognisedOn->setEnabled(false);
    m_how->setEnabled(false);
    connect(m_recognised, &QCheckBox::toggled, m_recognisedOn, &QWidget::setEnabled);
    connect(m_recognised, &QCheckBox::toggled, m_how, &QWidget::setEnabled);

    const QList<std::pair<QWidget*, QString>> names{
        {m_person, u"initiativePerson"_s},
        {m_date, u"initiativeDate"_s},
        {m_description, u"initiativeDescription"_s},
        {m_initiativeKind, u"initiativeKindInitiative"_s},
        {m_complianceKind, u"initiativeKindCompliance"_s},
        {m_outcome, u"initiativeOutcome"_s},
        {m_recognised, u"initiativeRecognised"_s},
        {m_recognisedOn, u"initiativeRecognisedOn"_s},
        {m_how, u"initiativeHow"_s}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(name);
    m_person->setAccessibleName(tr("Team member"));
    m_date->setAccessibleName(tr("Date"));
    m_description->setAccessibleName(tr("What they did"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_recognisedOn->setAccessibleName(tr("Recognised on"));
    m_how->setAccessibleName(tr("How you recognised it"));

    auto* recognition = new QHBoxLayout;
    recognition->addWidget(m_recognised);
    recognition->addWidget(m_recognisedOn);
    recognition->addWidget(m_how);
    recognition->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Team member"), m_person);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&What they did"), m_description);
    form->addRow(tr("Kind"), m_initiativeKind);
    form->addRow(QString(), m_complianceKind);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("Recognition"), recognition);
    auto* hint =
        new QLabel(tr("Recognise the attempt, not only the result: an initiative that did not work "
                      "deserves recognition too."),
                   this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"initiativeButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &InitiativeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InitiativeDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {600, 420});
    hideErrorOnEdit(m_error, this);
}

void InitiativeDialog::setInitiative(const Initiative& i)
{
    m_initiative = i;
    const int person = m_person->findData(i.personId);
    if (person >= 0)
        m_person->setCurrentIndex(person);
    if (i.date.isValid())
        m_date->setDate(i.date);
    m_description->setPlainText(i.description);
    (i.kind == InitiativeKind::Initiative ? m_initiativeKind : m_complianceKind)->setChecked(true);
    selectEnum(m_outcome, i.outcome);
    m_recognised->setChecked(i.isRecognised());
    if (i.recognisedOn.isValid())
        m_recognisedOn->setDate(i.recognisedOn);
    if (i.recognition)
        selectEnum(m_how, *i.recognition);
}

Initiative InitiativeDialog::initiative() const
{
    Initiative i = m_initiative;
    i.personId = m_person->currentData().toString();
    i.date = m_date->date();
    i.description = m_description->toPlainText().trimmed();
    i.kind =
        m_initiativeKind->isChecked() ? InitiativeKind::Initiative : InitiativeKind::Compliance;
    i.outcome = enumValue<InitiativeOutcome>(m_outcome);
    if (m_recognised->isChecked()) {
        i.recognisedOn = m_recognisedOn->date();
        i.recognition = enumValue<RecognitionChannel>(m_how);
    } else {
        i.recognisedOn = QDate();
        i.recognition.reset();
    }
    return i;
}

void InitiativeDialog::accept()
{
    if (m_person->count() == 0) {
        showError(m_error, tr("Add a team member first."));
        return;
    }
    const Initiative i = initiative();
    if (i.recognisedOn.isValid() && i.recognisedOn < i.date) {
        showError(m_error, tr("The recognition cannot be before the initiative."));
        return;
    }
    try {
        validate(i);
    } catch (const ValidationError& error) {
        showError(m_error, error.message());
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
