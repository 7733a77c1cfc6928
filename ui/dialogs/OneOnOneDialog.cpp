#include "OneOnOneDialog.h"

#include "coaching/Actions.h"
#include "DialogSupport.h"
#include "domain/Error.h"
#include "domain/Validation.h"
#include "i18n/LocalDate.h"
#include "widgets/DateDelegate.h"
#include "widgets/DateField.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
QComboBox* partyCombo(Party selected, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    fillEnum(combo, selected);
    return combo;
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    // The text takes the width; who, when and done fit their contents and
    // headers, so neither a date nor a header is cut.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setMinimumSectionSize(40);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(110);
    return table;
}

/// Where an action row keeps what it does not show (on its text cell).
constexpr int StoredDueRole = Qt::UserRole + 1;
constexpr int FirstDueRole = Qt::UserRole + 2;
constexpr int DueMovesRole = Qt::UserRole + 3;

/// The date a date cell holds (DateDelegate edits them), or none.
QDate cellDate(const QTableWidgetItem* item)
{
    return item ? item->data(Qt::EditRole).toDate() : QDate();
}
} // namespace

OneOnOneDialog::OneOnOneDialog(const TeamLog& log, QWidget* parent)
    : QDialog(parent)
    , m_log(log)
    , m_earlierActions(new QListWidget(this))
    , m_person(new QComboBox(this))
    , m_date(new DateField(QDate::currentDate(), this))
    , m_status(new QComboBox(this))
    , m_duration(new BoundedSpinBox(this))
    , m_talkShare(new BoundedSpinBox(this))
    , m_energy(new BoundedSpinBox(this))
    , m_contextShared(new QCheckBox(tr("I shared context: goals, results or decisions"), this))
    , m_mistakeDiscussed(new QCheckBox(tr("We discussed a mistake or setback as learning"), this))
    , m_agenda(
          makeTable(u"meetingAgenda"_s, {tr("Agenda item"), tr("Raised by"), tr("Covered")}, this))
    , m_actions(makeTable(u"meetingActions"_s,
                          {tr("Action item"), tr("Owner"), tr("Due"), tr("Done on")}, this))
    , m_privateNotes(new QPlainTextEdit(this))
    , m_sharedSummary(new QPlainTextEdit(this))
    , m_error(makeErrorLabel(this, u"meetingError"_s))
{
    setObjectName(u"oneOnOneDialog"_s);
    setWindowTitle(tr("One-on-one"));
    fillPeople(m_person, log, {});
    fillEnum(m_status, MeetingStatus::Held);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(localDateFormat());
    // Due and done are picked with a calendar, never typed; either may stay empty.
    for (int column : {2, 3})
        m_actions->setItemDelegateForColumn(
            column, new DateDelegate(DateDelegate::Optional::Yes, m_actions));
    m_duration->setBounds(0, 600);
    m_duration->setSpecialValueText(tr("not recorded"));
    m_duration->setSuffix(tr(" min"));
    m_talkShare->setBounds(-1, 100);
    m_talkShare->setSpecialValueText(tr("not recorded"));
    m_talkShare->setSuffix(u"%"_s);
    m_talkShare->setValue(-1);
    m_energy->setBounds(0, 5);
    m_energy->setSpecialValueText(tr("not recorded"));
    m_privateNotes->setPlaceholderText(tr("Only for you"));
    m_sharedSummary->setPlaceholderText(tr("What you may share with them"));
    m_privateNotes->setTabChangesFocus(true);
    m_sharedSummary->setTabChangesFocus(true);

    const QList<std::pair<QWidget*, QString>> names{
        {m_person, u"meetingPerson"_s},
        {m_date, u"meetingDate"_s},
        {m_status, u"meetingStatus"_s},
        {m_duration, u"meetingDuration"_s},
        {m_talkShare, u"meetingTalkShare"_s},
        {m_energy, u"meetingEnergy"_s},
        {m_contextShared, u"meetingContextShared"_s},
        {m_mistakeDiscussed, u"meetingMistakeDiscussed"_s},
        {m_privateNotes, u"meetingPrivateNotes"_s},
        {m_sharedSummary, u"meetingSharedSummary"_s}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(name);
    m_person->setAccessibleName(tr("Team member"));
    m_date->setAccessibleName(tr("Date"));
    m_status->setAccessibleName(tr("Status"));
    m_duration->setAccessibleName(tr("Duration"));
    m_talkShare->setAccessibleName(tr("Your share of the talking"));
    m_energy->setAccessibleName(tr("Their energy"));
    m_agenda->setAccessibleName(tr("Agenda items"));
    m_actions->setAccessibleName(tr("Action items"));
    m_privateNotes->setAccessibleName(tr("Private notes"));
    m_sharedSummary->setAccessibleName(tr("Shared summary"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Team member"), m_person);
    form->addRow(tr("&Date"), m_date);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("D&uration"), m_duration);
    form->addRow(tr("Your tal&k share"), m_talkShare);
    form->addRow(tr("Their &energy (what they said)"), m_energy);
    form->addRow(QString(), m_contextShared);
    form->addRow(QString(), m_mistakeDiscussed);

    auto* addAgenda = new QPushButton(tr("Add agenda item"), this);
    addAgenda->setObjectName(u"addAgendaItem"_s);
    connect(addAgenda, &QPushButton::clicked, this, [this] {
        addAgendaItem({QString(), Party::Member, false});
        m_agenda->editItem(m_agenda->item(m_agenda->rowCount() - 1, 0));
    });
    auto* addAction = new QPushButton(tr("Add action item"), this);
    addAction->setObjectName(u"addActionItem"_s);
    connect(addAction, &QPushButton::clicked, this, [this] {
        addActionItem({QString(), Party::Member, {}, {}});
        m_actions->editItem(m_actions->item(m_actions->rowCount() - 1, 0));
    });
    auto removeRow = [](QTableWidget* table, QWidget* owner) {
        auto* button = new QPushButton(QObject::tr("Remove"), owner);
        QObject::connect(button, &QPushButton::clicked, table, [table] {
            if (table->currentRow() >= 0)
                table->removeRow(table->currentRow());
        });
        return button;
    };

    auto* agendaBox = new QGroupBox(tr("Agenda"), this);
    auto* agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->addWidget(m_agenda);
    auto* agendaButtons = new QHBoxLayout;
    agendaButtons->addWidget(addAgenda);
    agendaButtons->addWidget(removeRow(m_agenda, this));
    agendaButtons->addStretch();
    agendaLayout->addLayout(agendaButtons);

    m_earlierActions->setObjectName(u"meetingOpenActions"_s);
    // An action's text and its owner and due date wrap in the box's width.
    m_earlierActions->setWordWrap(true);
    m_earlierActions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_earlierActions->setResizeMode(QListView::Adjust);
    m_earlierActions->setAccessibleName(tr("Open actions from earlier one-on-ones"));
    m_earlierActions->setToolTip(tr("Tick what was done: it is closed where it was agreed, with "
                                    "this one-on-one's date."));
    auto* openBox = new QGroupBox(tr("Open actions from earlier one-on-ones"), this);
    openBox->setObjectName(u"meetingOpenActionsBox"_s);
    auto* openLayout = new QVBoxLayout(openBox);
    openLayout->addWidget(m_earlierActions);
    connect(m_person, &QComboBox::currentIndexChanged, this, &OneOnOneDialog::fillOpenActions);
    connect(m_date, &QDateEdit::dateChanged, this, &OneOnOneDialog::fillOpenActions);

    auto* actionBox = new QGroupBox(tr("Action items"), this);
    auto* actionLayout = new QVBoxLayout(actionBox);
    actionLayout->addWidget(m_actions);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(addAction);
    actionButtons->addWidget(removeRow(m_actions, this));
    actionButtons->addStretch();
    actionLayout->addLayout(actionButtons);

    auto* notes = new QFormLayout;
    notes->addRow(tr("&Private notes"), m_privateNotes);
    notes->addRow(tr("Shared su&mmary"), m_sharedSummary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"meetingButtons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &OneOnOneDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OneOnOneDialog::reject);

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(notes);
    auto* right = new QVBoxLayout;
    right->addWidget(agendaBox);
    right->addWidget(openBox);
    right->addWidget(actionBox);
    // The tables need the width more than the notes, which wrap.
    columns->addLayout(left, 4);
    columns->addLayout(right, 5);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resizeWithinScreen(this, {900, 560});
    hideErrorOnEdit(m_error, this);
    fillOpenActions();
    m_untouched = meeting();
}

void OneOnOneDialog::addAgendaItem(const AgendaItem& item)
{
    const int row = m_agenda->rowCount();
    m_agenda->insertRow(row);
    m_agenda->setItem(row, 0, new QTableWidgetItem(item.text));
    auto* party = partyCombo(item.raisedBy, m_agenda);
    connect(party, &QComboBox::activated, m_error,
            &QWidget::hide); // rows come after hideErrorOnEdit()
    m_agenda->setCellWidget(row, 1, party);
    auto* covered = new QTableWidgetItem;
    covered->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    covered->setCheckState(item.covered ? Qt::Checked : Qt::Unchecked);
    m_agenda->setItem(row, 2, covered);
}

void OneOnOneDialog::addActionItem(const ActionItem& item)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    auto* text = new QTableWidgetItem(item.text);
    // What the row does not show: the due date as stored and its history of
    // moves, so that a new date here is recorded as a renegotiation.
    text->setData(StoredDueRole, item.due);
    text->setData(FirstDueRole, item.firstDue);
    text->setData(DueMovesRole, item.dueMoves);
    m_actions->setItem(row, 0, text);
    auto* party = partyCombo(item.owner, m_actions);
    connect(party, &QComboBox::activated, m_error,
            &QWidget::hide); // rows come after hideErrorOnEdit()
    m_actions->setCellWidget(row, 1, party);
    for (const auto& [column, date] : {std::pair{2, item.due}, std::pair{3, item.doneOn}}) {
        auto* cell = new QTableWidgetItem;
        if (date.isValid())
            cell->setData(Qt::EditRole, date);
        m_actions->setItem(row, column, cell);
    }
}

void OneOnOneDialog::setMeeting(const OneOnOne& meeting)
{
    m_meeting = meeting;
    const int person = m_person->findData(meeting.personId);
    if (person >= 0)
        m_person->setCurrentIndex(person);
    if (meeting.date.isValid())
        m_date->setDate(meeting.date);
    selectEnum(m_status, meeting.status);
    m_duration->setValue(meeting.durationMinutes.value_or(0));
    m_talkShare->setValue(meeting.talkSharePercent.value_or(-1));
    m_energy->setValue(meeting.energy.value_or(0));
    m_contextShared->setChecked(meeting.contextShared);
    m_mistakeDiscussed->setChecked(meeting.mistakeDiscussed);
    m_agenda->setRowCount(0);
    for (const AgendaItem& item : meeting.agenda)
        addAgendaItem(item);
    m_actions->setRowCount(0);
    for (const ActionItem& item : meeting.actions)
        addActionItem(item);
    m_privateNotes->setPlainText(meeting.privateNotes);
    m_sharedSummary->setPlainText(meeting.sharedSummary);
    fillOpenActions();
    m_untouched = this->meeting();
}

void OneOnOneDialog::fillOpenActions()
{
    m_earlierActions->clear();
    // Editing a logged meeting: its own actions are in its table; others stay out of it.
    m_openActions = m_meeting.id == 0
                        ? openActionsOf(m_log, m_person->currentData().toString(), m_date->date())
                        : QList<OpenAction>();
    const QLocale locale;
    for (const OpenAction& action : std::as_const(m_openActions)) {
        QString text = action.item.text + u" · "_s + label(action.item.owner);
        if (action.item.due.isValid())
            text +=
                u" · "_s + tr("due %1").arg(locale.toString(action.item.due, QLocale::ShortFormat));
        text +=
            u" · "_s + tr("agreed %1").arg(locale.toString(action.agreedOn, QLocale::ShortFormat));
        auto* item = new QListWidgetItem(text, m_earlierActions);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    if (auto* box = m_earlierActions->parentWidget())
        box->setVisible(!m_openActions.isEmpty());
}

QList<OpenAction> OneOnOneDialog::closedOpenActions() const
{
    QList<OpenAction> closed;
    for (int row = 0; row < m_earlierActions->count(); ++row) {
        if (m_earlierActions->item(row)->checkState() == Qt::Checked)
            closed << m_openActions.at(row);
    }
    return closed;
}

void OneOnOneDialog::reject()
{
    if (meeting() != m_untouched || !closedOpenActions().isEmpty()) {
        QMessageBox question(QMessageBox::Question, tr("Discard this one-on-one?"),
                             tr("What you entered in this one-on-one has not been saved."),
                             QMessageBox::Discard | QMessageBox::Cancel, this);
        question.setObjectName(u"discardMeetingQuestion"_s);
        question.button(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        question.setDefaultButton(QMessageBox::Cancel);
        if (question.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

OneOnOne OneOnOneDialog::meeting() const
{
    OneOnOne m = m_meeting;
    m.personId = m_person->currentData().toString();
    m.date = m_date->date();
    m.status = enumValue<MeetingStatus>(m_status);
    m.durationMinutes =
        m_duration->value() > 0 ? std::optional<int>(m_duration->value()) : std::nullopt;
    m.talkSharePercent =
        m_talkShare->value() >= 0 ? std::optional<int>(m_talkShare->value()) : std::nullopt;
    m.energy = m_energy->value() > 0 ? std::optional<int>(m_energy->value()) : std::nullopt;
    m.contextShared = m_contextShared->isChecked();
    m.mistakeDiscussed = m_mistakeDiscussed->isChecked();
    m.agenda.clear();
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        const QString text =
            m_agenda->item(row, 0) ? m_agenda->item(row, 0)->text().trimmed() : QString();
        const auto* raisedBy = qobject_cast<QComboBox*>(m_agenda->cellWidget(row, 1));
        m.agenda << AgendaItem{text, raisedBy ? enumValue<Party>(raisedBy) : Party::Member,
                               m_agenda->item(row, 2)->checkState() == Qt::Checked};
    }
    m.actions.clear();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QString text =
            m_actions->item(row, 0) ? m_actions->item(row, 0)->text().trimmed() : QString();
        const auto* owner = qobject_cast<QComboBox*>(m_actions->cellWidget(row, 1));
        const QTableWidgetItem* first = m_actions->item(row, 0);
        ActionItem stored{text,
                          owner ? enumValue<Party>(owner) : Party::Member,
                          first ? first->data(StoredDueRole).toDate() : QDate(),
                          cellDate(m_actions->item(row, 3)),
                          first ? first->data(FirstDueRole).toDate() : QDate(),
                          first ? first->data(DueMovesRole).toInt() : 0};
        m.actions << withDue(stored, cellDate(m_actions->item(row, 2)));
    }
    m.privateNotes = m_privateNotes->toPlainText();
    m.sharedSummary = m_sharedSummary->toPlainText();
    return m;
}

void OneOnOneDialog::accept()
{
    if (m_person->count() == 0) {
        showError(m_error, tr("Add a team member first."));
        return;
    }
    if (const QString error = boundsError({m_duration, m_talkShare, m_energy}); !error.isEmpty()) {
        showError(m_error, error);
        return;
    }
    try {
        validate(meeting());
    } catch (const ValidationError& error) {
        showError(m_error, error.message());
        return;
    }
    // A date before they joined is most often a slip of the year; the rules
    // count their first weeks from the joined date. (A record kept from
    // before, as imported, saves where it was.)
    const Person* person = m_log.person(m_person->currentData().toString());
    const bool moved = m_date->date() != m_untouched.date ||
                       m_person->currentData().toString() != m_untouched.personId;
    if (person && moved && person->joinedOn.isValid() && m_date->date() < person->joinedOn) {
        showError(m_error, tr("%1 joined the team on %2, after this date. Pick a later date, or "
                              "change when they joined with Edit team member.")
                               .arg(person->name, localDate(person->joinedOn)));
        return;
    }
    QDialog::accept();
}

} // namespace rd::ui
