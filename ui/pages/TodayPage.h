#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace rd::ui {

class PromptModel;
class Workspace;

/// Today: the open prompts grouped by lever, each with its evidence, why,
/// question and action, and done (with a reflection), snooze and dismiss.
class TodayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(Workspace& workspace, QWidget* parent = nullptr);
    void setPersonFilter(const QString& personId);
    void retranslate();
    PromptModel* model() const { return m_model; }

    void markDone();
    void snooze(int days);
    void dismiss();

signals:
    /// The empty team's way in: "Add a team member…".
    void addPersonRequested();

private:
    void fitLeverTitles();
    void showEmptyText();
    void showSelected();
    QString selectedKey() const;

    Workspace& m_workspace;
    PromptModel* m_model;
    QTreeView* m_tree;
    QTextBrowser* m_detail;
    QLabel* m_empty;
    QPushButton* m_addPerson; ///< shown while the team has nobody yet
    QPushButton* m_done;
    QToolButton* m_snooze;
    QPushButton* m_dismiss;
};

} // namespace rd::ui
