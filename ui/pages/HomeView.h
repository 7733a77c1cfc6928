#pragma once

#include "coaching/Week.h"

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QVBoxLayout;

namespace rd::ui {

class Workspace;

/// The first thing a manager sees: who is next (overdue first), the few
/// signals that matter most this week, what went well, and while the team is
/// new the first week's steps. Computed by weekOf() from the snapshot.
class HomeView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeView)

public:
    explicit HomeView(Workspace& workspace, QWidget* parent = nullptr);
    void retranslate();
    /// The week as last shown (computed again when shown after a change).
    const Week& week() const { return m_week; }

signals:
    void prepareRequested(const QString& personId);
    void startRequested(const QString& personId);
    /// "All signals (27)": the full list.
    void allSignalsRequested();
    /// One focus signal's evidence, question and step, in the full list.
    void signalRequested(const QString& key);
    void addPersonRequested();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void changed();
    void fill();
    void fillNext();
    /// Whether the tree shows the week's people in the same groups and order.
    bool sameNextRows() const;
    void rebuildNext();
    /// Shows `n` in its row; returns whether the name changed.
    bool showNext(QTreeWidgetItem& item, const NextOneOnOne& n) const;
    void fitColumns();
    /// The names' column: as wide as the widest name, at most 45% of the list.
    void fitNameColumn();
    void fillFocus();
    void fillWins();
    void fillFirstWeek();
    QString selectedPerson() const;

    Workspace& m_workspace;
    Week m_week;
    QList<NextOneOnOne> m_shownNext; ///< what the rows of m_next show, if known
    bool m_stale = true;
    int m_namesWidth = 0; ///< the widest name's width, measured by fitColumns()
    QLabel* m_firstWeek;
    QPushButton* m_addFirst;
    QLabel* m_nextTitle;
    QLabel* m_focusTitle;
    QLabel* m_winsTitle;
    QWidget* m_nextPane = nullptr; ///< the next one-on-ones: title and box
    QGroupBox* m_nextBox;
    QTreeWidget* m_next;
    QPushButton* m_prepare;
    QPushButton* m_start;
    QGroupBox* m_focusBox;
    QVBoxLayout* m_focusList;
    QLabel* m_noFocus;
    QPushButton* m_allSignals;
    QGroupBox* m_winsBox;
    QLabel* m_wins;
};

} // namespace rd::ui
