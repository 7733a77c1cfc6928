#include "ActionsPage.h"

#include "models/ActionsModel.h"
#include "widgets/DateDelegate.h"
#include "widgets/DateField.h"
#include "Workspace.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

ActionsPage::ActionsPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ActionsModel(workspace, this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_done(new QPushButton(this))
    , m_move(new QPushButton(this))
    , m_open(new QPushButton(this))
{
    setObjectName(u"actionsPage"_s);
    m_summary->setObjectName(u"actionsSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"actionsTable"_s);
    m_done->setObjectName(u"actionsDone"_s);
    m_move->setObjectName(u"actionsMove"_s);
    m_open->setObjectName(u"actionsOpenMeeting"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ActionsModel::DueColumn,
                                      new DateDelegate(DateDelegate::Optional::No, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // The action's text takes the width; the other columns fit their contents.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionsModel::TextColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);

    connect(m_done, &QPushButton::clicked, this, &ActionsPage::closeSelected);
    connect(m_move, &QPushButton::clicked, this, &ActionsPage::moveSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const QList<int> rows = selectedRows(); !rows.isEmpty())
            emit meetingWanted(m_model->action(rows.first()).meetingId);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != ActionsModel::DueColumn) // that one edits the date
            emit meetingWanted(m_model->action(index.row()).meetingId);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActionsPage::updateState);
    // A change (a date moved, one closed) rebuilds the list: the actions that
    // were selected and are still open stay selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptSelection.clear();
        for (int row : selectedRows())
            m_keptSelection << m_model->action(row);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const OpenAction& a = m_model->action(row);
            for (const OpenAction& kept : std::as_const(m_keptSelection)) {
                if (kept.meetingId == a.meetingId && kept.item.text == a.item.text)
                    m_table->selectionModel()->select(m_model->index(row, 0),
                                                      QItemSelectionModel::Select |
                                                          QItemSelectionModel::Rows);
            }
        }
        m_keptSelection.clear();
        updateState();
    });
    m_workspace.onChangeOf(this, {DataKind::People}, [this] { updateState(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_done);
    buttons->addWidget(m_move);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    retranslate();
}

void ActionsPage::showEvent(QShowEvent* event)
{
    m_model->setShown(true);
    QWidget::showEvent(event);
}

void ActionsPage::hideEvent(QHideEvent* event)
{
    m_model->setShown(false);
    QWidget::hideEvent(event);
}

void ActionsPage::setPersonFilter(const QString& personId)
{
    m_model->setPersonFilter(personId);
}

void ActionsPage::retranslate()
{
    m_table->setAccessibleName(tr("Open actions"));
    m_done->setText(tr("Mark &done"));
    m_done->setToolTip(tr("Closes the selected actions as done today"));
    m_move->setText(tr("New d&ue date…"));
    m_move->setToolTip(tr("Agree a new due date for the selected actions; the move is recorded"));
    m_open->setText(tr("Show the &one-on-one"));
    m_open->setToolTip(tr("Shows the one-on-one the action was agreed in"));
    updateState();
}

QList<int> ActionsPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ActionsPage::updateState()
{
    const int count = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    if (count == 0)
        m_summary->setText(tr("No open actions. The actions you agree in a one-on-one, yours "
                              "and theirs, appear here until they are done."));
    else if (overdue == 0)
        m_summary->setText(tr("%n open action(s), none overdue.", nullptr, count));
    else
        m_summary->setText(tr("%n open action(s), %1 overdue: tick what is done, or agree a "
                              "new date.",
                              nullptr, count)
                               .arg(overdue));
    const int selected = int(selectedRows().size());
    const bool canWrite = m_workspace.canWrite();
    m_done->setEnabled(canWrite && selected > 0);
    m_move->setEnabled(canWrite && selected > 0);
    m_open->setEnabled(selected == 1);
}

void ActionsPage::closeSelected()
{
    m_model->close(selectedRows());
}

void ActionsPage::moveSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QDate current = m_model->action(rows.first()).item.due;
    const QDate today = m_workspace.today();
    // A week on from the later of today and the agreed date.
    const QDate suggested = (current.isValid() && current > today ? current : today).addDays(7);
    if (const QDate due = askNewDue(suggested); due.isValid())
        m_model->move(rows, due);
}

QDate ActionsPage::askNewDue(QDate suggested)
{
    QDialog dialog(this);
    dialog.setObjectName(u"actionsDueDialog"_s);
    dialog.setWindowTitle(tr("New due date"));
    auto* date = new DateField(suggested, &dialog);
    date->setObjectName(u"actionsNewDue"_s);
    date->setCalendarPopup(true);
    date->setMinimumDate(m_workspace.today());
    auto* note = new QLabel(
        tr("Renegotiating is a legitimate outcome: the first agreed date is kept with the "
           "action."),
        &dialog);
    note->setWordWrap(true);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->setObjectName(u"actionsDueButtons"_s);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&Due on"), date);
    form->addRow(note);
    form->addRow(box);
    return dialog.exec() == QDialog::Accepted ? date->date() : QDate();
}

} // namespace rd::ui
