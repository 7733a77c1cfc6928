#include "MeetingView.h"

#include "commands/Commands.h"
#include "dialogs/DialogSupport.h"
#include "domain/Error.h"
#include "i18n/LocalDate.h"
#include "widgets/DateDelegate.h"
#include "Workspace.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
/// Talk share as a three-way choice, stored as the percentage it stands for.
constexpr int MostlyMe = 70, AboutEven = 50, MostlyThem = 30;
constexpr int AgendaPartyRole = Qt::UserRole + 1;

int talkChoice(std::optional<int> percent)
{
    if (!percent)
        return -1;
    return *percent >= 60 ? MostlyMe : *percent <= 40 ? MostlyThem : AboutEven;
}
} // namespace

MeetingView::MeetingView(Workspace& workspace, MeetingDraft draft, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_personId(draft.personId)
    , m_date(draft.date.isValid() ? draft.date : workspace.today())
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_agenda(new QListWidget(this))
    , m_topic(new QLineEdit(this))
    , m_earlierList(new QListWidget(this))
    , m_notes(new QPlainTextEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_actions(new QTableWidget(0, 3, this))
    , m_talk(new QButtonGroup(this))
    , m_energy(new QButtonGroup(this))
    , m_context(new QCheckBox(tr("I shared &context: goals, results or decisions"), this))
    , m_mistake(new QCheckBox(tr("We discussed a mista&ke as learning"), this))
    , m_end(new QPushButton(tr("&Save and end the meeting"), this))
    , m_keep(new QPushButton(tr("Keep the draft and c&lose"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
    , m_saveTimer(new QTimer(this))
    , m_actionsTimer(new QTimer(this))
{
    setObjectName(u"meetingView"_s);
    setWindowFlag(Qt::Window);
    m_earlier = openActionsOf(workspace.log(), m_personId, m_date);
    build();
    fill(draft);
    workspace.onChangeOf(this, {DataKind::OneOnOnes}, [this] { followEarlier(); });
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(SaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &MeetingView::saveDraft);
    resizeWithinScreen(this, QSize(1100, 720));
}

MeetingView::~MeetingView() = default;

void MeetingView::build()
{
    const Person* person = m_workspace.log().person(m_personId);
    m_title->setObjectName(u"meetingTitle"_s);
    m_title->setText(
        tr("One-on-one with %1 · %2").arg(person ? person->name : m_personId, localDate(m_date)));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    setWindowTitle(m_title->text());
    m_status->setObjectName(u"meetingSaved"_s);

    m_agenda->setObjectName(u"meetingAgendaList"_s);
    // Long topics and actions wrap: nothing is cut or scrolled sideways.
    for (QListWidget* list : {m_agenda, m_earlierList}) {
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideNone);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setResizeMode(QListView::Adjust);
    }
    m_topic->setObjectName(u"meetingTopic"_s);
    m_topic->setPlaceholderText(tr("A new topic, then Enter"));
    limitLine(m_topic);
    m_earlierList->setObjectName(u"meetingEarlierActions"_s);
    m_notes->setObjectName(u"meetingNotes"_s);
    m_summary->setObjectName(u"meetingSummary"_s);
    m_actions->setObjectName(u"meetingNewActions"_s);
    m_context->setObjectName(u"meetingContext"_s);
    m_mistake->setObjectName(u"meetingMistake"_s);
    m_end->setObjectName(u"meetingEnd"_s);
    m_keep->setObjectName(u"meetingKeep"_s);
    m_discard->setObjectName(u"meetingDiscard"_s);
    // Enter adds a topic or a line; it never ends the meeting (Ctrl+Enter does).
    for (QPushButton* button : {m_end, m_keep, m_discard})
        button->setAutoDefault(false);
    m_end->setToolTip(tr("Logs the one-on-one and closes the actions you ticked (Ctrl+Enter)"));
    m_keep->setToolTip(tr("Closes this window; the draft stays and can be resumed"));
    m_notes->setTabChangesFocus(true);
    m_summary->setTabChangesFocus(true);
    m_notes->setPlaceholderText(
        tr("Type as you talk. A line that starts with [ ] or todo: becomes an action."));
    m_summary->setPlaceholderText(tr("What you agreed, in words you would send them"));
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due")});
    m_actions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_actions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actions->verticalHeader()->hide();
    m_actions->setTabKeyNavigation(false); // Tab moves on to who talked, energy and the rest
    m_actions->setItemDelegateForColumn(2,
                                        new DateDelegate(DateDelegate::Optional::Yes, m_actions));
    m_actions->setAccessibleName(tr("Actions from your notes"));

    const auto labelled = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        label->setWordWrap(true);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        return label;
    };
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(labelled(tr("&Agenda"), m_agenda));
    leftLayout->addWidget(m_agenda, 2);
    leftLayout->addWidget(labelled(tr("Add a &topic"), m_topic));
    leftLayout->addWidget(m_topic);
    leftLayout->addWidget(labelled(tr("&Open actions: tick what is done"), m_earlierList));
    leftLayout->addWidget(m_earlierList, 1);

    auto* notesBox = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesLayout->addWidget(labelled(tr("Your &notes (private)"), m_notes));
    notesLayout->addWidget(m_notes, 1);
    auto* summaryBox = new QWidget(this);
    auto* summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    summaryLayout->addWidget(labelled(tr("S&ummary you may share"), m_summary));
    summaryLayout->addWidget(m_summary, 1);
    auto* texts = new QSplitter(Qt::Horizontal, this);
    texts->addWidget(notesBox);
    texts->addWidget(summaryBox);
    texts->setChildrenCollapsible(false);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(texts, 3);
    rightLayout->addWidget(new QLabel(tr("Actions from your notes"), this));
    rightLayout->addWidget(m_actions, 1);

    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(1, 3);
    columns->setSizes({320, 780});
    columns->setChildrenCollapsible(false);

    // Talk share: three choices; energy: 1 to 5 (what they said, never a rating).
    auto* talkRow = new QHBoxLayout;
    const QList<std::pair<int, QString>> talk{{MostlyMe, tr("Mostly &me")},
                                              {AboutEven, tr("About &even")},
                                              {MostlyThem, tr("Mostly t&hem")}};
    QRadioButton* firstTalk = nullptr;
    for (const auto& [percent, text] : talk) {
        auto* button = new QRadioButton(text, this);
        button->setObjectName(u"meetingTalk%1"_s.arg(percent));
        m_talk->addButton(button, percent);
        talkRow->addWidget(button);
        firstTalk = firstTalk ? firstTalk : button;
    }
    auto* energyRow = new QHBoxLayout;
    QToolButton* firstEnergy = nullptr;
    for (int n = 1; n <= 5; ++n) {
        auto* button = new QToolButton(this);
        button->setObjectName(u"meetingEnergy%1"_s.arg(n));
        button->setText(QString::number(n));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolTip(tr("Their energy, as they said it: %1 of 5").arg(n));
        m_energy->addButton(button, n);
        energyRow->addWidget(button);
        firstEnergy = firstEnergy ? firstEnergy : button;
    }
    auto* measures = new QGridLayout;
    measures->addWidget(labelled(tr("Who talked"), firstTalk), 0, 0);
    measures->addLayout(talkRow, 0, 1);
    measures->addWidget(labelled(tr("Thei&r energy"), firstEnergy), 0, 2);
    measures->addLayout(energyRow, 0, 3);
    measures->addWidget(m_context, 1, 0, 1, 2);
    measures->addWidget(m_mistake, 1, 2, 1, 2);
    measures->setColumnStretch(4, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_end);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(columns, 1);
    layout->addLayout(measures);
    layout->addLayout(buttons);

    connect(m_agenda, &QListWidget::itemChanged, this, &MeetingView::changed);
    connect(m_earlierList, &QListWidget::itemChanged, this, &MeetingView::changed);
    connect(m_topic, &QLineEdit::returnPressed, this, &MeetingView::addTopic);
    // The action table follows the notes once typing pauses: a table of
    // thousands of lines is never rebuilt on every key.
    m_actionsTimer->setSingleShot(true);
    m_actionsTimer->setInterval(250);
    connect(m_actionsTimer, &QTimer::timeout, this, &MeetingView::refreshActions);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_actionsTimer->start();
        changed();
    });
    connect(m_summary, &QPlainTextEdit::textChanged, this, &MeetingView::changed);
    connect(m_actions, &QTableWidget::itemChanged, this, &MeetingView::changed);
    connect(m_talk, &QButtonGroup::idClicked, this, &MeetingView::changed);
    connect(m_energy, &QButtonGroup::idClicked, this, &MeetingView::changed);
    connect(m_context, &QCheckBox::toggled, this, &MeetingView::changed);
    connect(m_mistake, &QCheckBox::toggled, this, &MeetingView::changed);
    connect(m_end, &QPushButton::clicked, this, &MeetingView::endMeeting);
    connect(m_keep, &QPushButton::clicked, this, &MeetingView::reject);
    connect(m_discard, &QPushButton::clicked, this, &MeetingView::discard);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &MeetingView::endMeeting);
}

void MeetingView::fillEarlier(const QList<TickedAction>& ticked)
{
    m_earlierList->clear();
    for (const OpenAction& a : std::as_const(m_earlier)) {
        QString text = label(a.item.owner) + u": "_s + a.item.text;
        if (a.item.due.isValid())
            text += u" · "_s + tr("due %1").arg(localDate(a.item.due));
        auto* row = new QListWidgetItem(text, m_earlierList);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        const bool tick = ticked.contains(TickedAction{a.meetingId, a.item.text});
        row->setCheckState(tick ? Qt::Checked : Qt::Unchecked);
    }
}

void MeetingView::followEarlier()
{
    // An action closed, moved or added elsewhere (the Actions tab, the sheet,
    // an undo) while the meeting is held: the list follows, and the ticks on
    // the ones still open stay.
    if (m_finished)
        return;
    const QList<OpenAction> now = openActionsOf(m_workspace.log(), m_personId, m_date);
    if (now == m_earlier)
        return;
    const QList<TickedAction> ticked = draft().tickedEarlier;
    m_earlier = now;
    {
        const QSignalBlocker blocker(m_earlierList);
        fillEarlier(ticked);
    }
    changed();
}

void MeetingView::fill(const MeetingDraft& draft)
{
    m_filling = true;
    // The team member's items first: it is their meeting.
    QList<AgendaItem> agenda = draft.agenda;
    std::stable_sort(agenda.begin(), agenda.end(), [](const AgendaItem& a, const AgendaItem& b) {
        return a.raisedBy == Party::Member && b.raisedBy != Party::Member;
    });
    for (const AgendaItem& item : agenda) {
        auto* row = new QListWidgetItem(item.text, m_agenda);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(item.covered ? Qt::Checked : Qt::Unchecked);
        row->setData(AgendaPartyRole, QVariant::fromValue(item.raisedBy));
        row->setToolTip(tr("Raised by: %1").arg(label(item.raisedBy)));
    }
    fillEarlier(draft.tickedEarlier);
    m_notes->setPlainText(draft.notes);
    m_summary->setPlainText(draft.summary);
    if (QAbstractButton* talk = m_talk->button(talkChoice(draft.talkSharePercent)))
        talk->setChecked(true);
    if (draft.energy)
        if (QAbstractButton* energy = m_energy->button(*draft.energy))
            energy->setChecked(true);
    m_context->setChecked(draft.contextShared);
    m_mistake->setChecked(draft.mistakeDiscussed);
    m_actionTexts.clear();
    refreshActions();
    // The owners and dates chosen before: the table was built with defaults.
    const QList<ActionItem> actions = draftActions(draft, defaultDue());
    for (int row = 0; row < actions.size() && row < m_actions->rowCount(); ++row) {
        if (auto* owner = qobject_cast<QComboBox*>(m_actions->cellWidget(row, 1)))
            selectEnum(owner, actions.at(row).owner);
        m_actions->item(row, 2)->setData(Qt::EditRole, actions.at(row).due.isValid()
                                                           ? QVariant(actions.at(row).due)
                                                           : QVariant());
    }
    m_filling = false;
    m_status->setText(
        draft.savedAt.isValid()
            ? tr("Resumed the draft saved %1.")
                  .arg(QLocale().toString(draft.savedAt.toLocalTime().time(), QLocale::ShortFormat))
            : QString());
}

QDate MeetingView::defaultDue() const
{
    // By the next one-on-one, as the cadence has it.
    const Person* person = m_workspace.log().person(m_personId);
    return m_date.addDays(person ? person->cadenceDays : 14);
}

void MeetingView::refreshActions()
{
    m_actionsTimer->stop();
    const QStringList lines = actionLines(m_notes->toPlainText());
    if (lines == m_actionTexts)
        return;
    // Row by row: a row whose line stays keeps its owner and date; a line
    // reworded in place keeps them too; a new line gets the defaults (or
    // what was chosen for that text before). Only changed rows are touched.
    const QList<ActionItem> before = draft().actionChoices;
    const bool wasFilling = std::exchange(m_filling, true);
    const auto choiceFor = [&before, this](const QString& text) {
        for (const ActionItem& choice : before) {
            if (choice.text == text)
                return choice;
        }
        return ActionItem{text, Party::Member, defaultDue(), {}};
    };
    const QStringList old = m_actionTexts;
    m_actionTexts = lines;
    for (int row = 0; row < lines.size(); ++row) {
        const QString& text = lines.at(row);
        if (row < old.size()) {
            if (old.at(row) == text)
                continue;
            m_actions->item(row, 0)->setText(text);
            if (!lines.contains(old.at(row)))
                continue; // reworded: the row keeps its owner and date
            const ActionItem choice = choiceFor(text);
            if (auto* owner = qobject_cast<QComboBox*>(m_actions->cellWidget(row, 1)))
                selectEnum(owner, choice.owner);
            m_actions->item(row, 2)->setData(
                Qt::EditRole, choice.due.isValid() ? QVariant(choice.due) : QVariant());
            continue;
        }
        const ActionItem item = choiceFor(text);
        m_actions->insertRow(row);
        auto* textItem = new QTableWidgetItem(text);
        textItem->setFlags(textItem->flags() & ~Qt::ItemIsEditable); // edited in the notes
        m_actions->setItem(row, 0, textItem);
        auto* owner = new QComboBox(m_actions);
        fillEnum(owner, item.owner);
        connect(owner, &QComboBox::activated, this, &MeetingView::changed);
        m_actions->setCellWidget(row, 1, owner);
        auto* due = new QTableWidgetItem;
        if (item.due.isValid())
            due->setData(Qt::EditRole, item.due);
        m_actions->setItem(row, 2, due);
    }
    m_actions->setRowCount(int(lines.size()));
    m_filling = wasFilling;
}

MeetingDraft MeetingView::draft() const
{
    MeetingDraft d;
    d.personId = m_personId;
    d.date = m_date;
    for (int row = 0; row < m_agenda->count(); ++row) {
        const QListWidgetItem* item = m_agenda->item(row);
        d.agenda << AgendaItem{item->text(), item->data(AgendaPartyRole).value<Party>(),
                               item->checkState() == Qt::Checked};
    }
    for (int row = 0; row < m_earlierList->count() && row < m_earlier.size(); ++row) {
        if (m_earlierList->item(row)->checkState() == Qt::Checked)
            d.tickedEarlier << TickedAction{m_earlier.at(row).meetingId,
                                            m_earlier.at(row).item.text};
    }
    d.notes = m_notes->toPlainText();
    d.summary = m_summary->toPlainText();
    if (m_talk->checkedId() > 0)
        d.talkSharePercent = m_talk->checkedId();
    if (m_energy->checkedId() > 0)
        d.energy = m_energy->checkedId();
    d.contextShared = m_context->isChecked();
    d.mistakeDiscussed = m_mistake->isChecked();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const auto* owner = qobject_cast<QComboBox*>(m_actions->cellWidget(row, 1));
        d.actionChoices << ActionItem{m_actions->item(row, 0)->text(),
                                      owner ? enumValue<Party>(owner) : Party::Member,
                                      m_actions->item(row, 2)->data(Qt::EditRole).toDate(),
                                      {}};
    }
    return d;
}

void MeetingView::changed()
{
    if (m_filling || m_finished)
        return;
    // After a pause in typing, and at the latest MaxSaveDelayMs after the
    // first change: typing on and on is saved too.
    if (!m_saveTimer->isActive())
        m_pendingSince.start();
    else if (m_pendingSince.elapsed() >= MaxSaveDelayMs)
        return; // let the running timer fire
    m_saveTimer->start();
}

void MeetingView::addTopic()
{
    const QString text = m_topic->text().trimmed();
    if (text.isEmpty())
        return;
    auto* row = new QListWidgetItem(text, m_agenda);
    row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
    row->setCheckState(Qt::Unchecked);
    row->setData(AgendaPartyRole, QVariant::fromValue(Party::Manager));
    m_topic->clear();
    changed();
}

bool MeetingView::saveDraft()
{
    m_saveTimer->stop();
    if (m_finished)
        return true;
    if (m_actionsTimer->isActive())
        refreshActions();
    try {
        m_workspace.store().saveDraft(draft());
        m_status->setText(tr("Draft saved %1.")
                              .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        emit draftSaved();
        return true;
    } catch (const Error& error) {
        m_status->setText(tr("The draft is not saved: %1").arg(error.message()));
        return false;
    }
}

void MeetingView::endMeeting()
{
    if (m_finished)
        return;
    // A date being edited counts: leaving its cell commits it.
    m_actions->setCurrentIndex(QModelIndex());
    refreshActions();
    const MeetingDraft current = draft();
    const OneOnOne meeting = meetingFromDraft(current, defaultDue());
    QList<OpenAction> ticked;
    for (const OpenAction& a : m_earlier) {
        if (current.tickedEarlier.contains(TickedAction{a.meetingId, a.item.text}))
            ticked << a;
    }
    const QList<OneOnOne> after = closingActions(m_workspace.log(), ticked, meeting.date);
    auto* command =
        new LogOneOnOneCommand(m_workspace, meeting, asTheyAre(m_workspace.log(), after), after);
    if (!m_workspace.run(command)) {
        saveDraft(); // nothing is lost: the draft stays
        return;
    }
    m_finished = true;
    try {
        m_workspace.store().removeDraft(m_personId);
    } catch (const Error&) {
        // The 1:1 is logged; a draft left behind is offered again and can be discarded.
    }
    emit ended(command->entryId());
    QDialog::accept();
}

void MeetingView::discard()
{
    const auto answer =
        QMessageBox::question(this, tr("Discard this one-on-one?"),
                              tr("Your notes of this meeting are deleted and nothing is logged."),
                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    m_finished = true;
    m_saveTimer->stop();
    try {
        m_workspace.store().removeDraft(m_personId);
    } catch (const Error&) {
    }
    QDialog::reject();
}

void MeetingView::reject()
{
    // Escape and closing never discard: the draft is saved and stays.
    if (!m_finished) {
        m_actions->setCurrentIndex(QModelIndex()); // a date being edited counts
        saveDraft();
    }
    QDialog::reject();
}

void MeetingView::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_notes->setFocus(); // typing starts at once
}

void MeetingView::closeEvent(QCloseEvent* event)
{
    if (!m_finished)
        saveDraft();
    QDialog::closeEvent(event);
}

} // namespace rd::ui
