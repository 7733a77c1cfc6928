#include "PreparePage.h"

#include "coaching/PromptEngine.h"
#include "coaching/Week.h"
#include "commands/Commands.h"
#include "dialogs/DialogSupport.h"
#include "domain/Error.h"
#include "domain/Validation.h"
#include "help/HowItWorks.h"
#include "storage/SafeFile.h"
#include "widgets/MarkdownView.h"
#include "Workspace.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rd::ui {

PreparePage::PreparePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_person(new QComboBox(this))
    , m_view(new QTextBrowser(this))
    , m_start(new QPushButton(this))
    , m_print(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_copySummary(new QPushButton(this))
    , m_topic(new QLineEdit(this))
    , m_addTopic(new QPushButton(this))
{
    setObjectName(u"preparePage"_s);
    m_person->setObjectName(u"prepPerson"_s);
    m_view->setObjectName(u"prepSheet"_s);
    m_start->setObjectName(u"prepStart"_s);
    m_print->setObjectName(u"prepPrint"_s);
    m_pdf->setObjectName(u"prepPdf"_s);
    m_copySummary->setObjectName(u"prepCopySummary"_s);
    m_topic->setObjectName(u"prepTopic"_s);
    m_addTopic->setObjectName(u"prepAddTopic"_s);
    m_topic->setMaxLength(int(MaxLineLength));
    connect(m_topic, &QLineEdit::returnPressed, this, &PreparePage::addTopic);
    connect(m_addTopic, &QPushButton::clicked, this, &PreparePage::addTopic);
    connect(m_topic, &QLineEdit::textChanged, this, [this] { showSheetState(); });
    connect(m_person, &QComboBox::currentIndexChanged, this, [this] {
        m_topic->clear(); // a topic typed for one person is not the next one's
        refresh();
    });
    // The list of people, and the sheet: it holds prompts and what carries
    // over from the last 1:1.
    m_workspace.onChangeOf(this, {DataKind::People}, [this] { setPerson({}); });
    connect(m_person, &QComboBox::activated, this, [this] { m_chosen = person(); });
    m_workspace.onChangeOf(this, {DataKind::OneOnOnes}, [this] { refresh(); });
    connect(&m_workspace.promptService(), &PromptService::promptsChanged, this,
            &PreparePage::refresh);
    connect(m_start, &QPushButton::clicked, this,
            [this] { emit startRequested(meetingToStart()); });
    connect(m_print, &QPushButton::clicked, this, &PreparePage::print);
    m_view->setOpenLinks(false);
    connect(m_view, &QTextBrowser::anchorClicked, this, &PreparePage::followLink);
    connect(m_pdf, &QPushButton::clicked, this, &PreparePage::choosePdf);
    connect(m_copySummary, &QPushButton::clicked, this, [this] {
        if (const std::optional<PrepSheet>& sheet = this->sheet(); sheet && sheet->lastMeeting)
            QApplication::clipboard()->setText(sheet->lastMeeting->sharedSummary);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_person, 1);
    top->addWidget(m_start);
    top->addWidget(m_copySummary);
    top->addWidget(m_print);
    top->addWidget(m_pdf);
    auto* topic = new QHBoxLayout;
    topic->addWidget(m_topic, 1);
    topic->addWidget(m_addTopic);
    // The topic field under the buttons, by the sheet's agenda near its top.
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(topic);
    layout->addWidget(m_view, 1);
    retranslate();
    setPerson({});
}

void PreparePage::retranslate()
{
    m_person->setAccessibleName(tr("Team member to prepare for"));
    m_view->setAccessibleName(tr("Preparation sheet"));
    m_start->setText(tr("&Start one-on-one"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_copySummary->setText(tr("Copy last shared summary"));
    m_copySummary->setToolTip(
        tr("Copies only the summary you may share, never your private notes"));
    m_topic->setPlaceholderText(tr("A topic you want to raise next time"));
    m_topic->setAccessibleName(tr("New topic for the agenda"));
    m_addTopic->setText(tr("&Add to the agenda"));
    refresh();
}

void PreparePage::setPerson(const QString& personId)
{
    if (!personId.isEmpty())
        m_chosen = personId;
    // Nobody chosen (or gone): whoever's one-on-one is due first, not the
    // first name in the alphabet.
    QString wanted = m_chosen;
    if (wanted.isEmpty() || !m_workspace.log().person(wanted))
        wanted = firstDue();
    const QString before = person();
    const QSignalBlocker blocker(m_person);
    fillPeople(m_person, m_workspace.log(), wanted);
    if (person() != before)
        m_topic->clear(); // a topic typed for one person is not the next one's
    refresh();
}

QString PreparePage::firstDue() const
{
    const QList<NextOneOnOne> next = nextOneOnOnes(m_workspace.log(), m_workspace.today());
    return next.isEmpty() ? QString() : next.first().personId;
}

QString PreparePage::person() const
{
    return m_person->currentData().toString();
}

void PreparePage::refresh()
{
    // A hidden page only notes that its sheet is out of date: the engine's
    // sheet and its Markdown cost about 17 ms on a large team, on every change.
    m_sheetStale = true;
    if (isVisible())
        showSheet();
    else
        m_viewStale = true;
}

const std::optional<PrepSheet>& PreparePage::sheet() const
{
    if (m_sheetStale) {
        std::optional<MeetingDraft> draft;
        try {
            draft = m_workspace.store().draft(person());
        } catch (const Error&) {
            // An unreadable draft leaves the agenda as it carried over.
        }
        m_sheet = prepareOneOnOne(m_workspace.log(), person(), m_workspace.today(),
                                  m_workspace.prompts(), draft ? &*draft : nullptr);
        m_sheetStale = false;
    }
    return m_sheet;
}

void PreparePage::showEvent(QShowEvent* event)
{
    m_sheetStale = true; // a meeting view saves its drafts without a change signal
    m_viewStale = true;
    if (m_chosen.isEmpty() && firstDue() != person())
        setPerson({}); // nobody asked for: whoever is due first now
    if (m_viewStale)
        showSheet();
    QWidget::showEvent(event);
}

void PreparePage::showSheet()
{
    m_viewStale = false;
    const std::optional<PrepSheet>& sheet = this->sheet();
    const bool ready = sheet.has_value();
    m_start->setEnabled(ready && m_workspace.canWrite());
    m_print->setEnabled(ready);
    m_pdf->setEnabled(ready);
    m_copySummary->setEnabled(ready && sheet->lastMeeting &&
                              !sheet->lastMeeting->sharedSummary.isEmpty());
    showSheetState();
    if (ready) {
        // Ticking an action redraws the sheet and keeps the place in it;
        // another person's sheet starts at its top.
        showMarkdown(*m_view, prepSheetMarkdown(*sheet, SheetLinks::Actions));
        if (person() != m_shownPerson)
            m_view->verticalScrollBar()->setValue(0);
    } else
        showPlainText(*m_view, tr("Add a team member to prepare a one-on-one."));
    m_shownPerson = person();
}

void PreparePage::showSheetState()
{
    const std::optional<PrepSheet>& sheet = this->sheet();
    const bool open = sheet && m_workspace.canWrite() && !sheet->meetingUnderWay;
    m_topic->setEnabled(open);
    m_addTopic->setEnabled(open && !m_topic->text().trimmed().isEmpty());
}

void PreparePage::addTopic()
{
    m_sheetStale = true; // a meeting view may have begun since the sheet was drawn
    const std::optional<PrepSheet>& sheet = this->sheet();
    if (!sheet || !m_workspace.canWrite())
        return;
    if (const std::optional<MeetingDraft> prepared = agendaWithTopic(*sheet, m_topic->text())) {
        prepareAgenda(prepared);
        m_topic->clear();
    } else if (sheet->meetingUnderWay) {
        showSheet(); // says why, and the field goes grey
        explain(tr("The one-on-one has begun: add the topic in its meeting view."));
    } else if (!m_topic->text().trimmed().isEmpty()) {
        m_topic->selectAll();
        explain(tr("That topic is already on the agenda."));
    }
}

void PreparePage::explain(const QString& sentence)
{
    m_topic->setToolTip(sentence);
    QToolTip::showText(m_topic->mapToGlobal(QPoint(0, m_topic->height())), sentence, m_topic);
}

void PreparePage::draftsChanged()
{
    refresh();
}

void PreparePage::prepareAgenda(const std::optional<MeetingDraft>& prepared)
{
    if (!prepared)
        return;
    std::optional<MeetingDraft> before;
    try {
        before = m_workspace.store().draft(prepared->personId);
    } catch (const Error&) {
        // Unreadable: an undo removes the agenda rather than restoring it.
    }
    // An undoable step, like ticking an action; a failed write is reported
    // by the workspace and changes nothing.
    m_workspace.run(new PrepareAgendaCommand(m_workspace, std::move(before), *prepared,
                                             [page = QPointer(this)] {
                                                 if (page)
                                                     page->refresh();
                                             }));
}

void PreparePage::followLink(const QUrl& url)
{
    // Read again: a meeting view saves its draft without a change signal,
    // and a begun meeting's agenda is never overwritten from here.
    if (const std::optional<Lever> lever = leverOfLink(url))
        return emit leverHelpRequested(*lever); // explaining needs no write
    m_sheetStale = true;
    const std::optional<PrepSheet>& sheet = this->sheet();
    if (!sheet || !m_workspace.canWrite())
        return;
    if (sheet->meetingUnderWay && url.toString().startsWith(u"rodedraad:"_s) &&
        !url.toString().startsWith(u"rodedraad:close-action/"_s)) {
        showSheet(); // the links go, and the sheet says why
        explain(tr("The one-on-one has begun: change its agenda in its meeting view."));
        return;
    }
    for (const AgendaChange change : {AgendaChange::Drop, AgendaChange::PutBack}) {
        const auto& items = change == AgendaChange::Drop ? sheet->agenda : sheet->droppedAgenda;
        for (int i = 0; i < items.size(); ++i) {
            if (url.toString() == agendaLink(change, i))
                return prepareAgenda(changedAgenda(*sheet, change, i));
        }
    }
    for (int i = 0; i < sheet->openActions.size(); ++i) {
        if (url.toString() != closeActionLink(i))
            continue;
        const QList<OpenAction> closed{sheet->openActions.at(i)};
        const QList<OneOnOne> after =
            closingActions(m_workspace.log(), closed, m_workspace.today());
        if (!after.isEmpty())
            m_workspace.run(new ChangeActionsCommand(m_workspace,
                                                     ChangeActionsCommand::Change::Close, 1,
                                                     asTheyAre(m_workspace.log(), after), after));
        return;
    }
}

OneOnOne PreparePage::meetingToStart() const
{
    OneOnOne m;
    const std::optional<PrepSheet>& sheet = this->sheet();
    if (!sheet)
        return m;
    m.personId = sheet->person.id;
    m.date = m_workspace.today();
    // Open actions are not copied: the meeting view lists them as they are,
    // and ticking one there closes it where it was agreed.
    for (const AgendaItem& item : sheet->agenda)
        m.agenda << AgendaItem{item.text, item.raisedBy, false};
    return m;
}

bool PreparePage::savePdf(const QString& path, QString* error) const
{
    const std::optional<PrepSheet>& sheet = this->sheet();
    if (!sheet)
        return false;
    // Rendered in memory, then written by a safe replace: a failed write (a
    // full disk, a read-only folder) leaves an earlier PDF as it was.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QTextDocument document;
        document.setMarkdown(prepSheetMarkdown(*sheet));
        document.print(&writer);
    }
    try {
        writeFileSafely(path, bytes);
    } catch (const Error& failure) {
        if (error)
            *error = failure.message();
        return false;
    }
    return true;
}

void PreparePage::print()
{
    const std::optional<PrepSheet>& sheet = this->sheet();
    if (!sheet)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setMarkdown(prepSheetMarkdown(*sheet));
    document.print(&printer);
}

void PreparePage::choosePdf()
{
    const std::optional<PrepSheet>& sheet = this->sheet();
    if (!sheet)
        return;
    const QString suggested = QDir::home().filePath(
        tr("one-on-one %1 %2.pdf").arg(sheet->person.name, sheet->asOf.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save preparation as PDF"),
                                                      suggested, tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !savePdf(path, &error))
        QMessageBox::warning(this, tr("Rode Draad"), error);
}

} // namespace rd::ui
