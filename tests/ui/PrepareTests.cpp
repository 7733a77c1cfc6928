// The Prepare page: what carries over from the last one-on-one, its PDF, and
// starting the meeting from it.
#include "coaching/Week.h"
#include "dialogs/OneOnOneDialog.h"
#include "MainWindow.h"
#include "meeting/MeetingView.h"
#include "pages/HomeView.h"
#include "pages/PreparePage.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
/// The meeting view open in `window`, once the ones that ended are gone.
ui::MeetingView* openMeeting(QWidget& window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    for (auto* view : window.findChildren<ui::MeetingView*>()) {
        if (view->isVisible())
            return view;
    }
    return nullptr;
}
} // namespace

TEST_CASE(
    "preparing a one-on-one carries over what was not covered, and starting it logs the meeting")
{
    WindowFixture f;
    OneOnOne last;
    last.personId = u"sam"_s;
    last.date = f.today.addDays(-14);
    last.sharedSummary = u"We agreed on the roadmap"_s;
    last.agenda << AgendaItem{u"Covered topic"_s, Party::Member, true}
                << AgendaItem{u"Training budget"_s, Party::Member, false};
    last.actions << ActionItem{u"Send course options"_s, Party::Manager, f.today.addDays(3), {}};
    OneOnOneRepository(f.db).add(last);
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    const QString sheet =
        child<QWidget>(f.window, u"prepSheet"_s)->property("plainText").toString();
    CHECK(sheet.contains(u"Training budget"_s));
    CHECK(sheet.contains(u"Send course options"_s));
    CHECK_FALSE(sheet.contains(u"Covered topic"_s));

    test::TempDatabase temp;
    QString error;
    REQUIRE(child<ui::PreparePage>(f.window, u"preparePage"_s)
                ->savePdf(temp.dir.filePath(u"prep.pdf"_s), &error));
    QFile pdf(temp.dir.filePath(u"prep.pdf"_s));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == "%PDF");
    CHECK_FALSE(pdf.permissions().testFlag(QFileDevice::ReadOther));

    // Start opens the meeting view: the open action is listed as itself, not
    // copied as a "Follow up" item, and the carried topic is on the agenda.
    child<QPushButton>(f.window, u"prepStart"_s)->click();
    ui::MeetingView* view = openMeeting(f.window);
    REQUIRE(view);
    auto* agenda = view->findChild<QListWidget*>(u"meetingAgendaList"_s);
    auto* open = view->findChild<QListWidget*>(u"meetingEarlierActions"_s);
    REQUIRE(agenda->count() == 1);
    REQUIRE(open->count() == 1);
    CHECK(agenda->item(0)->text() == u"Training budget"_s);
    CHECK(open->item(0)->text().contains(u"Send course options"_s));
    child<QPushButton>(*view, u"meetingEnd"_s)->click(); // nothing ticked
    QList<OneOnOne> meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 2);
    CHECK(meetings.last().date == f.today);
    CHECK(meetings.last().agenda.size() == 1);
    CHECK(meetings.last().actions.isEmpty());

    // A meeting that closed nothing: the next sheet lists the action once.
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    const QString next = child<QWidget>(f.window, u"prepSheet"_s)->property("plainText").toString();
    CHECK(next.count(u"Send course options"_s) == 1);

    // Ticking it in the next meeting closes it where it was agreed, on that day.
    child<QPushButton>(f.window, u"prepStart"_s)->click();
    view = openMeeting(f.window);
    REQUIRE(view);
    open = view->findChild<QListWidget*>(u"meetingEarlierActions"_s);
    REQUIRE(open->count() == 1);
    open->item(0)->setCheckState(Qt::Checked);
    child<QPushButton>(*view, u"meetingEnd"_s)->click();
    meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 3);
    CHECK(meetings.first().actions.first().doneOn == f.today);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    CHECK(child<QWidget>(f.window, u"prepSheet"_s)
              ->property("plainText")
              .toString()
              .count(u"Send course options"_s) == 0);

    // One undo takes back the meeting and the closing together.
    f.trigger(u"undoAction"_s);
    meetings = meetingsOf(f.db, u"sam"_s);
    CHECK(meetings.size() == 2);
    CHECK(meetings.first().actions.first().isOpen());
}

TEST_CASE("a hidden Prepare page redraws its sheet when shown, and answers from the latest "
          "logs meanwhile")
{
    WindowFixture f;
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    auto* view = child<QWidget>(f.window, u"prepSheet"_s);
    const QString before = view->property("plainText").toString();
    REQUIRE_FALSE(before.contains(u"Training budget"_s));
    f.pages()->setCurrentIndex(0);

    OneOnOne last;
    last.personId = u"sam"_s;
    last.date = f.today.addDays(-14);
    last.agenda << AgendaItem{u"Training budget"_s, Party::Member, false};
    OneOnOneRepository(f.db).add(last);
    CHECK(view->property("plainText").toString() == before); // not drawn while hidden
    const auto* prepare = child<ui::PreparePage>(f.window, u"preparePage"_s);
    REQUIRE(prepare->meetingToStart().agenda.size() == 1);
    CHECK(prepare->meetingToStart().agenda.first().text == u"Training budget"_s);

    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    CHECK(view->property("plainText").toString().contains(u"Training budget"_s));
}

TEST_CASE("Prepare opens on whoever is due first, not the first name in the alphabet")
{
    WindowFixture f; // Sam joined 60 days ago and was never met: overdue
    f.workspace().store().addPerson(
        Person{u"anna"_s, u"Anna Aalbers"_s, {}, f.today.addDays(-90), 14, false});
    OneOnOne met;
    met.personId = u"anna"_s;
    met.date = f.today.addDays(-1);
    f.workspace().store().addOneOnOne(met, {});
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    const auto* prepare = child<ui::PreparePage>(f.window, u"preparePage"_s);
    CHECK(prepare->person() == u"sam"_s);
    // Positive control: a person chosen in the window is the one prepared.
    f.window.selectPerson(u"anna"_s);
    CHECK(prepare->person() == u"anna"_s);
}

TEST_CASE("an open action is ticked done on the preparation sheet, and the home page follows")
{
    WindowFixture f;
    OneOnOne last;
    last.personId = u"sam"_s;
    last.date = f.today.addDays(-14);
    last.actions << ActionItem{u"Send course options"_s, Party::Manager, f.today.addDays(-2), {}}
                 << ActionItem{u"Write the proposal"_s, Party::Member, f.today.addDays(5), {}};
    OneOnOneRepository(f.db).add(last);
    f.workspace().reload();
    f.window.selectPerson(u"sam"_s);
    const auto openItemsOnHome = [&f] {
        f.pages()->setCurrentIndex(0);
        for (const NextOneOnOne& n : child<ui::HomeView>(f.window, u"homeView"_s)->week().next) {
            if (n.personId == u"sam"_s)
                return n.openItems;
        }
        return -1;
    };
    CHECK(openItemsOnHome() == 2);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    auto* sheet = child<QTextBrowser>(f.window, u"prepSheet"_s);
    // Each open action has its link on screen; the printed sheet has none.
    CHECK(sheet->toHtml().contains(closeActionLink(0)));
    CHECK(sheet->toHtml().contains(closeActionLink(1)));
    CHECK_FALSE(prepSheetMarkdown(*prepareOneOnOne(f.workspace().log(), u"sam"_s, f.today,
                                                   f.workspace().prompts()))
                    .contains(u"rodedraad:"_s));

    emit sheet->anchorClicked(QUrl(closeActionLink(0)));
    const QList<ActionItem> stored = meetingsOf(f.db, u"sam"_s).first().actions;
    CHECK(stored.at(0).doneOn == f.today);
    CHECK(stored.at(1).isOpen());
    CHECK_FALSE(sheet->toPlainText().contains(u"Send course options"_s));
    CHECK(sheet->toPlainText().contains(u"Write the proposal"_s));
    CHECK(openItemsOnHome() == 1);
    // One undoable step.
    f.workspace().undoStack()->undo();
    CHECK(meetingsOf(f.db, u"sam"_s).first().actions.at(0).isOpen());
}

TEST_CASE("the sheet for someone never met says nothing carries over, not that all was covered")
{
    WindowFixture f;
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    const QString text = child<QTextBrowser>(f.window, u"prepSheet"_s)->toPlainText();
    CHECK(text.contains(u"Nothing carries over yet."_s));
    CHECK_FALSE(text.contains(u"Everything was covered last time."_s));
}

TEST_CASE("a preparation PDF that cannot be written leaves the earlier one intact")
{
    TinyFilesystem disk(2 * 1024 * 1024);
    if (!disk.mounted()) {
        WARN("skipped: " << disk.reason().toStdString());
        return;
    }
    WindowFixture f;
    f.window.selectPerson(u"sam"_s);
    auto* page = child<ui::PreparePage>(f.window, u"preparePage"_s);
    const QString path = disk.filePath(u"prep.pdf"_s);
    QString error;
    REQUIRE(page->savePdf(path, &error));
    CHECK(isOwnerOnly(path));
    const QByteArray before = fileHash(path);
    disk.fill();
    CHECK_FALSE(page->savePdf(path, &error));
    CHECK(error.contains(u"prep.pdf"_s)); // one sentence naming the file
    CHECK(fileHash(path) == before);
    disk.unfill();
    // Positive control: with room again, the PDF is replaced.
    CHECK(page->savePdf(path, &error));
}
