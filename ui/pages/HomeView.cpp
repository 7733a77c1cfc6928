#include "HomeView.h"

#include "i18n/LocalDate.h"
#include "settings/AppSettings.h"
#include "Workspace.h"

#include <algorithm>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
constexpr int PersonRole = Qt::UserRole + 1;
constexpr int WhenRole = Qt::UserRole + 2; ///< the row's DueWhen, as an int

/// A section's title: a step above the text in size and weight, so that the
/// page reads as three parts at a glance.
QLabel* heading(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

QLabel* wrappingLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

HomeView::HomeView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_firstWeek(wrappingLabel(this, u"homeFirstWeek"_s))
    , m_addFirst(new QPushButton(this))
    , m_nextTitle(heading(this, u"homeNextTitle"_s))
    , m_focusTitle(heading(this, u"homeFocusTitle"_s))
    , m_winsTitle(heading(this, u"homeWinsTitle"_s))
    , m_nextBox(new QGroupBox(this))
    , m_next(new QTreeWidget(this))
    , m_prepare(new QPushButton(this))
    , m_start(new QPushButton(this))
    , m_focusBox(new QGroupBox(this))
    , m_focusList(new QVBoxLayout)
    , m_noFocus(wrappingLabel(this, u"homeNoFocus"_s))
    , m_allSignals(new QPushButton(this))
    , m_winsBox(new QGroupBox(this))
    , m_wins(wrappingLabel(this, u"homeWins"_s))
{
    setObjectName(u"homeView"_s);
    m_addFirst->setObjectName(u"homeAddFirst"_s);
    m_nextBox->setObjectName(u"homeNextBox"_s);
    m_next->setObjectName(u"homeNext"_s);
    m_prepare->setObjectName(u"homePrepare"_s);
    m_start->setObjectName(u"homeStart"_s);
    m_focusBox->setObjectName(u"homeFocusBox"_s);
    m_allSignals->setObjectName(u"homeAllSignals"_s);
    m_winsBox->setObjectName(u"homeWinsBox"_s);
    m_next->setColumnCount(3);
    m_next->setRootIsDecorated(false);
    m_next->setUniformRowHeights(true);
    m_next->setAlternatingRowColors(true);
    m_next->header()->setStretchLastSection(false);
    // Whole names first; the "when" takes what is left. The widths are set
    // when the rows are (fitColumns()): sized to their contents by the header,
    // every changed cell measured all 1,057 rows of a large team again.
    m_next->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_next->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_next->header()->setSectionResizeMode(2, QHeaderView::Fixed);
    m_next->installEventFilter(this);

    connect(m_addFirst, &QPushButton::clicked, this, &HomeView::addPersonRequested);
    connect(m_allSignals, &QPushButton::clicked, this, &HomeView::allSignalsRequested);
    connect(m_prepare, &QPushButton::clicked, this,
            [this] { emit prepareRequested(selectedPerson()); });
    connect(m_start, &QPushButton::clicked, this,
            [this] { emit startRequested(selectedPerson()); });
    connect(m_next, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (const QString id = item->data(0, PersonRole).toString(); !id.isEmpty())
            emit prepareRequested(id);
    });
    connect(m_next, &QTreeWidget::currentItemChanged, this, [this] {
        const bool person = !selectedPerson().isEmpty();
        m_prepare->setEnabled(person);
        m_start->setEnabled(person && m_workspace.canWrite());
    });

    auto* nextLayout = new QVBoxLayout(m_nextBox);
    nextLayout->addWidget(m_next, 1);
    auto* nextButtons = new QHBoxLayout;
    nextButtons->addWidget(m_prepare);
    nextButtons->addWidget(m_start);
    nextButtons->addStretch();
    nextLayout->addLayout(nextButtons);

    auto* focusLayout = new QVBoxLayout(m_focusBox);
    focusLayout->addLayout(m_focusList);
    focusLayout->addWidget(m_noFocus);
    focusLayout->addWidget(m_allSignals, 0, Qt::AlignLeft);
    auto* winsLayout = new QVBoxLayout(m_winsBox);
    winsLayout->addWidget(m_wins);

    // The next one-on-ones on the left; focus and wins on the right.
    // With nobody on the team there is no one to meet: the left column goes,
    // and focus and wins take the width.
    m_nextPane = new QWidget(this);
    m_nextPane->setObjectName(u"homeNextPane"_s);
    auto* left = new QVBoxLayout(m_nextPane);
    left->setContentsMargins(0, 0, 0, 0);
    left->addWidget(m_nextTitle);
    left->addWidget(m_nextBox, 1);
    // Focus and wins scroll when the window is short (1024 x 640 with the
    // first week's checklist), rather than squeezing a card until it clips.
    auto* rightPane = new QWidget;
    rightPane->setObjectName(u"homeRightPane"_s);
    auto* right = new QVBoxLayout(rightPane);
    right->setContentsMargins(0, 0, 2, 0); // the frames' right edge clear of the scroll bar
    right->addWidget(m_focusTitle);
    right->addWidget(m_focusBox);
    right->addSpacing(8);
    right->addWidget(m_winsTitle);
    right->addWidget(m_winsBox);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addWidget(m_nextPane, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"homeRightScroll"_s);
    scroll->setWidget(rightPane);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->viewport()->setAutoFillBackground(false);
    rightPane->setAutoFillBackground(false);
    columns->addWidget(scroll, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_firstWeek);
    layout->addWidget(m_addFirst, 0, Qt::AlignLeft);
    layout->addLayout(columns, 1);

    connect(&m_workspace.promptService(), &PromptService::promptsChanged, this, &HomeView::changed);
    m_workspace.onChangeOf(this,
                           {DataKind::People, DataKind::OneOnOnes, DataKind::Decisions,
                            DataKind::Initiatives, DataKind::Board, DataKind::Plans},
                           [this] { changed(); });
    retranslate();
}

void HomeView::changed()
{
    // A hidden home page only notes it; it is computed again when shown.
    m_stale = true;
    if (isVisible())
        fill();
}

void HomeView::showEvent(QShowEvent* event)
{
    if (m_stale)
        fill();
    QWidget::showEvent(event);
}

void HomeView::retranslate()
{
    m_nextTitle->setText(tr("Next one-on-ones"));
    m_nextBox->setAccessibleName(m_nextTitle->text());
    m_next->setHeaderLabels({tr("Team member"), tr("When"), tr("Open items")});
    fitColumns();
    m_next->setAccessibleName(tr("Next one-on-ones, overdue first"));
    m_prepare->setText(tr("&Prepare"));
    m_start->setText(tr("Start &one-on-one"));
    m_focusTitle->setText(tr("Focus this week"));
    m_focusBox->setAccessibleName(m_focusTitle->text());
    m_winsTitle->setText(tr("What went well"));
    m_winsBox->setAccessibleName(m_winsTitle->text());
    m_addFirst->setText(tr("Add &your first team member…"));
    m_shownNext.clear(); // every row's words change
    m_stale = true;
    if (isVisible())
        fill();
}

void HomeView::fill()
{
    m_stale = false;
    m_week = weekOf(m_workspace.log(), m_workspace.prompts(), m_workspace.today(),
                    AppSettings().focusCount());
    fillFirstWeek();
    fillNext();
    fillFocus();
    fillWins();
}

void HomeView::fillFirstWeek()
{
    const FirstWeek& steps = m_week.firstWeek;
    const bool loading = m_workspace.isLoading();
    m_addFirst->setVisible(!loading && !steps.peopleAdded && m_workspace.canWrite());
    m_firstWeek->setVisible(!loading && !steps.done());
    if (steps.done())
        return;
    // Ticked with a mark and the words, never by colour alone.
    QString text = u"<b>"_s + firstWeekTitle().toHtmlEscaped() + u"</b>"_s;
    for (const FirstWeekStep& step : firstWeekSteps(steps))
        text += (step.done ? u"<br>✔ "_s : u"<br>○ "_s) + step.text.toHtmlEscaped();
    m_firstWeek->setText(text);
}

QString HomeView::selectedPerson() const
{
    const QTreeWidgetItem* item = m_next->currentItem();
    return item ? item->data(0, PersonRole).toString() : QString();
}

namespace {
/// Sets a column's text and tooltip where they differ: setting them anyway
/// would have the tree lay out every row again.
/// Returns whether the text changed.
bool setCell(QTreeWidgetItem& item, int column, const QString& text, const QString& tip = {})
{
    if (item.toolTip(column) != tip)
        item.setToolTip(column, tip);
    if (item.text(column) == text)
        return false;
    item.setText(column, text);
    return true;
}
} // namespace

bool HomeView::showNext(QTreeWidgetItem& item, const NextOneOnOne& n) const
{
    const bool renamed = setCell(item, 0, n.personName,
                                 n.lastHeld ? tr("Last one-on-one: %1").arg(localDate(*n.lastHeld))
                                            : tr("No one-on-one yet"));
    // The day itself in the tooltip, without crowding the column.
    setCell(item, 1, dueText(n),
            n.planned ? tr("Planned. Their rhythm suggests %1.").arg(localDate(n.suggested))
                      : localDate(n.due));
    setCell(item, 2, n.openItems > 0 ? QString::number(n.openItems) : QString());
    return renamed;
}

void HomeView::fitColumns()
{
    m_next->resizeColumnToContents(0); // the widest name, or the heading
    m_namesWidth = m_next->columnWidth(0);
    fitNameColumn();
    // A count of up to three digits, or the heading if that is wider.
    const int digits = m_next->fontMetrics().horizontalAdvance(u"000"_s) +
                       2 * m_next->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    m_next->header()->resizeSection(2, std::max(digits, m_next->header()->sectionSizeHint(2)));
}

void HomeView::fitNameColumn()
{
    // A very long name is elided rather than pushing "when" off the list.
    const int most = std::max(m_next->width() * 45 / 100, m_next->header()->sectionSizeHint(0));
    m_next->header()->resizeSection(0, std::min(m_namesWidth, most));
}

bool HomeView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_next && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

bool HomeView::sameNextRows() const
{
    int row = 0;
    const int rows = m_next->topLevelItemCount();
    std::optional<DueWhen> when;
    for (const NextOneOnOne& n : m_week.next) {
        if (when != n.when) {
            when = n.when;
            if (row >= rows || m_next->topLevelItem(row)->data(0, WhenRole) != int(n.when) ||
                !m_next->topLevelItem(row)->data(0, PersonRole).isNull())
                return false;
            ++row;
        }
        if (row >= rows || m_next->topLevelItem(row)->data(0, PersonRole).toString() != n.personId)
            return false;
        ++row;
    }
    return row == rows;
}

void HomeView::fillNext()
{
    m_nextPane->setVisible(!m_week.next.isEmpty());
    if (sameNextRows()) {
        // The same people in the same groups (an action ticked, a signal
        // handled): their texts change in place, and the selection stays.
        // Only rows whose figures changed are written again.
        const bool known = m_shownNext.size() == m_week.next.size();
        int row = 0;
        std::optional<DueWhen> when;
        bool renamed = false;
        for (qsizetype i = 0; i < m_week.next.size(); ++i) {
            const NextOneOnOne& n = m_week.next.at(i);
            if (when != n.when) {
                when = n.when;
                setCell(*m_next->topLevelItem(row), 0, label(n.when));
                ++row;
            }
            if (!known || !(m_shownNext.at(i) == n))
                renamed = showNext(*m_next->topLevelItem(row), n) || renamed;
            ++row;
        }
        if (renamed)
            fitColumns();
    } else {
        rebuildNext();
    }
    m_shownNext = m_week.next;
    const bool person = !selectedPerson().isEmpty();
    m_prepare->setEnabled(person);
    m_start->setEnabled(person && m_workspace.canWrite());
}

void HomeView::rebuildNext()
{
    // The selection stays on its person while their group stays; once they
    // move (just met: from overdue to later), it goes to whoever is due first.
    const QString selected = selectedPerson();
    const QVariant selectedWhen =
        m_next->currentItem() ? m_next->currentItem()->data(0, WhenRole) : QVariant();
    m_next->clear();
    // Built apart and added in one go: a large team is one insertion, not one per row.
    QList<QTreeWidgetItem*> rows;
    std::optional<DueWhen> when;
    QTreeWidgetItem* reselect = nullptr;
    for (const NextOneOnOne& n : m_week.next) {
        if (when != n.when) {
            when = n.when;
            auto* group = new QTreeWidgetItem(QStringList{label(n.when)});
            group->setFlags(Qt::ItemIsEnabled);
            group->setData(0, WhenRole, int(n.when));
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            rows << group;
        }
        auto* item = new QTreeWidgetItem;
        item->setData(0, PersonRole, n.personId);
        item->setData(0, WhenRole, int(n.when));
        showNext(*item, n);
        rows << item;
        if (n.personId == selected && selectedWhen == QVariant(int(n.when)))
            reselect = item;
    }
    m_next->addTopLevelItems(rows);
    // A heading spans the row; that needs the item in the tree.
    for (QTreeWidgetItem* row : std::as_const(rows)) {
        if (row->data(0, PersonRole).isNull())
            row->setFirstColumnSpanned(true);
    }
    if (!reselect && m_next->topLevelItemCount() > 1)
        reselect = m_next->topLevelItem(1); // the first person: whoever is due first
    m_next->setCurrentItem(reselect);
    fitColumns();
}

void HomeView::fillFocus()
{
    while (QLayoutItem* item = m_focusList->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int n = 0;
    for (const FocusPrompt& f : std::as_const(m_week.focus)) {
        const Prompt& p = f.prompt;
        auto* card = wrappingLabel(this, u"homeFocus%1"_s.arg(n++));
        card->setFrameShape(QFrame::StyledPanel);
        card->setMargin(6);
        const QString who = p.personName.isEmpty() ? tr("The team") : p.personName;
        const QString age =
            f.stale ? tr("evidence from %1, older than %n day(s)", nullptr, StaleEvidenceDays)
                          .arg(evidenceAgeText(f.evidenceAgeDays))
                    : tr("evidence from %1").arg(evidenceAgeText(f.evidenceAgeDays));
        card->setText(u"<b>"_s + who.toHtmlEscaped() + u"</b><br>"_s + p.title.toHtmlEscaped() +
                      u"<br><small>"_s + label(p.severity).toHtmlEscaped() + u" · "_s +
                      age.toHtmlEscaped() + u" · <a href=\"%1\">"_s.arg(p.key.toHtmlEscaped()) +
                      tr("Evidence, question and step").toHtmlEscaped() + u"</a></small>"_s);
        // Tab reaches each card's link and Enter opens it: the home page works without a mouse.
        card->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        card->setFocusPolicy(Qt::StrongFocus);
        connect(card, &QLabel::linkActivated, this, &HomeView::signalRequested);
        m_focusList->addWidget(card);
    }
    const bool none = m_week.focus.isEmpty();
    m_noFocus->setVisible(none);
    // Until the logs are read and the engine has answered, "no signals yet"
    // would not be true.
    if (none && m_workspace.isLoading())
        m_noFocus->setText(tr("Loading your logs…"));
    else if (none && !m_workspace.promptService().hasEvaluated())
        m_noFocus->setText(tr("Working out this week’s signals…"));
    else if (none)
        m_noFocus->setText(
            m_week.openPrompts > 0 ? tr("Nothing pressing: the open signals are acknowledgements.")
            : !m_workspace.log().promptStates.isEmpty()
                ? tr("Every signal is handled for now. New ones appear as your logs show a "
                     "pattern.")
                : tr("No signals yet. They appear once the logs show a pattern: a one-on-one "
                     "that slips past one and a half times its rhythm, decisions without a why, "
                     "an initiative nobody recognised. Log your one-on-ones, decisions and "
                     "initiatives as they happen."));
    m_allSignals->setText(tr("All si&gnals (%1)").arg(m_week.openPrompts));
    m_allSignals->setEnabled(m_week.openPrompts > 0);
}

void HomeView::fillWins()
{
    const bool loading = m_workspace.isLoading(); // not "nothing yet": not read yet
    m_winsTitle->setVisible(!loading);
    m_winsBox->setVisible(!loading);
    if (m_week.wins.isEmpty()) {
        m_wins->setText(tr("Nothing in the last %n day(s) yet: recognise an initiative, or log a "
                           "delegated decision that went well.",
                           nullptr, WinWindowDays)
                            .toHtmlEscaped());
        return;
    }
    QString html;
    for (const Win& w : std::as_const(m_week.wins)) {
        html += u"✔ <b>"_s + w.personName.toHtmlEscaped() + u"</b> · "_s +
                label(w.kind).toHtmlEscaped() + u"<br><small>"_s + localDate(w.date) + u" · "_s +
                w.text.toHtmlEscaped() + u"</small><br>"_s;
    }
    m_wins->setText(html);
}

} // namespace rd::ui
