#include "EntriesPage.h"

#include "i18n/LocalDate.h"
#include "Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString row(const QString& label, const QString& value)
{
    // Only what was entered: an empty field is left out rather than shown bare.
    if (value.isEmpty())
        return {};
    return u"<tr><td><b>"_s + esc(label) + u"</b></td><td>"_s + esc(value) + u"</td></tr>"_s;
}

template <typename T>
const T* findById(const QList<T>& list, qint64 id)
{
    for (const T& item : list) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

EntriesPage::EntriesPage(Workspace& workspace, EntryTableModel::Log log, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new EntryTableModel(workspace, log, this))
    , m_proxy(new EntryFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_copySummary(new QPushButton(this))
    , m_count(new QLabel(this))
{
    const QString p = prefix();
    setObjectName(p + u"Page"_s);
    m_filter->setObjectName(p + u"Filter"_s);
    m_table->setObjectName(p + u"Table"_s);
    m_detail->setObjectName(p + u"Detail"_s);
    m_add->setObjectName(p + u"Add"_s);
    m_edit->setObjectName(p + u"Edit"_s);
    m_copySummary->setObjectName(p + u"CopySummary"_s);
    m_copySummary->setVisible(log == EntryTableModel::Log::OneOnOnes);
    m_filter->setClearButtonEnabled(true);

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // The key columns (date, person, status, level…) fit their contents and
    // headers; the free text takes what is left, so nothing key is cut and
    // the last column does not swallow the width.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(m_model->textColumn(), QHeaderView::Stretch);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &EntryFilterModel::setTextFilter);
    // The first filter needs every row's search text: build it while the
    // manager is still reading the page, not on their first key stroke.
    m_filter->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EntriesPage::prepareSearchSoon);
    m_workspace.onChangeOf(this, {DataKind::People}, [this] { updateAddButton(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EntriesPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EntriesPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, m_table,
            &QTableView::resizeColumnsToContents);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &EntriesPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &EntriesPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EntriesPage::showSelected);
    // An edit of the entry shown (in its dialog, or an undo) redraws its details.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                const int row = m_table->currentIndex().row();
                if (row >= from.row() && row <= to.row())
                    showSelected();
            });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (selectedEntryId() > 0 && m_workspace.canWrite())
            emit editRequested(selectedEntryId());
    });
    connect(m_add, &QPushButton::clicked, this, &EntriesPage::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(selectedEntryId()); });
    connect(m_copySummary, &QPushButton::clicked, this, [this] {
        if (const OneOnOne* m = findById(m_workspace.log().oneOnOnes, selectedEntryId()))
            QApplication::clipboard()->setText(m->sharedSummary);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_count);
    top->addWidget(m_add);
    top->addWidget(m_edit);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_copySummary, 0, Qt::AlignRight);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    retranslate();
    m_table->resizeColumnsToContents();
    showSelected();
}

void EntriesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    prepareSearchSoon();
}

bool EntriesPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::FocusIn)
        m_model->prepareSearch();
    return QWidget::eventFilter(watched, event);
}

void EntriesPage::prepareSearchSoon()
{
    // After this page has painted, a slice at a time so that nothing waits on
    // it; a page the manager already left needs nothing.
    QTimer::singleShot(0, this, [this] {
        constexpr qsizetype RowsPerSlice = 4000; // about 4 ms
        if (isVisible() && !m_model->prepareSearch(RowsPerSlice))
            prepareSearchSoon();
    });
}

QString EntriesPage::prefix() const
{
    switch (m_model->log()) {
    case EntryTableModel::Log::OneOnOnes:
        return u"meetings"_s;
    case EntryTableModel::Log::Decisions:
        return u"decisions"_s;
    case EntryTableModel::Log::Initiatives:
        return u"initiatives"_s;
    }
    return {};
}

void EntriesPage::retranslate()
{
    switch (m_model->log()) {
    case EntryTableModel::Log::OneOnOnes:
        m_add->setText(tr("L&og one-on-one…"));
        m_table->setAccessibleName(tr("One-on-ones"));
        break;
    case EntryTableModel::Log::Decisions:
        m_add->setText(tr("L&og decision…"));
        m_table->setAccessibleName(tr("Delegated decisions"));
        break;
    case EntryTableModel::Log::Initiatives:
        m_add->setText(tr("L&og initiative…"));
        m_table->setAccessibleName(tr("Initiatives"));
        break;
    }
    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setAccessibleName(tr("Filter the table"));
    m_edit->setText(tr("Ed&it…"));
    m_copySummary->setText(tr("Copy shared summary"));
    m_copySummary->setToolTip(
        tr("Copies only the summary you may share, never your private notes"));
    m_detail->setAccessibleName(tr("Details of the selected entry"));
    updateAddButton();
    showSelected();
}

void EntriesPage::setPersonFilter(const QString& personId)
{
    m_proxy->setPersonFilter(personId);
    showSelected();
}

qint64 EntriesPage::selectedEntryId() const
{
    return m_table->currentIndex().data(EntryTableModel::EntryIdRole).toLongLong();
}

void EntriesPage::select(qint64 entryId)
{
    const int sourceRow = m_model->rowOf(entryId);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear();
        m_proxy->setPersonFilter({});
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void EntriesPage::showSelected()
{
    m_count->setText(tr("%n entry(s)", nullptr, m_proxy->rowCount()));
    const qint64 id = selectedEntryId();
    m_edit->setEnabled(id > 0 && m_workspace.canWrite());
    m_copySummary->setEnabled(false);
    const TeamLog& log = m_workspace.log();
    auto name = [&log](const QString& personId) {
        const Person* p = log.person(personId);
        return p ? p->name : personId;
    };
    auto day = [](QDate date) {
        return localDate(date);
    };
    QString html;
    if (const OneOnOne* m = m_model->log() == EntryTableModel::Log::OneOnOnes
                                ? findById(log.oneOnOnes, id)
                                : nullptr) {
        html = u"<h3>"_s +
               esc(tr("One-on-one with %1 on %2").arg(name(m->personId), day(m->date))) +
               u"</h3><table>"_s + row(tr("Status"), label(m->status));
        if (m->durationMinutes)
            html += row(tr("Duration"), tr("%n minute(s)", nullptr, *m->durationMinutes));
        if (m->talkSharePercent)
            html += row(tr("Your talk share"), QString::number(*m->talkSharePercent) + u'%');
        if (m->energy)
            html += row(tr("Their energy"), tr("%1 of 5").arg(*m->energy));
        html += row(tr("Context shared"), m->contextShared ? tr("yes") : tr("no"));
        html += row(tr("Mistake discussed"), m->mistakeDiscussed ? tr("yes") : tr("no")) +
                u"</table>"_s;
        if (!m->agenda.isEmpty()) {
            html += u"<h4>"_s + tr("Agenda") + u"</h4><ul>"_s;
            for (const AgendaItem& item : m->agenda)
                html +=
                    u"<li>"_s + esc(item.text) + u" <i>("_s + esc(label(item.raisedBy).toLower()) +
                    (item.covered ? QString() : u", "_s + esc(tr("not covered"))) + u")</i></li>"_s;
            html += u"</ul>"_s;
        }
        if (!m->actions.isEmpty()) {
            html += u"<h4>"_s + tr("Action items") + u"</h4><ul>"_s;
            for (const ActionItem& a : m->actions) {
                QStringList facts{label(a.owner).toLower()};
                if (a.due.isValid())
                    facts << tr("due %1").arg(day(a.due));
                facts << (a.doneOn.isValid() ? tr("done %1").arg(day(a.doneOn)) : tr("open"));
                html += u"<li>"_s + esc(a.text) + u" <i>("_s + esc(facts.join(u", "_s)) +
                        u")</i></li>"_s;
            }
            html += u"</ul>"_s;
        }
        if (!m->sharedSummary.isEmpty())
            html += u"<h4>"_s + tr("Shared summary (may be shared)") + u"</h4><p>"_s +
                    esc(m->sharedSummary) + u"</p>"_s;
        if (!m->privateNotes.isEmpty())
            html += u"<h4>"_s + tr("Private notes (only for you)") + u"</h4><p>"_s +
                    esc(m->privateNotes) + u"</p>"_s;
        m_copySummary->setEnabled(!m->sharedSummary.isEmpty());
    } else if (const Decision* d = m_model->log() == EntryTableModel::Log::Decisions
                                       ? findById(log.decisions, id)
                                       : nullptr) {
        html = u"<h3>"_s + esc(d->title) + u"</h3><table>"_s +
               row(tr("Team member"), name(d->personId)) + row(tr("Date"), day(d->date)) +
               row(tr("Area"), d->area) +
               row(tr("Level"), levelDisplay(d->level) + u" · "_s + levelDescription(d->level)) +
               row(tr("Why (direction)"), d->why) + row(tr("Boundaries (room)"), d->boundaries) +
               row(tr("Review"), day(d->reviewOn)) +
               row(tr("Check-ins"), QString::number(d->checkIns)) +
               row(tr("Overridden"), d->overridden ? tr("yes") : tr("no")) +
               row(tr("Outcome"), label(d->outcome)) + row(tr("Learning"), d->learning) +
               u"</table>"_s;
    } else if (const Initiative* i = m_model->log() == EntryTableModel::Log::Initiatives
                                         ? findById(log.initiatives, id)
                                         : nullptr) {
        html = u"<h3>"_s + esc(i->description) + u"</h3><table>"_s +
               row(tr("Team member"), name(i->personId)) + row(tr("Date"), day(i->date)) +
               row(tr("Kind"), label(i->kind)) + row(tr("Outcome"), label(i->outcome)) +
               row(tr("Recognised"),
                   i->isRecognised()
                       ? day(i->recognisedOn) +
                             (i->recognition ? u" · "_s + label(*i->recognition) : QString())
                       : tr("not yet")) +
               u"</table>"_s;
    } else {
        html = u"<p>"_s + esc(tr("Select an entry to see its details. Double-click to edit it.")) +
               u"</p>"_s;
    }
    m_detail->setHtml(html);
}

void EntriesPage::updateAddButton()
{
    // Nothing can be logged for nobody: the first step is a team member.
    m_add->setEnabled(m_workspace.canLog());
    m_add->setToolTip(m_workspace.canWrite() && !m_workspace.canLog()
                          ? tr("Add a team member first: Team › Add team member")
                          : QString());
}

} // namespace rd::ui
