// The meeting view: the 1:1 held as a conversation, typed as it goes, saved
// as a draft that survives Escape, a closed window and a kill -9, and logged
// when it ends.
#include "i18n/Language.h"
#include "meeting/MeetingView.h"
#include "pages/PreparePage.h"
#include "storage/DraftRepository.h"
#include "UiSupport.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

/// Sam's last 1:1, 14 days ago: one topic not covered, one action still open.
struct MeetingFixture : WindowFixture
{
    MeetingFixture()
    {
        installLanguage(u"en"_s);
        OneOnOne last;
        last.personId = u"sam"_s;
        last.date = today.addDays(-14);
        last.agenda << AgendaItem{u"Roadmap"_s, Party::Manager, false}
                    << AgendaItem{u"Training budget"_s, Party::Member, false};
        last.actions << ActionItem{u"Send course options"_s, Party::Manager, today, {}};
        OneOnOneRepository(db).add(last);
        workspace().reload();
        window.selectPerson(u"sam"_s);
    }
    ui::MeetingView* start()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        child<QPushButton>(window, u"prepStart"_s)->click();
        for (auto* view : window.findChildren<ui::MeetingView*>()) {
            if (view->isVisible())
                return view;
        }
        return nullptr;
    }
    template <typename T>
    static T* in(ui::MeetingView* view, const QString& name)
    {
        return child<T>(*view, name);
    }
};

} // namespace

TEST_CASE("a one-on-one is held in the meeting view and logged when it ends")
{
    MeetingFixture f;
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    // The agenda is a checklist with the team member's item first.
    auto* agenda = f.in<QListWidget>(view, u"meetingAgendaList"_s);
    REQUIRE(agenda->count() == 2);
    CHECK(agenda->item(0)->text() == u"Training budget"_s);
    agenda->item(0)->setCheckState(Qt::Checked);
    // A topic added on the spot.
    QTest::keyClicks(f.in<QLineEdit>(view, u"meetingTopic"_s), u"Holiday plans"_s);
    QTest::keyClick(f.in<QLineEdit>(view, u"meetingTopic"_s), Qt::Key_Return);
    CHECK(agenda->count() == 3);
    // Enter adds the topic and nothing else: the meeting is not ended by it.
    CHECK(view->isVisible());
    CHECK(meetingsOf(f.db, u"sam"_s).size() == 1);
    // The earlier action is ticked done.
    f.in<QListWidget>(view, u"meetingEarlierActions"_s)->item(0)->setCheckState(Qt::Checked);
    // Notes: a marker line becomes an action; its owner is toggled to the manager.
    f.in<QPlainTextEdit>(view, u"meetingNotes"_s)
        ->setPlainText(u"Talked about the move\n[ ] Book the training\ntodo: Draft the plan"_s);
    auto* actions = f.in<QTableWidget>(view, u"meetingNewActions"_s);
    REQUIRE(QTest::qWaitFor([&] { return actions->rowCount() == 2; })); // once typing pauses
    auto* owner = qobject_cast<QComboBox*>(actions->cellWidget(0, 1));
    REQUIRE(owner);
    owner->setCurrentIndex(owner->findData(QVariant::fromValue(Party::Manager)));
    emit owner->activated(owner->currentIndex());
    f.in<QPlainTextEdit>(view, u"meetingSummary"_s)->setPlainText(u"We agreed the plan"_s);
    f.in<QAbstractButton>(view, u"meetingTalk30"_s)->click(); // mostly them
    f.in<QAbstractButton>(view, u"meetingEnergy4"_s)->click();
    f.in<QCheckBox>(view, u"meetingContext"_s)->setChecked(true);

    f.in<QPushButton>(view, u"meetingEnd"_s)->click();
    const QList<OneOnOne> meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 2);
    const OneOnOne& held = meetings.last();
    CHECK(held.date == f.today);
    CHECK(held.status == MeetingStatus::Held);
    REQUIRE(held.agenda.size() == 3);
    CHECK(held.agenda.at(0).covered);
    CHECK_FALSE(held.agenda.at(1).covered);
    CHECK(held.agenda.at(2).text == u"Holiday plans"_s);
    REQUIRE(held.actions.size() == 2);
    CHECK(held.actions.at(0).owner == Party::Manager);
    CHECK(held.actions.at(1).owner == Party::Member);
    CHECK(held.actions.at(1).due == f.today.addDays(14)); // by the next 1:1
    CHECK(held.sharedSummary == u"We agreed the plan"_s);
    CHECK(held.privateNotes.startsWith(u"Talked about the move"_s));
    CHECK(held.talkSharePercent == 30);
    CHECK(held.energy == 4);
    CHECK(held.contextShared);
    // The ticked action closed where it was agreed, and no draft is left.
    CHECK(meetings.first().actions.first().doneOn == f.today);
    CHECK(f.workspace().store().drafts().isEmpty());
    // The rest carries once: the uncovered topics are on the next sheet.
    const OneOnOne next = child<ui::PreparePage>(f.window, u"preparePage"_s)->meetingToStart();
    CHECK(next.agenda.size() == 2);
}

TEST_CASE("typing saves a draft; Escape keeps it and Start resumes it")
{
    MeetingFixture f;
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    QSignalSpy saved(view, &ui::MeetingView::draftSaved);
    QTest::keyClicks(f.in<QPlainTextEdit>(view, u"meetingNotes"_s), u"She wants to lead"_s);
    REQUIRE(saved.wait(5000));
    CHECK(saved.size() == 1); // one save after the pause, not one per key
    REQUIRE(f.workspace().store().drafts().size() == 1);
    CHECK(f.workspace().store().drafts().first().notes == u"She wants to lead"_s);
    // More typing, then Escape at once: saved on the way out, nothing lost.
    QTest::keyClicks(f.in<QPlainTextEdit>(view, u"meetingNotes"_s), u" the release"_s);
    QTest::keyClick(view, Qt::Key_Escape);
    CHECK_FALSE(view->isVisible());
    CHECK(f.workspace().store().drafts().first().notes == u"She wants to lead the release"_s);
    CHECK(meetingsOf(f.db, u"sam"_s).size() == 1); // nothing logged
    // The draft's own commits are not another program's writes.
    CHECK_FALSE(f.workspace().store().hasOutsideWrites());

    view = f.start();
    REQUIRE(view);
    CHECK(f.in<QPlainTextEdit>(view, u"meetingNotes"_s)->toPlainText() ==
          u"She wants to lead the release"_s);
    // Discard asks first; Cancel keeps everything.
    onNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
    f.in<QPushButton>(view, u"meetingDiscard"_s)->click();
    CHECK(view->isVisible());
    CHECK(f.workspace().store().drafts().size() == 1);
    onNextDialog<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Discard)->click(); });
    f.in<QPushButton>(view, u"meetingDiscard"_s)->click();
    CHECK(f.workspace().store().drafts().isEmpty());
}

TEST_CASE("the whole meeting can be logged from the keyboard")
{
    MeetingFixture f;
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    auto* notes = f.in<QPlainTextEdit>(view, u"meetingNotes"_s);
    // Typing starts at once: the notes have the focus when the window has it
    // (offscreen, the platform gives it back to the main window; take it).
    CHECK(view->focusWidget() == notes);
    view->activateWindow();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == notes; }));
    QTest::keyClicks(notes, u"todo: Book the room"_s);
    QTest::keyClick(notes, Qt::Key_Tab); // Tab leaves the notes, never types a tab
    CHECK(QApplication::focusWidget() != notes);
    CHECK_FALSE(notes->toPlainText().contains(u'\t'));
    QTest::keyClick(view, Qt::Key_R, Qt::AltModifier); // "Their energy" goes to its buttons
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QTest::keyClick(view, Qt::Key_H, Qt::AltModifier); // "Mostly them"
    REQUIRE(QTest::qWaitFor(
        [&] { return f.in<QAbstractButton>(view, u"meetingTalk30"_s)->isChecked(); }));
    QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
    const QList<OneOnOne> meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 2);
    CHECK(meetings.last().energy == 1);
    CHECK(meetings.last().talkSharePercent == 30);
    REQUIRE(meetings.last().actions.size() == 1);
    CHECK(meetings.last().actions.first().text == u"Book the room"_s);
}

TEST_CASE("a draft survives a kill -9, and the next start offers to resume it")
{
    test::TempDatabase temp;
    {
        Database db(temp.path());
        PeopleRepository(db).add(
            Person{u"sam"_s, u"Sam Jansen"_s, {}, QDate::currentDate().addDays(-60), 14, false});
    }
    QProcess typer;
    typer.start(QStringLiteral(MEETING_TYPER_EXE),
                {temp.path(), u"sam"_s, u"[ ] Book the training before Friday"_s});
    REQUIRE(typer.waitForFinished(60000));
    INFO(typer.readAllStandardError().toStdString());
    CHECK(typer.readAllStandardOutput().trimmed() == "saved");
    CHECK(typer.exitStatus() == QProcess::CrashExit); // killed, not closed
    {
        Database db(temp.path());
        const QList<MeetingDraft> drafts = DraftRepository(db).all();
        REQUIRE(drafts.size() == 1);
        CHECK(drafts.first().notes == u"[ ] Book the training before Friday"_s);
    }

    // The app as a user starts it: the question, Resume, the notes are back; End logs them.
    QStringList seen;
    QString resumedNotes;
    const int code = runAppActing(temp.path(), [&](QWidget* top) {
        if (auto* box = qobject_cast<QMessageBox*>(top); box && box->isVisible()) {
            seen << box->objectName();
            for (QAbstractButton* button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                    button->click();
            }
            return true;
        }
        if (auto* window = qobject_cast<ui::MainWindow*>(top)) {
            auto* view = window->findChild<ui::MeetingView*>(u"meetingView"_s);
            if (view && view->isVisible()) {
                resumedNotes = child<QPlainTextEdit>(*view, u"meetingNotes"_s)->toPlainText();
                child<QPushButton>(*view, u"meetingEnd"_s)->click();
                return true;
            }
            if (!seen.isEmpty() && !view) {
                window->close();
                return true;
            }
        }
        return false;
    });
    CHECK(code == 0);
    CHECK(seen == QStringList{u"resumeDraftBox"_s});
    CHECK(resumedNotes == u"[ ] Book the training before Friday"_s);
    Database db(temp.path());
    CHECK(DraftRepository(db).all().isEmpty());
    const QList<OneOnOne> meetings = OneOnOneRepository(db).all();
    REQUIRE(meetings.size() == 1);
    REQUIRE(meetings.first().actions.size() == 1);
    CHECK(meetings.first().actions.first().text == u"Book the training before Friday"_s);
}

TEST_CASE("the notes' actions keep their owner when a line is reworded, and rows are not rebuilt")
{
    MeetingFixture f;
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    auto* notes = f.in<QPlainTextEdit>(view, u"meetingNotes"_s);
    auto* actions = f.in<QTableWidget>(view, u"meetingNewActions"_s);
    notes->setPlainText(u"[ ] Send the roadmap\n[ ] Book the room"_s);
    REQUIRE(QTest::qWaitFor([&] { return actions->rowCount() == 2; }));
    auto* owner = qobject_cast<QComboBox*>(actions->cellWidget(0, 1));
    REQUIRE(owner);
    owner->setCurrentIndex(owner->findData(QVariant::fromValue(Party::Manager)));
    // Reworded in place: the same row, the same owner.
    notes->setPlainText(u"[ ] Send the roadmap v2\n[ ] Book the room"_s);
    REQUIRE(
        QTest::qWaitFor([&] { return actions->item(0, 0)->text() == u"Send the roadmap v2"_s; }));
    CHECK(actions->cellWidget(0, 1) == owner); // not rebuilt
    CHECK(view->draft().actionChoices.at(0).owner == Party::Manager);
    // A line added below: the rows above stay as they are.
    QWidget* second = actions->cellWidget(1, 1);
    notes->setPlainText(u"[ ] Send the roadmap v2\n[ ] Book the room\ntodo: Call HR"_s);
    REQUIRE(QTest::qWaitFor([&] { return actions->rowCount() == 3; }));
    CHECK(actions->cellWidget(0, 1) == owner);
    CHECK(actions->cellWidget(1, 1) == second);
    // Removed: the table follows.
    notes->setPlainText(u"[ ] Book the room"_s);
    REQUIRE(QTest::qWaitFor([&] { return actions->rowCount() == 1; }));
    CHECK(actions->item(0, 0)->text() == u"Book the room"_s);
}

TEST_CASE("ending the meeting keeps a due date still being edited, and Tab leaves the table")
{
    MeetingFixture f;
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    f.in<QPlainTextEdit>(view, u"meetingNotes"_s)->setPlainText(u"[ ] Book the room"_s);
    auto* actions = f.in<QTableWidget>(view, u"meetingNewActions"_s);
    REQUIRE(QTest::qWaitFor([&] { return actions->rowCount() == 1; }));
    CHECK_FALSE(actions->tabKeyNavigation());
    const QModelIndex due = actions->model()->index(0, 2);
    actions->setCurrentIndex(due);
    actions->edit(due);
    auto* editor = actions->findChild<QDateEdit*>(u"dateCellEditor"_s);
    REQUIRE(editor);
    CHECK(editor->width() >= editor->sizeHint().width()); // never a slit
    editor->setDate(f.today.addDays(25));
    // Ctrl+Enter at once, the editor still open.
    f.in<QPushButton>(view, u"meetingEnd"_s)->click();
    const QList<OneOnOne> meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 2);
    REQUIRE(meetings.last().actions.size() == 1);
    CHECK(meetings.last().actions.first().due == f.today.addDays(25));
}

TEST_CASE("typing on without a pause is still saved within a few seconds")
{
    MeetingFixture f;
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    QSignalSpy saved(view, &ui::MeetingView::draftSaved);
    auto* notes = f.in<QPlainTextEdit>(view, u"meetingNotes"_s);
    QElapsedTimer typing;
    typing.start();
    // A key every 200 ms, well inside the pause that saves: for 4 seconds.
    while (typing.elapsed() < ui::MeetingView::MaxSaveDelayMs + 1000 && saved.isEmpty()) {
        QTest::keyClick(notes, Qt::Key_A);
        QTest::qWait(200);
    }
    CHECK_FALSE(saved.isEmpty()); // saved while the typing went on
    CHECK(typing.elapsed() < ui::MeetingView::MaxSaveDelayMs + 1000);
    REQUIRE_FALSE(f.workspace().store().drafts().isEmpty());
    CHECK(f.workspace().store().drafts().first().notes.startsWith(u"aaaa"_s));
}

TEST_CASE("closing the main window keeps what was typed in a meeting view a moment ago")
{
    MeetingFixture f;
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    auto* notes = f.in<QPlainTextEdit>(view, u"meetingNotes"_s);
    notes->setPlainText(u"Typed just now, before the pause that saves"_s);
    REQUIRE(DraftRepository(f.db).all().isEmpty()); // not saved yet: the debounce waits
    f.window.close();
    const QList<MeetingDraft> drafts = DraftRepository(f.db).all();
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.first().notes == u"Typed just now, before the pause that saves"_s);
    CHECK(drafts.first().begun);
}

TEST_CASE("an action closed elsewhere while the meeting is held leaves its list; ticks stay")
{
    MeetingFixture f;
    // A second open action, agreed in the same 1:1.
    QList<OneOnOne> meetings = meetingsOf(f.db, u"sam"_s);
    REQUIRE(meetings.size() == 1);
    OneOnOne last = meetings.first();
    last.actions << ActionItem{u"Write the proposal"_s, Party::Member, f.today.addDays(3), {}};
    f.workspace().store().updateOneOnOnes({last});
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    auto* earlier = f.in<QListWidget>(view, u"meetingEarlierActions"_s);
    REQUIRE(earlier->count() == 2);
    earlier->item(1)->setCheckState(Qt::Checked); // "Write the proposal", ticked in the meeting

    // Positive control: a change that leaves the open actions as they were keeps the list.
    f.workspace().store().updateOneOnOnes({meetingsOf(f.db, u"sam"_s).first()});
    CHECK(earlier->count() == 2);

    // Closed in the Actions tab meanwhile.
    last = meetingsOf(f.db, u"sam"_s).first();
    last.actions[0].doneOn = f.today;
    f.workspace().store().updateOneOnOnes({last});
    REQUIRE(earlier->count() == 1);
    CHECK(earlier->item(0)->text().contains(u"Write the proposal"_s));
    CHECK(earlier->item(0)->checkState() == Qt::Checked);
    child<QPushButton>(*view, u"meetingEnd"_s)->click();
    const QList<OneOnOne> after = meetingsOf(f.db, u"sam"_s);
    REQUIRE(after.size() == 2);
    CHECK(after.first().actions.at(0).doneOn == f.today);
    CHECK(after.first().actions.at(1).doneOn == f.today); // the tick closed it
}

TEST_CASE("undoing an ended meeting says what went and that Redo brings it back")
{
    MeetingFixture f;
    ui::MeetingView* view = f.start();
    REQUIRE(view);
    f.in<QPlainTextEdit>(view, u"meetingNotes"_s)->setPlainText(u"Notes of the meeting"_s);
    child<QPushButton>(*view, u"meetingEnd"_s)->click();
    REQUIRE(meetingsOf(f.db, u"sam"_s).size() == 2);
    const QString step = f.workspace().undoStack()->undoText();
    REQUIRE_FALSE(step.isEmpty());
    f.trigger(u"undoAction"_s);
    CHECK(meetingsOf(f.db, u"sam"_s).size() == 1);
    CHECK(f.window.statusBar()->currentMessage() ==
          u"Undone: %1. Redo brings it back."_s.arg(step));
    f.trigger(u"redoAction"_s);
    REQUIRE(meetingsOf(f.db, u"sam"_s).size() == 2);
    CHECK(meetingsOf(f.db, u"sam"_s).last().privateNotes == u"Notes of the meeting"_s);
    CHECK(f.window.statusBar()->currentMessage() == u"Redone: %1."_s.arg(step));
}
