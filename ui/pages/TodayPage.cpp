#include "TodayPage.h"

#include "coaching/PrepSheet.h"
#include "coaching/RuleNames.h"
#include "commands/Commands.h"
#include "help/HowItWorks.h"
#include "HomeView.h"
#include "models/PromptModel.h"
#include "Workspace.h"

#include <algorithm>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
/// The link in a prompt's step that opens the Actions view.
constexpr QStringView ActionsLink = u"rodedraad:actions";
} // namespace

TodayPage::TodayPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new PromptModel(workspace, this))
    , m_stack(new QStackedWidget(this))
    , m_home(new HomeView(workspace, this))
    , m_signals(new QWidget(this))
    , m_backHome(new QPushButton(this))
    , m_tree(new QTreeView(this))
    , m_detail(new QTextBrowser(this))
    , m_empty(new QLabel(this))
    , m_addPerson(new QPushButton(this))
    , m_done(new QPushButton(this))
    , m_snooze(new QToolButton(this))
    , m_dismiss(new QPushButton(this))
{
    setObjectName(u"todayPage"_s);
    m_tree->setObjectName(u"todayPrompts"_s);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_detail->setObjectName(u"todayPromptDetail"_s);
    m_detail->setOpenLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const Prompt* p = m_model->prompt(m_tree->currentIndex());
        if (p && url.toString() == ActionsLink)
            emit actionsRequested(p->personId);
        else if (const std::optional<Lever> lever = leverOfLink(url))
            emit leverHelpRequested(*lever);
    });
    m_empty->setObjectName(u"todayEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_addPerson->setObjectName(u"todayAddPerson"_s);
    connect(m_addPerson, &QPushButton::clicked, this, &TodayPage::addPersonRequested);
    m_workspace.onChangeOf(this, {DataKind::People}, [this] { showEmptyText(); });
    connect(&m_workspace.promptService(), &PromptService::promptsChanged, this,
            &TodayPage::showEmptyText);
    m_done->setObjectName(u"todayDone"_s);
    m_snooze->setObjectName(u"todaySnooze"_s);
    m_dismiss->setObjectName(u"todayDismiss"_s);
    m_snooze->setPopupMode(QToolButton::MenuButtonPopup);
    auto* snoozeMenu = new QMenu(m_snooze);
    m_snooze->setMenu(snoozeMenu);
    connect(m_snooze, &QToolButton::clicked, this, [this] { snooze(7); });
    connect(m_done, &QPushButton::clicked, this, &TodayPage::markDone);
    connect(m_dismiss, &QPushButton::clicked, this, &TodayPage::dismiss);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_done);
    buttons->addWidget(m_snooze);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addLayout(buttons);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_tree);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    m_signals->setObjectName(u"todaySignals"_s);
    m_backHome->setObjectName(u"todayBackHome"_s);
    auto* layout = new QVBoxLayout(m_signals);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_backHome, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(m_empty);
    layout->addWidget(m_addPerson, 0, Qt::AlignCenter);
    layout->addStretch();
    layout->addWidget(splitter, 1);
    m_stack->addWidget(m_home);
    m_stack->addWidget(m_signals);
    auto* page = new QVBoxLayout(this);
    page->addWidget(m_stack);
    connect(m_backHome, &QPushButton::clicked, this, &TodayPage::showHome);
    // "All signals" is the whole team's list; a focus signal opens among its
    // person's (whoever was chosen before).
    connect(m_home, &HomeView::allSignalsRequested, this, [this] {
        emit personWanted({});
        showAllSignals();
    });
    connect(m_home, &HomeView::signalRequested, this, [this](const QString& key) {
        for (const Prompt& p : m_workspace.prompts()) {
            if (p.key == key)
                emit personWanted(p.personId);
        }
        showAllSignals(key);
    });
    connect(m_home, &HomeView::addPersonRequested, this, &TodayPage::addPersonRequested);
    connect(m_home, &HomeView::prepareRequested, this, &TodayPage::prepareRequested);
    connect(m_home, &HomeView::startRequested, this, &TodayPage::startRequested);

    connect(m_model, &QAbstractItemModel::modelReset, this, [this, splitter] {
        m_tree->expandAll();
        fitLeverTitles();
        const bool empty = m_model->rowCount() == 0;
        showEmptyText();
        m_empty->setVisible(empty);
        splitter->setVisible(!empty);
        showSelected();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TodayPage::showSelected);
    m_tree->expandAll();
    retranslate();
    m_empty->setVisible(m_model->rowCount() == 0);
    splitter->setVisible(m_model->rowCount() > 0);
    showSelected();
}

void TodayPage::showHome()
{
    m_stack->setCurrentWidget(m_home);
}

void TodayPage::showAllSignals(const QString& key)
{
    m_stack->setCurrentWidget(m_signals);
    if (key.isEmpty())
        return;
    if (const QModelIndex index = m_model->indexOf(key); index.isValid()) {
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    }
}

void TodayPage::retranslate()
{
    m_home->retranslate();
    m_backHome->setText(tr("← &Back to this week"));
    m_tree->setAccessibleName(tr("Open signals by lever"));
    m_detail->setAccessibleName(tr("The selected signal"));
    showEmptyText();
    fitLeverTitles();
    m_done->setText(tr("&Done…"));
    m_done->setToolTip(tr("Mark it done and write down what you did and learned"));
    m_snooze->setText(tr("&Snooze a week"));
    m_dismiss->setText(tr("D&ismiss"));
    QMenu* menu = m_snooze->menu();
    menu->clear();
    menu->addAction(tr("Snooze a week"), this, [this] { snooze(7); });
    menu->addAction(tr("Snooze two weeks"), this, [this] { snooze(14); });
    menu->addAction(tr("Snooze a month"), this, [this] { snooze(30); });
}

void TodayPage::showEmptyText()
{
    // While the logs are still loading, "no open prompts" would not be true yet;
    // a team of nobody, or with nothing logged, needs its first step named.
    const TeamLog& log = m_workspace.log();
    const bool nobody = std::none_of(log.people.cbegin(), log.people.cend(),
                                     [](const Person& p) { return !p.archived; });
    if (m_workspace.isLoading())
        m_empty->setText(tr("Loading your logs…"));
    else if (nobody)
        m_empty->setText(tr("Start with the people you lead: add each team member once. Then log "
                            "your one-on-ones, delegated decisions and the initiatives you "
                            "recognise, and Rode Draad points out where you can move from control "
                            "to facilitation."));
    else if (log.entryCount() == 0)
        m_empty->setText(tr("Nothing logged yet. Log a one-on-one (Ctrl+1), a delegated decision "
                            "(Ctrl+2) or an initiative you recognised (Ctrl+3), and the signals "
                            "for your next conversations appear here."));
    else
        m_empty->setText(
            tr("No open signals. Keep logging your one-on-ones, decisions and initiatives: "
               "Rode Draad will point out where you can move from control to facilitation."));
    m_addPerson->setText(tr("&Add a team member…"));
    const bool empty = m_model->rowCount() == 0;
    m_addPerson->setVisible(empty && nobody && !m_workspace.isLoading() && m_workspace.canWrite());
}

void TodayPage::setPersonFilter(const QString& personId)
{
    m_model->setPersonFilter(personId);
}

QString TodayPage::selectedKey() const
{
    return m_tree->currentIndex().data(PromptModel::KeyRole).toString();
}

void TodayPage::showSelected()
{
    const Prompt* p = m_model->prompt(m_tree->currentIndex());
    m_done->setEnabled(p && m_workspace.canWrite());
    m_snooze->setEnabled(p && m_workspace.canWrite());
    m_dismiss->setEnabled(p && m_workspace.canWrite());
    if (!p) {
        m_detail->setHtml(u"<p>"_s +
                          tr("Select a signal to see the evidence behind it, a question for "
                             "your next one-on-one and one concrete action.") +
                          u"</p>"_s);
        return;
    }
    QString html = u"<h2>"_s + p->title.toHtmlEscaped() + u"</h2>"_s;
    // The lever links to its explanation in "How Rode Draad works".
    html += u"<p><i><a href=\"%1\">%2</a> · "_s.arg(leverLink(p->lever),
                                                    label(p->lever).toHtmlEscaped()) +
            label(p->severity).toHtmlEscaped() + u" · "_s + ruleName(p->rule).toHtmlEscaped() +
            u"</i></p>"_s;
    html += u"<h3>"_s + tr("What the logs show") + u"</h3><ul>"_s;
    for (const QString& line : p->evidence)
        html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
    html +=
        u"</ul><h3>"_s + tr("Why it matters") + u"</h3><p>"_s + p->why.toHtmlEscaped() + u"</p>"_s;
    html += u"<h3>"_s + tr("Ask in your next one-on-one") + u"</h3><p>"_s +
            p->question.toHtmlEscaped() + u"</p>"_s;
    html +=
        u"<h3>"_s + tr("One concrete step") + u"</h3><p>"_s + p->action.toHtmlEscaped() + u"</p>"_s;
    // Late actions of your own: the step is done where the actions are.
    if (p->rule == u"manager-actions-overdue"_s)
        html += u"<p><a href=\"%1\">"_s.arg(ActionsLink) +
                tr("Open these actions: tick what is done, or agree a new date").toHtmlEscaped() +
                u"</a></p>"_s;
    m_detail->setHtml(html);
}

void TodayPage::markDone()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(u"reflectionDialog"_s);
    dialog.setWindowTitle(tr("Mark done"));
    dialog.setLabelText(
        tr("What did you do, and what did you learn? This goes into your journal."));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workspace.run(new SetPromptStateCommand(
        m_workspace,
        {key, PromptStateKind::Done, m_workspace.today(), {}, dialog.textValue().trimmed()},
        std::nullopt));
}

void TodayPage::snooze(int days)
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    m_workspace.run(new SetPromptStateCommand(
        m_workspace,
        {key, PromptStateKind::Snoozed, m_workspace.today(), m_workspace.today().addDays(days), {}},
        std::nullopt));
}

void TodayPage::dismiss()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    m_workspace.run(new SetPromptStateCommand(
        m_workspace, {key, PromptStateKind::Dismissed, m_workspace.today(), {}, {}}, std::nullopt));
}

void TodayPage::fitLeverTitles()
{
    // A lever's title is the group heading: it is never cut. The prompts under
    // it may be elided; their whole title is the tooltip and the detail's heading.
    QFont bold = m_tree->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int lever = 0; lever < m_model->rowCount(); ++lever)
        widest = std::max(widest, metrics.horizontalAdvance(
                                      m_model->index(lever, 0).data(Qt::DisplayRole).toString()));
    const int frame =
        2 * m_tree->frameWidth() + m_tree->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_tree->setMinimumWidth(widest + m_tree->indentation() + frame + 16);
}

} // namespace rd::ui
