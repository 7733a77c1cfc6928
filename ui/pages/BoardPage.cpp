#include "BoardPage.h"

#include "models/BoardModel.h"
#include "Theme.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
/// Edits a board cell with a combo box of the seven levels in plain words.
class LevelDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override
    {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(u"boardLevelEditor"_s);
        for (DelegationLevel level : allValues<DelegationLevel>())
            combo->addItem(levelDisplay(level) + u" · "_s + levelDescription(level), toInt(level));
        // The whole level name, however narrow the column: the list is as wide as its items.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) +
                                       combo->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
        return combo;
    }
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex&) const override
    {
        // At least as wide as the chosen level's name; it may cover the next
        // cells while it is open, as a spreadsheet's editor does.
        QRect rect = option.rect;
        rect.setWidth(std::max(rect.width(), editor->sizeHint().width()));
        rect.setHeight(std::max(rect.height(), editor->sizeHint().height()));
        editor->setGeometry(rect);
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        auto* combo = static_cast<QComboBox*>(editor);
        const int level = index.data(Qt::EditRole).toInt();
        combo->setCurrentIndex(level > 0 ? level - 1 : toInt(DelegationLevel::Consult) - 1);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override
    {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};
} // namespace

BoardPage::BoardPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new BoardModel(workspace, this))
    , m_table(new QTableView(this))
    , m_history(new QListWidget(this))
    , m_legend(new QLabel(this))
    , m_historyTitle(new QLabel(this))
    , m_addArea(new QPushButton(this))
{
    setObjectName(u"boardPage"_s);
    m_table->setObjectName(u"boardTable"_s);
    m_history->setObjectName(u"boardHistory"_s);
    m_addArea->setObjectName(u"boardAddArea"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new LevelDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Every cell is one line, so the columns in view tell each row's height.
    // By default Qt measures up to 1,000 columns per row on every show: with a
    // large team that was most of the time this page took to appear.
    m_table->verticalHeader()->setResizeContentsPrecision(0);
    m_table->viewport()->installEventFilter(this);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BoardPage::showHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoardPage::showHistory);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BoardPage::showHistory);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { fitColumns(true); });
    connect(m_addArea, &QPushButton::clicked, this, [this] {
        const QString area =
            QInputDialog::getText(this, tr("Add decision area"), tr("Decision area:"));
        m_model->addArea(area);
    });

    // The board has a handful of rows and a column per person: it gets the
    // whole width, and the chosen cell's history sits under it.
    auto* history = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_history, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"boardSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(history);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(m_addArea, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    retranslate();
    fitColumns(true);
}

bool BoardPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns(false);
    return QWidget::eventFilter(watched, event);
}

void BoardPage::fitColumns(bool reset)
{
    QHeaderView* header = m_table->horizontalHeader();
    // Room for the widest level ("7 · Delegate") and the cell's margins.
    int minimum = 0;
    for (DelegationLevel level : allValues<DelegationLevel>())
        minimum = std::max(minimum, m_table->fontMetrics().horizontalAdvance(levelDisplay(level)));
    minimum +=
        2 * m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 8;
    const int columns = m_model->columnCount();
    // Stretching a thousand columns into one window measured every one of them
    // on each show (96 ms for 1,056 people) and left each under a pixel wide.
    const bool stretch = columns * minimum <= m_table->viewport()->width();
    fitNames(stretch && columns > 0 ? m_table->viewport()->width() / columns : minimum, reset);
    if (!reset && stretch == m_stretched)
        return; // keep what the manager resized by hand
    m_stretched = stretch;
    header->setDefaultSectionSize(minimum);
    if (stretch) {
        header->setSectionResizeMode(QHeaderView::Stretch);
        return;
    }
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int c = 0; c < columns; ++c)
        header->resizeSection(c, minimum);
}

void BoardPage::fitNames(int columnWidth, bool reset)
{
    // A name wider than its column wraps onto a second line, for which the
    // header makes room (it would be cut at both sides otherwise).
    QHeaderView* header = m_table->horizontalHeader();
    if (reset) {
        QFont bold = header->font(); // the current column's name is drawn bold
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        m_widestName = 0;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            m_widestName = std::max(
                m_widestName,
                metrics.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()));
        }
    }
    const int margins = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const bool wrap = m_widestName + margins > columnWidth;
    header->setDefaultAlignment(wrap ? Qt::Alignment(Qt::AlignCenter | Qt::TextWordWrap)
                                     : Qt::Alignment(Qt::AlignCenter));
    header->setMinimumHeight(wrap ? 2 * header->fontMetrics().lineSpacing() + margins : 0);
}

void BoardPage::retranslate()
{
    m_table->setAccessibleName(tr("Delegation board: decision areas by team member"));
    m_history->setAccessibleName(tr("History of the selected cell"));
    m_historyTitle->setText(tr("History of the selected cell"));
    m_addArea->setText(tr("Add decision &area…"));
    m_addArea->setEnabled(m_workspace.canWrite());
    QString legend = tr("From control to facilitation:") + u' ';
    for (DelegationLevel level : allValues<DelegationLevel>()) {
        legend += u"<span style='background-color:%1; color:black'>&nbsp;%2&nbsp;</span> "_s.arg(
            theme::level(level).name(),
            // A chip never breaks across lines: "6 ·" above "Navragen" reads as two.
            levelDisplay(level).toHtmlEscaped().replace(u' ', u"&nbsp;"_s));
    }
    m_legend->setText(
        legend + u"<br><small>"_s +
        tr("Double-click a cell to agree a new level; earlier agreements stay in its history.") +
        u"</small>"_s);
    showHistory();
}

void BoardPage::showHistory()
{
    m_history->clear();
    const QModelIndex cell = m_table->currentIndex();
    const QString history = cell.data(BoardModel::HistoryRole).toString();
    if (!history.isEmpty()) {
        m_history->addItems(history.split(u'\n'));
        return;
    }
    // Say what the empty list means rather than showing nothing.
    auto* note = new QListWidgetItem(
        cell.isValid()
            ? tr("No level agreed yet with %1 for %2. Double-click the cell to agree one.")
                  .arg(m_model->headerData(cell.column(), Qt::Horizontal).toString(),
                       m_model->headerData(cell.row(), Qt::Vertical).toString())
            : tr("Choose a cell to see every level agreed for it, newest first."));
    note->setFlags(Qt::NoItemFlags);
    m_history->addItem(note);
}

} // namespace rd::ui
