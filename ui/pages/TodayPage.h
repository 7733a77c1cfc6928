#pragma once

#include "coaching/Prompt.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace rd::ui {

class HomeView;
class PromptModel;
class Workspace;

/// Today: the home page (HomeView: who is next, the focus, the wins) and,
/// one click away, all open signals grouped by lever, each with its
/// evidence, why, question and action, and done (with a reflection), snooze
/// and dismiss.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(Workspace& workspace, QWidget* parent = nullptr);
    void setPersonFilter(const QString& personId);
    void retranslate();
    PromptModel* model() const { return m_model; }

    HomeView* home() const { return m_home; }
    /// The home page, or the full list of signals (with `key` chosen, if given).
    void showHome();
    void showAllSignals(const QString& key = {});

    void markDone();
    void snooze(int days);
    void dismiss();

signals:
    /// The empty team's way in: "Add a team member…".
    void addPersonRequested();
    void prepareRequested(const QString& personId);
    /// The full list is opened for `personId` (empty: the whole team): the
    /// window chooses them, so that the list shows what was asked for.
    void personWanted(const QString& personId);
    void startRequested(const QString& personId);
    /// The Actions view, showing `personId`'s (a prompt's step links there).
    void actionsRequested(const QString& personId);
    /// A prompt's lever link: its explanation in "How Rode Draad works".
    void leverHelpRequested(rd::Lever lever);

private:
    void fitLeverTitles();
    void showEmptyText();
    void showSelected();
    QString selectedKey() const;

    Workspace& m_workspace;
    PromptModel* m_model;
    QStackedWidget* m_stack;
    HomeView* m_home;
    QWidget* m_signals;
    QPushButton* m_backHome;
    QTreeView* m_tree;
    QTextBrowser* m_detail;
    QLabel* m_empty;
    QPushButton* m_addPerson; ///< shown while the team has nobody yet
    QPushButton* m_done;
    QToolButton* m_snooze;
    QPushButton* m_dismiss;
};

} // namespace rd::ui
