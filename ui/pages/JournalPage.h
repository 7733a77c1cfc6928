#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace rd::ui {

class JournalModel;
class Workspace;

/// The learning journal: done prompts with reflections, over time.
class JournalPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)

public:
    explicit JournalPage(Workspace& workspace, QWidget* parent = nullptr);
    void retranslate();

private:
    JournalModel* m_model;
    QTableView* m_table;
    QLabel* m_intro;
};

} // namespace rd::ui
