#include "DecisionDialog.h"

#include "DialogSupport.h"
#include "domain/Error.h"
#include "domain/LevelSuggestion.h"
#include "domain/Validation.h"
#include "i18n/LocalDate.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

DecisionDialog::DecisionDialog(const TeamLog& log, const QStringList& areas, QWidget* parent)
    : QDialog(parent)
    , m_log(log)
    , m_person(new QComboBox(this))
    , m_date(new DateField(QDate::currentDate(), this))
    , m_title(new QLineEdit(this))
    , m_area(new QComboBox(this))
    , m_level(new QComboBox(this))
    , m_levelHelp(new QLabel(this))
    , m_why(new QPlainTextEdit(this))
    , m_boundaries(new QPlainTextEdit(this))
    , m_hasReview(new QCheckBox(tr("Review on"), this))
    , m_review(new DateField(QDate::currentDate().addDays(14), this))
    , m_checkIns(new BoundedSpinBox(this))
    , m_overridden(new QCheckBox(tr("I overrode this decision or took it back"), this))
    , m_outcome(new QComboBox(this))
    , m_learning(new QLineEdit(this))
    , m_error(makeErrorLabel(this, u"decisionError"_s))
{
    setObjectName(u"decisionDialog"_s);
    setWindowTitle(tr("Delegated decision"));
    fillPeople(m_person, log, {});
    m_area->setEditable(true);
    m_area->addItems(areas);
    m_area->setCurrentText(QString());
    limitLine(m_title);
    limitLine(m_learning);
    limitLine(m_area->lineEdit());
    for (DelegationLevel level : allValues<DelegationLevel>())
        m_level->addItem(levelDisplay(level) + u" · "_s + levelDescription(level),
                         QVariant::fromValue(level));
    setLevel(DefaultLevel);
    m_levelHelp->setWordWrap(false); // short lines; wrapping made the label guess a height
    m_levelHelp->setTextFormat(Qt::RichText);
    fillEnum(m_outcome, DecisionOutcome::Pending);
    for (QDateEdit* edit : {m_date, m_review}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(localDateFormat());
    }
    m_hasReview->setChecked(true);
    connect(m_hasReview, &QCheckBox::toggled, m_review, &QWidget::setEnabled);
    m_checkIns->setBounds(0, 100);
    m_why->setPlaceholderText(tr("Direction: what is the goal, and why does it matter?"));
    m_boundaries->setPlaceholderText(
        tr("Room: within which boundaries (budget, deadline, scope)?"));
    m_why->setTabChangesFocus(true);
    m_boundaries->setTabChangesFocus(true);
    m_why->setMaximumHeight(70);
    m_boundaries->setMaximumHeight(70);
    connect(m_level, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateLevelHelp);
    connect(m_level, &QComboBox::activated, this, [this] { m_levelPicked = true; });
    connect(m_person, &QComboBox::currentIndexChanged, this, &DecisionDialog::suggestLevel);
    connect(m_area, &QComboBox::currentTextChanged, this, &DecisionDialog::suggestLevel);

    const QList<std::pair<QWidget*, QString>> names{{m_person, u"decisionPerson"_s},
                                                    {m_date, u"decisionDate"_s},
                                                    {m_title, u"decisionTitle"_s},
                                                    {m_area, u"decisionArea"_s},
                                                    {m_level, u"decisionLevel"_s},
                                                    {m_levelHelp, u"decisionLevelHelp"_s},
                                                    {m_why, u"decisionWhy"_s},
                                                    {m_boundaries, u"decisionBoundaries"_s},
                                                    {m_hasReview, u"decisionHasReview"_s},
                                                    {m_review, u"decisionReview"_s},
                                                    {m_checkIns, u"decisionCheckIns"_s},
                                                    {m_overridden, u"decisionOverridden"_s},
                                                    {m_outcome, u"decisionOutcome"_s},
                                                    {m_learning, u"decisionLearning"_s}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(name);
    m_person->setAccessibleName(tr("Team member"));
    m_date->setAccessibleName(tr("Date"));
    m_title->setAccessibleName(tr("Decision"));
    m_area->setAccessibleName(tr("Decision area"));
    m_level->setAccessibleName(tr("Delegation level"));
    m_why->setAccessibleName(tr("Why"));
    m_boundaries->setAccessibleName(tr("Boundaries"));
    m_review->setAccessibleName(tr("Review date"));
    m_checkIns->setAccessibleName(tr("Check-ins"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_learning->setAccessibleName(tr("Learning"));

    auto* review = new QHBoxLayout;
    review->addWidget(m_hasReview);
    review->addWidget(m_review);
    review->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Team member"), m_person);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("D&ecision"), m_title);
    form->addRow(tr("&Area"), m_area);
    form->addRow(tr("&Level"), m_level);
    form->addRow(tr("&Why (direction)"), m_why);
    form->addRow(tr("&Boundaries (room)"), m_boundaries);
    form->addRow(QString(), review);
    form->addRow(tr("&Check-ins so far"), m_checkIns);
    form->addRow(QString(), m_overridden);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("What was lea&rned"), m_learning);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"decisionButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    // The seven levels beside the form rather than in it: the dialog then fits
    // a 640-pixel-high screen.
    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addSpacing(12);
    columns->addWidget(m_levelHelp, 2, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateLevelHelp();
    resizeWithinScreen(this, {880, sizeHint().height()});
    hideErrorOnEdit(m_error, this);
}

DelegationLevel DecisionDialog::level() const
{
    return m_level->currentData().value<DelegationLevel>();
}

void DecisionDialog::setLevel(DelegationLevel level)
{
    m_level->setCurrentIndex(m_level->findData(QVariant::fromValue(level)));
}

void DecisionDialog::suggestLevel()
{
    if (m_levelPicked || m_decision.id > 0)
        return;
    setLevel(suggestedLevel(m_log, m_person->currentData().toString(), m_area->currentText(),
                            m_date->date()));
}

void DecisionDialog::updateLevelHelp()
{
    // The seven levels in plain words, the chosen one in bold: from control to facilitation.
    QString html = u"<small>"_s + tr("From control (1) to facilitation (7):") + u"<br>"_s;
    const DelegationLevel chosen = level();
    for (DelegationLevel level : allValues<DelegationLevel>()) {
        const QString line =
            QString::number(toInt(level)) + u". "_s + levelDescription(level).toHtmlEscaped();
        html += level == chosen ? u"<b>"_s + line + u"</b>"_s : line;
        html += u"<br>"_s;
    }
    m_levelHelp->setText(html + u"</small>"_s);
}

void DecisionDialog::setDecision(const Decision& d)
{
    m_decision = d;
    const int person = m_person->findData(d.personId);
    if (person >= 0)
        m_person->setCurrentIndex(person);
    if (d.date.isValid())
        m_date->setDate(d.date);
    setLine(m_title, d.title);
    setLine(m_area->lineEdit(), d.area);
    setLevel(d.level);
    suggestLevel(); // a new one: from the board or the last decision with them
    m_why->setPlainText(d.why);
    m_boundaries->setPlainText(d.boundaries);
    m_hasReview->setChecked(d.reviewOn.isValid());
    if (d.reviewOn.isValid())
        m_review->setDate(d.reviewOn);
    m_checkIns->setValue(d.checkIns);
    m_overridden->setChecked(d.overridden);
    selectEnum(m_outcome, d.outcome);
    setLine(m_learning, d.learning);
}

Decision DecisionDialog::decision() const
{
    Decision d = m_decision;
    d.personId = m_person->currentData().toString();
    d.date = m_date->date();
    d.title = m_title->text().trimmed();
    d.area = m_area->currentText().trimmed();
    d.level = level();
    d.why = m_why->toPlainText().trimmed();
    d.boundaries = m_boundaries->toPlainText().trimmed();
    d.reviewOn = m_hasReview->isChecked() ? m_review->date() : QDate();
    d.checkIns = m_checkIns->value();
    d.overridden = m_overridden->isChecked();
    d.outcome = enumValue<DecisionOutcome>(m_outcome);
    d.learning = m_learning->text().trimmed();
    return d;
}

void DecisionDialog::accept()
{
    if (m_person->count() == 0) {
        showError(m_error, tr("Add a team member first."));
        return;
    }
    if (const QString error = boundsError({m_checkIns}); !error.isEmpty()) {
        showError(m_error, error);
        return;
    }
    try {
        validate(decision());
    } catch (const ValidationError& error) {
        showError(m_error, error.message());
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
