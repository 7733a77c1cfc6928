#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace rd::ui {

class BoardModel;
class Workspace;

/// The delegation board: areas x people, coloured from control to
/// facilitation. Editing a cell agrees a new level; its history is listed.
class BoardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoardPage)

public:
    explicit BoardPage(Workspace& workspace, QWidget* parent = nullptr);
    void retranslate();
    BoardModel* model() const { return m_model; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showHistory();
    /// Columns share the width while each keeps room for a name and a level;
    /// a larger team gets columns of that width and scrolls sideways.
    void fitColumns(bool reset);
    void fitNames(int columnWidth, bool reset);

    Workspace& m_workspace;
    BoardModel* m_model;
    QTableView* m_table;
    QListWidget* m_history;
    QLabel* m_legend;
    QLabel* m_historyTitle;
    QPushButton* m_addArea;
    bool m_stretched = false;
    int m_widestName = 0; ///< pixels, the widest team member's name in bold
};

} // namespace rd::ui
