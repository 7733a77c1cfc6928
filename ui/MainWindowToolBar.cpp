// The main toolbar (logging, undo and search, with labels that keep their width)
// and the Help menu.
#include "help/HowItWorks.h"
#include "Icons.h"
#include "MainWindow.h"
#include "storage/Database.h"
#include "Version.h"
#include "Workspace.h"

#include <algorithm>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace rd::ui {

void MainWindow::createUndoActions()
{
    QUndoStack* stack = m_workspace->undoStack();
    // A step undone against a snapshot another program has changed could put
    // back what it wrote (or remove it): look first; a change read in clears
    // the history, and nothing is undone.
    auto step = [this](void (QUndoStack::*undoOrRedo)()) {
        QUndoStack* undoStack = m_workspace->undoStack();
        const bool undo = undoOrRedo == &QUndoStack::undo;
        const QString text = undo ? undoStack->undoText() : undoStack->redoText();
        const int before = undoStack->index();
        if (m_workspace->store().checkForOutsideWrites()) {
            syncUndoActions(); // the history was cleared, and the window says why
            return;
        }
        (undoStack->*undoOrRedo)();
        syncUndoActions(); // a failed step leaves the stack without telling
        // Undoing a whole meeting takes its notes with it: say what went, and
        // that Redo brings it back.
        if (undoStack->index() != before)
            note(undo ? tr("Undone: %1. Redo brings it back.").arg(text)
                      : tr("Redone: %1.").arg(text));
    };
    m_undo = new QAction(this);
    m_undo->setObjectName(u"undoAction"_s);
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_undo->setEnabled(stack->canUndo());
    connect(m_undo, &QAction::triggered, this, [step] { step(&QUndoStack::undo); });
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    m_redo = new QAction(this);
    m_redo->setObjectName(u"redoAction"_s);
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redo->setEnabled(stack->canRedo());
    connect(m_redo, &QAction::triggered, this, [step] { step(&QUndoStack::redo); });
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_workspace, &Workspace::historyDropped, this, [this] {
        syncUndoActions();
        note(tr("What you undid can no longer be redone: a step it stood on failed."),
             std::chrono::seconds(10));
    });
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateToolBar);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateToolBar);
}

void MainWindow::syncUndoActions()
{
    // QUndoStack drops a step that failed without its canUndo/canRedo signals.
    const QUndoStack* stack = m_workspace->undoStack();
    for (QAction* undo : {m_undo, m_undoButton}) {
        if (undo)
            undo->setEnabled(stack->canUndo());
    }
    for (QAction* redo : {m_redo, m_redoButton}) {
        if (redo)
            redo->setEnabled(stack->canRedo());
    }
    retranslateToolBar();
}

void MainWindow::createToolBar()
{
    // The menu's Undo names the step ("Undo Log one-on-one"); on the toolbar a
    // growing label would push every action after it along, so the toolbar
    // has its own Undo and Redo with a fixed label and the step in the tooltip.
    QUndoStack* stack = m_workspace->undoStack();
    m_undoButton = new QAction(this);
    m_undoButton->setObjectName(u"undoToolAction"_s);
    m_undoButton->setEnabled(stack->canUndo());
    connect(m_undoButton, &QAction::triggered, m_undo, &QAction::trigger);
    connect(stack, &QUndoStack::canUndoChanged, m_undoButton, &QAction::setEnabled);
    m_redoButton = new QAction(this);
    m_redoButton->setObjectName(u"redoToolAction"_s);
    m_redoButton->setEnabled(stack->canRedo());
    connect(m_redoButton, &QAction::triggered, m_redo, &QAction::trigger);
    connect(stack, &QUndoStack::canRedoChanged, m_redoButton, &QAction::setEnabled);

    QToolBar* toolBar = addToolBar(QString());
    toolBar->setObjectName(u"mainToolBar"_s);
    // Icons with their words beside them: a new manager reads what each does.
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addActions({m_logOneOnOne, m_logDecision, m_logInitiative});
    toolBar->addSeparator();
    toolBar->addActions({m_undoButton, m_redoButton, m_search});
}

void MainWindow::applyIcons()
{
    using icons::Icon;
    const QList<std::pair<QAction*, Icon>> actions{
        {m_logOneOnOne, Icon::OneOnOne},     {m_logDecision, Icon::Decision},
        {m_logInitiative, Icon::Initiative}, {m_undo, Icon::Undo},
        {m_undoButton, Icon::Undo},          {m_redo, Icon::Redo},
        {m_redoButton, Icon::Redo},          {m_search, Icon::Search},
        {m_howItWorksAction, Icon::Help}};
    // All from the theme or all Rode Draad's own: a theme with only some of
    // them would mix its glossy icons with the flat ones.
    const bool themed = std::all_of(actions.cbegin(), actions.cend(),
                                    [](const auto& a) { return icons::hasThemeIcon(a.second); });
    for (const auto& [action, which] : actions) {
        if (action)
            action->setIcon(themed ? icons::icon(which, palette())
                                   : icons::bundled(which, palette()));
    }
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(QString());
    m_howItWorksAction = new QAction(this);
    m_howItWorksAction->setObjectName(u"howItWorksAction"_s);
    m_howItWorksAction->setShortcut(QKeySequence::HelpContents);
    connect(m_howItWorksAction, &QAction::triggered, this, [this] { showHowItWorks(); });
    m_about = new QAction(this);
    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQt = new QAction(this);
    m_aboutQt->setObjectName(u"aboutQtAction"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_helpMenu->addAction(m_howItWorksAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addActions({m_about, m_aboutQt});
}

void MainWindow::showAbout()
{
    const QString text = u"<h3>Rode Draad %1</h3><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
        rodedraadVersion(),
        tr("A coaching companion for managers: from control to facilitation.").toHtmlEscaped(),
        tr("Your logs stay in one file on this computer, %1. Rode Draad has no account and "
           "makes no network connections.")
            .arg(m_db.path())
            .toHtmlEscaped(),
        tr("Free software under the GNU General Public License, version 3 or later.")
            .toHtmlEscaped());
    QMessageBox::about(this, tr("About Rode Draad"), text);
}

void MainWindow::showHowItWorks(std::optional<Lever> lever)
{
    // One window, kept open beside what it explains; the language follows the app's.
    if (!m_howItWorks) {
        m_howItWorks = new HowItWorks(this);
        m_howItWorks->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_howItWorks->show();
    m_howItWorks->raise();
    m_howItWorks->activateWindow();
    if (lever)
        m_howItWorks->showLever(*lever);
}

void MainWindow::retranslateToolBar()
{
    if (m_helpMenu) {
        m_helpMenu->setTitle(tr("&Help"));
        m_howItWorksAction->setText(tr("&How Rode Draad works"));
        m_about->setText(tr("&About Rode Draad"));
        m_aboutQt->setText(tr("About &Qt"));
    }
    const QUndoStack* stack = m_workspace->undoStack();
    if (m_undo) {
        m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    }
    if (!m_undoButton)
        return;
    // The log actions' tooltips say what they do and the key that does it.
    const auto tip = [this](QAction* action, const QString& text) {
        if (!m_logBlockedTip.isEmpty() && action != m_search)
            action->setToolTip(m_logBlockedTip);
        else
            action->setToolTip(action->shortcut().isEmpty()
                                   ? text
                                   : tr("%1 (%2)").arg(text, action->shortcut().toString(
                                                                 QKeySequence::NativeText)));
    };
    tip(m_logOneOnOne, tr("Log a one-on-one you held"));
    tip(m_logDecision, tr("Log a decision you delegated"));
    tip(m_logInitiative, tr("Log an initiative a team member took"));
    tip(m_search, tr("Search every log"));
    m_undoButton->setText(tr("Undo"));
    const auto keys = [](const QAction* action) {
        return action->shortcut().toString(QKeySequence::NativeText);
    };
    m_undoButton->setToolTip(stack->canUndo()
                                 ? tr("Undo: %1 (%2)").arg(stack->undoText(), keys(m_undo))
                                 : tr("Nothing to undo"));
    m_redoButton->setText(tr("Redo"));
    m_redoButton->setToolTip(stack->canRedo()
                                 ? tr("Redo: %1 (%2)").arg(stack->redoText(), keys(m_redo))
                                 : tr("Nothing to redo"));
}

} // namespace rd::ui
