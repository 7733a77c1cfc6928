// The coming agenda prepared on the Prepare page: a carried topic dropped and
// put back, a topic added from the keyboard, the meeting that uses it, and a
// preparation that is never taken for an unfinished meeting.
#include "coaching/PrepSheet.h"
#include "MainWindow.h"
#include "meeting/MeetingView.h"
#include "storage/Database.h"
#include "storage/DraftRepository.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
OneOnOne lastMeetingWithTopics(QDate today)
{
    OneOnOne last;
    last.personId = u"sam"_s;
    last.date = today.addDays(-14);
    last.agenda << AgendaItem{u"Training budget"_s, Party::Member, false}
                << AgendaItem{u"Holiday rota"_s, Party::Manager, false};
    return last;
}
/// Sam's last 1:1 left two topics uncovered; the window shows Sam's sheet.
void showSheetWithTopics(WindowFixture& f)
{
    OneOnOneRepository(f.db).add(lastMeetingWithTopics(f.today));
    f.workspace().reload();
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
}
} // namespace

TEST_CASE("the coming agenda is prepared on the sheet, and the meeting starts with it")
{
    WindowFixture f;
    showSheetWithTopics(f);
    auto* sheet = child<QTextBrowser>(f.window, u"prepSheet"_s);
    CHECK(sheet->toHtml().contains(agendaLink(AgendaChange::Drop, 0)));

    // Drop the training budget: it is struck through with its way back.
    emit sheet->anchorClicked(QUrl(agendaLink(AgendaChange::Drop, 0)));
    CHECK(sheet->toHtml().contains(agendaLink(AgendaChange::PutBack, 0)));
    CHECK_FALSE(sheet->toHtml().contains(agendaLink(AgendaChange::Drop, 1)));
    const QList<MeetingDraft> stored = DraftRepository(f.db).all();
    REQUIRE(stored.size() == 1);
    CHECK_FALSE(stored.first().begun);

    // A topic of the manager's own, typed and entered with Return.
    auto* topic = child<QLineEdit>(f.window, u"prepTopic"_s);
    auto* add = child<QPushButton>(f.window, u"prepAddTopic"_s);
    CHECK_FALSE(add->isEnabled()); // nothing typed yet
    topic->setFocus();
    QTest::keyClicks(topic, u"Team offsite"_s);
    CHECK(add->isEnabled());
    QTest::keyClick(topic, Qt::Key_Return);
    CHECK(topic->text().isEmpty());
    CHECK(sheet->toPlainText().contains(u"Team offsite"_s));
    // The same again, in other letters: refused with a word, not added twice.
    QTest::keyClicks(topic, u"team OFFSITE"_s);
    QTest::keyClick(topic, Qt::Key_Return);
    CHECK(topic->toolTip() == u"That topic is already on the agenda."_s);
    CHECK(sheet->toPlainText().count(u"offsite"_s, Qt::CaseInsensitive) == 1);
    // A topic typed for one person is not carried to the next one chosen.
    f.workspace().store().addPerson(
        Person{u"eva"_s, u"Eva Mulder"_s, {}, f.today.addDays(-30), 14, false});
    f.window.selectPerson(u"eva"_s);
    CHECK(topic->text().isEmpty());
    f.window.selectPerson(u"sam"_s);

    // Start: the meeting's agenda is the prepared one.
    child<QPushButton>(f.window, u"prepStart"_s)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* view = f.window.findChild<ui::MeetingView*>(u"meetingView"_s);
    REQUIRE(view);
    auto* agenda = child<QListWidget>(*view, u"meetingAgendaList"_s);
    QStringList onAgenda;
    for (int row = 0; row < agenda->count(); ++row)
        onAgenda << agenda->item(row)->text();
    CHECK(onAgenda.contains(u"Holiday rota"_s));
    CHECK(onAgenda.contains(u"Team offsite"_s));
    CHECK_FALSE(onAgenda.contains(u"Training budget"_s));
    child<QPushButton>(*view, u"meetingEnd"_s)->click();
    CHECK(DraftRepository(f.db).all().isEmpty()); // the preparation was used
    const QList<OneOnOne> meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 2);
    CHECK(meetings.last().agenda.size() == 2);
}

TEST_CASE("while a meeting is under way, the sheet does not change its agenda")
{
    WindowFixture f;
    OneOnOneRepository(f.db).add(lastMeetingWithTopics(f.today));
    MeetingDraft begun;
    begun.personId = u"sam"_s;
    begun.date = f.today;
    begun.agenda << AgendaItem{u"Holiday rota"_s, Party::Manager, false};
    begun.notes = u"We talked about"_s;
    DraftRepository(f.db).save(begun);
    f.workspace().reload();
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    auto* sheet = child<QTextBrowser>(f.window, u"prepSheet"_s);
    CHECK_FALSE(sheet->toHtml().contains(agendaLink(AgendaChange::Drop, 0)));
    CHECK_FALSE(child<QLineEdit>(f.window, u"prepTopic"_s)->isEnabled());
    emit sheet->anchorClicked(QUrl(agendaLink(AgendaChange::Drop, 0)));
    CHECK(child<QLineEdit>(f.window, u"prepTopic"_s)->toolTip().contains(u"has begun"_s));
    const QList<MeetingDraft> stored = DraftRepository(f.db).all();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().notes == u"We talked about"_s); // the notes are never overwritten
    CHECK(stored.first().begun);
}

TEST_CASE("a prepared agenda is not offered as an unfinished one-on-one at the start")
{
    for (const bool begun : {false, true}) {
        TempDatabase temp;
        {
            Database db(temp.path());
            PeopleRepository(db).add(Person{
                u"sam"_s, u"Sam Jansen"_s, {}, QDate::currentDate().addDays(-60), 14, false});
            MeetingDraft draft;
            draft.personId = u"sam"_s;
            draft.date = QDate::currentDate();
            draft.begun = begun;
            draft.agenda << AgendaItem{u"Team offsite"_s, Party::Manager, false};
            DraftRepository(db).save(draft);
        }
        QStringList seen;
        int ticks = 0;
        const int code = runAppActing(temp.path(), [&](QWidget* top) {
            if (auto* box = qobject_cast<QMessageBox*>(top)) {
                seen << box->objectName();
                for (QAbstractButton* button : box->buttons()) {
                    if (box->buttonRole(button) == QMessageBox::RejectRole)
                        button->click(); // Later
                }
                return true;
            }
            // About a second after the window is up, the question would have come.
            if (auto* window = qobject_cast<ui::MainWindow*>(top); window && ++ticks > 50) {
                window->close();
                return true;
            }
            return false;
        });
        INFO("begun: " << begun);
        CHECK(code == 0);
        // Positive control: a meeting begun is offered.
        CHECK(seen == (begun ? QStringList{u"resumeDraftBox"_s} : QStringList{}));
    }
}

TEST_CASE("the Ctrl+1 form starts with the prepared agenda, and an undo of it brings the "
          "preparation back")
{
    WindowFixture f;
    showSheetWithTopics(f);
    auto* topic = child<QLineEdit>(f.window, u"prepTopic"_s);
    topic->setText(u"Team offsite"_s);
    child<QPushButton>(f.window, u"prepAddTopic"_s)->click();
    auto* sheet = child<QTextBrowser>(f.window, u"prepSheet"_s);
    REQUIRE(sheet->toPlainText().contains(u"Team offsite"_s));

    int rows = -1;
    onNextDialog<QDialog>([&](QDialog* dialog) {
        auto* agenda = dialog->findChild<QTableWidget*>(u"meetingAgenda"_s);
        rows = agenda ? agenda->rowCount() : -1;
        clickSave(dialog, u"meetingButtons"_s);
    });
    f.trigger(u"logOneOnOneAction"_s);
    CHECK(rows == 3); // two carried over and the one added
    QList<OneOnOne> meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 2);
    CHECK(meetings.last().agenda.size() == 3);
    // The preparation was that meeting's: the next sheet carries its uncovered
    // topics over once, not the preparation as well.
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    CHECK(sheet->toPlainText().count(u"Team offsite"_s) == 1);
    // Undo the meeting: the prepared agenda is the coming one again, nothing lost.
    f.trigger(u"undoAction"_s);
    REQUIRE(meetingsOf(f.db, u"sam"_s).size() == 1);
    f.pages()->setCurrentIndex(0);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    CHECK(sheet->toPlainText().contains(u"Team offsite"_s));
}
