#include "JournalPage.h"

#include "models/JournalModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

JournalPage::JournalPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_model(new JournalModel(workspace, this))
    , m_table(new QTableView(this))
    , m_intro(new QLabel(this))
{
    setObjectName(u"journalPage"_s);
    m_table->setObjectName(u"journalTable"_s);
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // The date, the signal and the person fit their contents; the reflection
    // wraps in the width that is left, so a row is as tall as its reflection.
    for (int column : {0, 1, 2})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::resizeRowsToContents);
    // Rows measured before the columns had their width were far too tall.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            [this] { QTimer::singleShot(0, m_table, &QTableView::resizeRowsToContents); });
    retranslate();
}

void JournalPage::retranslate()
{
    m_intro->setText(
        tr("Measure to learn, not to control: every signal you marked done, with what you "
           "did and learned."));
    m_table->setAccessibleName(tr("Learning journal"));
}

} // namespace rd::ui
