// The main toolbar: logging, undo and search, with labels that keep their width.
#include "MainWindow.h"
#include "Workspace.h"

#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace rd::ui {

void MainWindow::createToolBar()
{
    // The menu's Undo names the step ("Undo Log one-on-one"); on the toolbar a
    // growing label would push every action after it along, so the toolbar
    // has its own Undo and Redo with a fixed label and the step in the tooltip.
    QUndoStack* stack = m_workspace->undoStack();
    m_undoButton = new QAction(this);
    m_undoButton->setObjectName(u"undoToolAction"_s);
    m_undoButton->setEnabled(stack->canUndo());
    connect(m_undoButton, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoButton, &QAction::setEnabled);
    m_redoButton = new QAction(this);
    m_redoButton->setObjectName(u"redoToolAction"_s);
    m_redoButton->setEnabled(stack->canRedo());
    connect(m_redoButton, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redoButton, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::retranslateToolBar);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::retranslateToolBar);

    QToolBar* toolBar = addToolBar(QString());
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);
    toolBar->addActions({m_logOneOnOne, m_logDecision, m_logInitiative});
    toolBar->addSeparator();
    toolBar->addActions({m_undoButton, m_redoButton, m_search});
}

void MainWindow::retranslateToolBar()
{
    if (!m_undoButton)
        return;
    const QUndoStack* stack = m_workspace->undoStack();
    m_undoButton->setText(tr("Undo"));
    m_undoButton->setToolTip(stack->canUndo() ? tr("Undo: %1").arg(stack->undoText())
                                              : tr("Nothing to undo"));
    m_redoButton->setText(tr("Redo"));
    m_redoButton->setToolTip(stack->canRedo() ? tr("Redo: %1").arg(stack->redoText())
                                              : tr("Nothing to redo"));
}

} // namespace rd::ui
