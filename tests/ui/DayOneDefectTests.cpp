// Defects a manager met on a first day of real use, each pinned by a test
// through the real widgets.
#include "demo/DemoTeam.h"
#include "dialogs/OneOnOneDialog.h"
#include "exchange/JsonExchange.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "models/BoardModel.h"
#include "models/PromptModel.h"
#include "models/TeamModel.h"
#include "pages/EntriesPage.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFocusEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {

/// A window on an in-memory database with one team member, Sam, chosen.
struct SamsWindow
{
    Database db{u":memory:"_s};
    ui::MainWindow window{db};
    SamsWindow()
    {
        PeopleRepository(db).add(
            Person{u"sam"_s, u"Sam Jansen"_s, {}, QDate::currentDate().addDays(-60), 14, false});
        window.show();
        window.selectPerson(u"sam"_s);
    }
};

/// The prompts Today lists (the levers' children).
int promptsOnToday(ui::MainWindow& window)
{
    const QAbstractItemModel* model = child<QTreeView>(window, u"todayPrompts"_s)->model();
    int prompts = 0;
    for (int lever = 0; lever < model->rowCount(); ++lever)
        prompts += model->rowCount(model->index(lever, 0));
    return prompts;
}

} // namespace

TEST_CASE("the team list gaining focus filters nothing; choosing a person does")
{
    Database db(u":memory:"_s);
    DemoOptions options;
    options.until = QDate::currentDate();
    importTeamLog(db, generateDemoTeam(options), ImportMode::Replace);
    ui::MainWindow window(db);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const int all = promptsOnToday(window);
    REQUIRE(all > 1);

    auto* team = child<QListView>(window, u"teamList"_s);
    team->setFocus(Qt::TabFocusReason);
    QFocusEvent focus(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(team, &focus);
    QCoreApplication::processEvents();
    CHECK(team->currentIndex().isValid());      // Qt made the first row current...
    CHECK(window.selectedPersonId().isEmpty()); // ...which chooses nobody
    CHECK(promptsOnToday(window) == all);

    // Positive control: choosing the person filters Today to them.
    window.selectPerson(team->currentIndex().data(ui::TeamModel::PersonIdRole).toString());
    CHECK_FALSE(window.selectedPersonId().isEmpty());
    CHECK(promptsOnToday(window) < all);
    window.selectPerson({});
    CHECK(promptsOnToday(window) == all);
}

TEST_CASE("the sidebar says 'today' and 'yesterday', and days from two on")
{
    Database db(u":memory:"_s);
    const QDate today = QDate::currentDate();
    PeopleRepository(db).add(Person{u"a"_s, u"Anna"_s, {}, today.addDays(-90), 14, false});
    ui::Workspace workspace(db);
    ui::TeamModel team(workspace);
    const auto statusAfter = [&](int daysAgo) {
        OneOnOne meeting;
        meeting.personId = u"a"_s;
        meeting.date = today.addDays(-daysAgo);
        OneOnOneRepository(db).add(meeting);
        workspace.reload();
        const QString text = team.index(0).data(Qt::DisplayRole).toString().section(u'\n', 1, 1);
        for (const OneOnOne& logged : OneOnOneRepository(db).all())
            OneOnOneRepository(db).remove(logged.id);
        return text.section(u" · "_s, 0, 0);
    };
    CHECK(statusAfter(0) == u"last 1:1 today"_s);
    CHECK(statusAfter(1) == u"last 1:1 yesterday"_s);
    CHECK(statusAfter(2).startsWith(u"last 1:1 2 day"_s));
}

namespace {

/// Types `typed` into the spin box `field` of the dialog opened by `action`,
/// presses Save, and returns what the dialog said (empty when it saved).
QString typeAndSave(ui::MainWindow& window, const QString& action, const QString& field,
                    const QString& buttons, const QString& errorLabel, const QString& typed)
{
    QString said = u"(no dialog)"_s;
    onNextDialog<QDialog>([&](QDialog* dialog) {
        auto* spin = dialog->findChild<QAbstractSpinBox*>(field);
        if (!spin)
            return dialog->done(QDialog::Rejected);
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, typed);
        said = u"(typed: %1)"_s.arg(spin->text());
        clickSave(dialog, buttons);
        if (dialog->isVisible()) {
            said = dialog->findChild<QLabel*>(errorLabel)->text();
            dialog->done(QDialog::Rejected); // discard without the question: tested below
        } else {
            said.clear();
        }
    });
    child<QAction>(window, action)->trigger();
    return said;
}

} // namespace

TEST_CASE("a number out of range is refused with one sentence, never cut to fit")
{
    SamsWindow sam;
    Database& db = sam.db;
    ui::MainWindow& window = sam.window;
    struct Field
    {
        QString action, field, buttons, error, typed, message;
    };
    const QList<Field> fields = {
        {u"logOneOnOneAction"_s, u"meetingTalkShare"_s, u"meetingButtons"_s, u"meetingError"_s,
         u"150"_s, u"Your share of the talking must be from 0 to 100, not 150."_s},
        {u"logOneOnOneAction"_s, u"meetingEnergy"_s, u"meetingButtons"_s, u"meetingError"_s, u"7"_s,
         u"Their energy must be from 1 to 5, not 7."_s},
        {u"logOneOnOneAction"_s, u"meetingDuration"_s, u"meetingButtons"_s, u"meetingError"_s,
         u"1000"_s, u"Duration must be from 1 to 600, not 1000."_s},
        {u"logDecisionAction"_s, u"decisionCheckIns"_s, u"decisionButtons"_s, u"decisionError"_s,
         u"250"_s, u"Check-ins must be from 0 to 100, not 250."_s},
        {u"editPersonAction"_s, u"personCadence"_s, u"personButtons"_s, u"personError"_s, u"400"_s,
         u"One-on-one cadence in days must be from 1 to 365, not 400."_s},
    };
    for (const Field& f : fields) {
        CAPTURE(f.field);
        CHECK(typeAndSave(window, f.action, f.field, f.buttons, f.error, f.typed) == f.message);
    }
    CHECK(OneOnOneRepository(db).all().isEmpty()); // nothing was saved
    CHECK(DecisionRepository(db).all().isEmpty());
    CHECK(PeopleRepository(db).find(u"sam"_s)->cadenceDays == 14);

    // Positive control: a value in range is saved as typed.
    CHECK(typeAndSave(window, u"logOneOnOneAction"_s, u"meetingTalkShare"_s, u"meetingButtons"_s,
                      u"meetingError"_s, u"60"_s)
              .isEmpty());
    REQUIRE(OneOnOneRepository(db).all().size() == 1);
    CHECK(OneOnOneRepository(db).all().first().talkSharePercent == 60);
}

TEST_CASE("closing a one-on-one with content asks first; an untouched one just closes")
{
    SamsWindow sam;
    Database& db = sam.db;
    ui::MainWindow& window = sam.window;
    QStringList seen;
    const auto answer = [&seen](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&seen, button] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                seen << box->objectName();
                box->button(button)->click();
            }
        });
    };
    bool stayedOpen = false;
    bool closed = false;
    onNextDialog<ui::OneOnOneDialog>([&](ui::OneOnOneDialog* dialog) {
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(u"meetingPrivateNotes"_s),
                         u"Talked about the move"_s);
        answer(QMessageBox::Cancel); // "Keep editing"
        QTest::keyClick(dialog, Qt::Key_Escape);
        stayedOpen = dialog->isVisible();
        answer(QMessageBox::Discard);
        QTest::keyClick(dialog, Qt::Key_Escape);
        closed = !dialog->isVisible();
        if (!closed)
            dialog->done(QDialog::Rejected);
    });
    child<QAction>(window, u"logOneOnOneAction"_s)->trigger();
    CHECK(seen == QStringList{u"discardMeetingQuestion"_s, u"discardMeetingQuestion"_s});
    CHECK(stayedOpen);
    CHECK(closed);
    CHECK(OneOnOneRepository(db).all().isEmpty());

    // Positive control: nothing entered, Escape closes without a question.
    seen.clear();
    bool closedAtOnce = false;
    onNextDialog<ui::OneOnOneDialog>([&](ui::OneOnOneDialog* dialog) {
        QTest::keyClick(dialog, Qt::Key_Escape);
        closedAtOnce = !dialog->isVisible();
        if (!closedAtOnce)
            dialog->done(QDialog::Rejected);
    });
    child<QAction>(window, u"logOneOnOneAction"_s)->trigger();
    CHECK(closedAtOnce);
    CHECK(seen.isEmpty());
}

TEST_CASE("an archived team member is shown on request and restored from the Team menu")
{
    Database db(u":memory:"_s);
    const QDate joined = QDate::currentDate().addDays(-60);
    PeopleRepository(db).add(Person{u"sam"_s, u"Sam Jansen"_s, {}, joined, 14, false});
    PeopleRepository(db).add(Person{u"eva"_s, u"Eva Mulder"_s, {}, joined, 14, true});
    ui::MainWindow window(db);
    window.show();
    QAbstractItemModel* team = child<QListView>(window, u"teamList"_s)->model();
    const QAbstractItemModelTester tester(team,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* restore = child<QAction>(window, u"restorePersonAction"_s);
    CHECK(team->rowCount() == 1); // archived people stay out of the list...
    child<QAction>(window, u"showArchivedAction"_s)->setChecked(true);
    REQUIRE(team->rowCount() == 2); // ...until asked for, and marked
    const int eva = team->index(0, 0).data(ui::TeamModel::ArchivedRole).toBool() ? 0 : 1;
    CHECK(team->index(eva, 0).data().toString().contains(u"archived"_s));
    CHECK_FALSE(team->index(1 - eva, 0).data().toString().contains(u"archived"_s));

    window.selectPerson(u"sam"_s);
    CHECK_FALSE(restore->isEnabled()); // an active member has nothing to restore
    CHECK(child<QAction>(window, u"archivePersonAction"_s)->isEnabled());
    window.selectPerson(u"eva"_s);
    CHECK(restore->isEnabled());
    CHECK_FALSE(child<QAction>(window, u"archivePersonAction"_s)->isEnabled());
    restore->trigger();
    CHECK_FALSE(PeopleRepository(db).find(u"eva"_s)->archived);

    child<QAction>(window, u"showArchivedAction"_s)->setChecked(false);
    CHECK(team->rowCount() == 2); // Eva is back in the team
    child<QAction>(window, u"undoAction"_s)->trigger();
    CHECK(PeopleRepository(db).find(u"eva"_s)->archived);
    CHECK(team->rowCount() == 1);
}

TEST_CASE("the one-on-one's details show its duration and each action's due and done dates")
{
    installLanguage(u"en"_s); // English plurals ("45 minutes") come from its translation
    Database db(u":memory:"_s);
    PeopleRepository(db).add(Person{u"sam"_s, u"Sam Jansen"_s, {}, QDate(2026, 1, 5), 14, false});
    OneOnOne meeting;
    meeting.personId = u"sam"_s;
    meeting.date = QDate(2026, 3, 2);
    meeting.durationMinutes = 45;
    meeting.actions << ActionItem{u"Send the plan"_s, Party::Manager, QDate(2026, 3, 9), {}}
                    << ActionItem{u"Book the room"_s, Party::Member, QDate(2026, 3, 4),
                                  QDate(2026, 3, 3)};
    const qint64 id = OneOnOneRepository(db).add(meeting);
    ui::MainWindow window(db);
    window.show();
    child<QTabWidget>(window, u"pages"_s)->setCurrentIndex(1);
    child<ui::EntriesPage>(window, u"meetingsPage"_s)->select(id);
    const QString details = child<QTextBrowser>(window, u"meetingsDetail"_s)->toPlainText();
    CAPTURE(details);
    CHECK(details.contains(u"45 minutes"_s));
    CHECK(details.contains(u"Send the plan (manager, due 9 Mar 2026, open)"_s));
    CHECK(details.contains(u"Book the room (team member, due 4 Mar 2026, done 3 Mar 2026)"_s));
    CHECK(details.contains(u"One-on-one with Sam Jansen on 2 Mar 2026"_s));
    // What was not entered is left out, not shown as a bare heading.
    CHECK_FALSE(details.contains(u"Private notes"_s));
    CHECK_FALSE(details.contains(u"Agenda"_s));
    // Positive control: once written, the notes show.
    meeting.id = id;
    meeting.privateNotes = u"Seemed tired"_s;
    OneOnOneRepository(db).update(meeting);
    window.workspace().reload();
    child<ui::EntriesPage>(window, u"meetingsPage"_s)->select(id);
    const QString after = child<QTextBrowser>(window, u"meetingsDetail"_s)->toPlainText();
    CHECK(after.contains(u"Private notes (only for you)\nSeemed tired"_s));
}

namespace {
QStringList g_warnings;
void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtWarningMsg)
        g_warnings << message;
}
} // namespace

TEST_CASE("the board's cell editor shows the whole level, and an edit keeps the rows as they were")
{
    Database db(u":memory:"_s);
    const QDate joined = QDate::currentDate().addDays(-60);
    PeopleRepository(db).add(Person{u"sam"_s, u"Sam Jansen"_s, {}, joined, 14, false});
    PeopleRepository(db).add(Person{u"eva"_s, u"Eva Mulder"_s, {}, joined, 14, false});
    BoardRepository(db).set(
        BoardEntry{0, u"sam"_s, u"Planning"_s, DelegationLevel::Consult, joined});
    BoardRepository(db).set(BoardEntry{0, u"eva"_s, u"Hiring"_s, DelegationLevel::Tell, joined});
    ui::MainWindow window(db);
    window.resize(1024, 640);
    window.show();
    child<QTabWidget>(window, u"pages"_s)->setCurrentWidget(child<QWidget>(window, u"boardPage"_s));
    auto* table = child<QTableView>(window, u"boardTable"_s);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(100); // the columns settle to the window's width, then the rows to them
    table->resizeRowsToContents(); // the rows as their content sizes them
    const QList<int> heights = {table->rowHeight(0), table->rowHeight(1)};

    g_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
    const QModelIndex cell = table->model()->index(0, 0);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto* editor = table->findChild<QComboBox*>(u"boardLevelEditor"_s);
    REQUIRE(editor);
    editor->setCurrentIndex(int(DelegationLevel::Delegate) - 1);
    QCoreApplication::processEvents();
    const int needed = editor->fontMetrics().horizontalAdvance(editor->currentText());
    CHECK(editor->width() >= needed); // "7 · Delegate · …" is not cut
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::qWait(100);
    qInstallMessageHandler(previous);

    CHECK(table->model()->index(0, 0).data(ui::BoardModel::LevelRole).toInt() ==
          int(DelegationLevel::Delegate));
    for (const QString& warning : std::as_const(g_warnings))
        CHECK_FALSE(warning.contains(u"closeEditor"_s));
    CHECK(QList<int>{table->rowHeight(0), table->rowHeight(1)} == heights);
}

TEST_CASE("Qt's own buttons speak Dutch in the Dutch UI")
{
    installLanguage(u"nl"_s);
    QMessageBox box(QMessageBox::Question, u"Rode Draad"_s, u"?"_s,
                    QMessageBox::Save | QMessageBox::Cancel | QMessageBox::Open);
    CHECK(box.button(QMessageBox::Save)->text().remove(u'&') == u"Opslaan"_s);
    CHECK(box.button(QMessageBox::Cancel)->text().remove(u'&') == u"Annuleren"_s);
    CHECK(box.button(QMessageBox::Open)->text().remove(u'&') == u"Openen"_s);
    installLanguage(u"en"_s);
    // Positive control: the same box in English.
    QMessageBox english(QMessageBox::Question, u"Rode Draad"_s, u"?"_s, QMessageBox::Save);
    CHECK(english.button(QMessageBox::Save)->text().remove(u'&') == u"Save"_s);
}

TEST_CASE("an empty team is led to its first team member; logging waits for one")
{
    Database db(u":memory:"_s);
    ui::MainWindow window(db);
    window.show();
    QCoreApplication::processEvents();
    auto* add = child<QPushButton>(window, u"homeAddFirst"_s); // the home page's way in
    auto* text = child<QLabel>(window, u"todayEmpty"_s);
    auto* logOneOnOne = child<QAction>(window, u"logOneOnOneAction"_s);
    CHECK(add->isVisible());
    CHECK(text->text().startsWith(u"Start with the people you lead"_s));
    CHECK_FALSE(logOneOnOne->isEnabled());
    CHECK(logOneOnOne->toolTip().contains(u"Add a team member first"_s));
    CHECK_FALSE(child<QAction>(window, u"logDecisionAction"_s)->isEnabled());

    // The button opens the person dialog, as Team › Add team member does.
    bool asked = false;
    onNextDialog<QDialog>([&](QDialog* dialog) {
        asked = dialog->objectName() == u"personDialog"_s;
        dialog->findChild<QLineEdit*>(u"personName"_s)->setText(u"Sam Jansen"_s);
        clickSave(dialog, u"personButtons"_s);
    });
    add->click();
    QCoreApplication::processEvents();
    CHECK(asked);
    REQUIRE(window.workspace().log().people.size() == 1);
    CHECK_FALSE(add->isVisible());
    CHECK(text->text().startsWith(u"Nothing logged yet"_s));
    CHECK(logOneOnOne->isEnabled());
    CHECK(child<QPushButton>(window, u"meetingsAdd"_s)->isEnabled());
}
