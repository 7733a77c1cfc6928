#include "PlansDialog.h"

#include "DialogSupport.h"
#include "schedule/Plans.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

PlansDialog::PlansDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_list(new QTreeWidget(this))
    , m_prepare(new QPushButton(tr("&Prepare"), this))
    , m_move(new QPushButton(tr("&Move…"), this))
    , m_cancel(new QPushButton(tr("&Cancel the one-on-one"), this))
{
    setObjectName(u"plansDialog"_s);
    setWindowTitle(tr("Planned one-on-ones"));
    m_list->setObjectName(u"plansList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("When"), tr("Team member"), tr("Length"), tr("From")});
    m_list->setAccessibleName(windowTitle());
    m_prepare->setObjectName(u"plansPrepare"_s);
    m_move->setObjectName(u"plansMove"_s);
    m_cancel->setObjectName(u"plansCancel"_s);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"plansButtons"_s);
    buttons->addButton(m_prepare, QDialogButtonBox::ActionRole);
    buttons->addButton(m_move, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_prepare, &QPushButton::clicked, this, [this] {
        if (const auto plan = chosen()) {
            emit prepareRequested(plan->personId);
            accept();
        }
    });
    connect(m_move, &QPushButton::clicked, this, [this] {
        if (const auto plan = chosen())
            emit moveRequested(*plan);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (const auto plan = chosen())
            emit cancelRequested(*plan);
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, m_prepare, &QPushButton::click);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PlansDialog::updateButtons);
    m_workspace.onChangeOf(this, {DataKind::Plans, DataKind::OneOnOnes, DataKind::People},
                           [this] { fill(); });
    auto* layout = new QVBoxLayout(this);
    auto* explained =
        new QLabel(tr("Every one-on-one planned from today, earliest first. A held, moved or "
                      "cancelled one leaves the list."),
                   this);
    explained->setWordWrap(true);
    layout->addWidget(explained);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    fill();
    resizeWithinScreen(this, {640, 480});
}

std::optional<PlannedOneOnOne> PlansDialog::chosen() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_plans.size())
        return std::nullopt;
    return m_plans.at(row);
}

void PlansDialog::fill()
{
    const std::optional<PlannedOneOnOne> before = chosen();
    const QDate today = m_workspace.today();
    m_plans = openPlans(m_workspace.log(), today);
    m_list->clear();
    QTreeWidgetItem* again = nullptr;
    for (const PlannedOneOnOne& plan : std::as_const(m_plans)) {
        const Person* who = m_workspace.log().person(plan.personId);
        auto* item = new QTreeWidgetItem(
            m_list, {planText(plan, today), who ? who->name : plan.personId,
                     plan.isAllDay() ? tr("all day") : tr("%n min", nullptr, plan.durationMinutes),
                     plan.uid.endsWith(u"@rodedraad"_s) ? tr("Rode Draad") : tr("a calendar")});
        if (before && before->id == plan.id)
            again = item;
    }
    m_list->setCurrentItem(again ? again : m_list->topLevelItem(0));
    m_list->header()->resizeSections(QHeaderView::ResizeToContents);
    updateButtons();
}

void PlansDialog::updateButtons()
{
    const bool any = chosen().has_value();
    const bool canWrite = m_workspace.canWrite();
    m_prepare->setEnabled(any);
    m_move->setEnabled(any && canWrite);
    m_cancel->setEnabled(any && canWrite);
}

} // namespace rd::ui
