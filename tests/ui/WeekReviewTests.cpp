// What a review of the manager's week found, as a manager meets it: the
// home page while the logs load, a sheet's agenda change undone, another
// person's sheet from its top, a long name beside "when", a relative date
// and Enter, and a one-on-one dated before someone joined.
#include "coaching/PrepSheet.h"
#include "dialogs/OneOnOneDialog.h"
#include "storage/DraftRepository.h"
#include "widgets/DateField.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
/// Sam's last 1:1 left one topic uncovered and `actions` open actions.
void sheetWithTopic(WindowFixture& f, int actions = 0)
{
    OneOnOne last;
    last.personId = u"sam"_s;
    last.date = f.today.addDays(-14);
    last.agenda << AgendaItem{u"Training budget"_s, Party::Member, false};
    for (int i = 0; i < actions; ++i) {
        ActionItem action;
        action.text = u"Follow-up number %1"_s.arg(i);
        action.due = f.today;
        last.actions << action;
    }
    OneOnOneRepository(f.db).add(last);
    f.workspace().reload();
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
}

QString sheetText(WindowFixture& f)
{
    return child<QTextBrowser>(f.window, u"prepSheet"_s)->toPlainText();
}
} // namespace

TEST_CASE("while the logs load, the home page says so rather than that nothing was logged")
{
    TempDatabase temp;
    writeSampleFile(temp.path());
    Database db(temp.path());
    ui::MainWindow window(db, nullptr, ui::Workspace::Loading::InBackground);
    window.show();
    auto* noFocus = child<QLabel>(window, u"homeNoFocus"_s);
    auto* wins = child<QWidget>(window, u"homeWinsBox"_s);
    REQUIRE(window.workspace().isLoading());
    CHECK(noFocus->text() == u"Loading your logs…"_s);
    CHECK_FALSE(wins->isVisible()); // not "nothing in the last days": not read yet
    REQUIRE(QTest::qWaitFor([&] { return !window.workspace().isLoading(); }));
    REQUIRE(QTest::qWaitFor([&] { return window.workspace().promptService().hasEvaluated(); }));
    QCoreApplication::processEvents();
    // Loaded: the sample team's week, with its wins box back.
    CHECK(wins->isVisible());
    CHECK_FALSE(noFocus->isVisible());
    CHECK(child<QLabel>(window, u"homeFocus0"_s)->isVisible());
}

TEST_CASE("a topic added or dropped on the sheet is undone and redone like any other step")
{
    WindowFixture f;
    sheetWithTopic(f);
    auto* topic = child<QLineEdit>(f.window, u"prepTopic"_s);
    topic->setText(u"Team offsite"_s);
    child<QPushButton>(f.window, u"prepAddTopic"_s)->click();
    REQUIRE(sheetText(f).contains(u"Team offsite"_s));
    CHECK(child<QAction>(f.window, u"undoAction"_s)->text().contains(u"Sam Jansen"_s));

    f.trigger(u"undoAction"_s);
    CHECK_FALSE(sheetText(f).contains(u"Team offsite"_s));
    CHECK(DraftRepository(f.db).all().isEmpty()); // as before: nothing prepared
    f.trigger(u"redoAction"_s);
    CHECK(sheetText(f).contains(u"Team offsite"_s));

    // Dropping the carried topic, and its undo.
    auto* sheet = child<QTextBrowser>(f.window, u"prepSheet"_s);
    emit sheet->anchorClicked(QUrl(agendaLink(AgendaChange::Drop, 0)));
    REQUIRE(sheet->toHtml().contains(agendaLink(AgendaChange::PutBack, 0)));
    f.trigger(u"undoAction"_s);
    CHECK_FALSE(sheet->toHtml().contains(agendaLink(AgendaChange::PutBack, 0)));
    CHECK(sheetText(f).contains(u"Team offsite"_s)); // the step before stays
}

TEST_CASE("undoing a sheet's agenda change never overwrites a meeting begun since")
{
    WindowFixture f;
    sheetWithTopic(f);
    child<QLineEdit>(f.window, u"prepTopic"_s)->setText(u"Team offsite"_s);
    child<QPushButton>(f.window, u"prepAddTopic"_s)->click();
    // The meeting view began and saved what was typed.
    MeetingDraft begun = *f.workspace().store().draft(u"sam"_s);
    begun.begun = true;
    begun.notes = u"We talked about the offsite"_s;
    DraftRepository(f.db).save(begun);

    QString said;
    onNextDialog<QMessageBox>([&said](QMessageBox* box) {
        said = box->text();
        box->accept();
    });
    f.trigger(u"undoAction"_s);
    CHECK(said.contains(u"has begun"_s));
    const std::optional<MeetingDraft> kept = f.workspace().store().draft(u"sam"_s);
    REQUIRE(kept);
    CHECK(kept->notes == u"We talked about the offsite"_s);
    CHECK(kept->begun);
}

TEST_CASE("another person's sheet opens at its top; the same person's keeps its place")
{
    WindowFixture f;
    f.window.resize(1024, 640);
    f.workspace().store().addPerson(
        Person{u"eva"_s, u"Eva Mulder"_s, {}, f.today.addDays(-30), 14, false});
    sheetWithTopic(f, 40);
    QCoreApplication::processEvents();
    auto* bar = child<QTextBrowser>(f.window, u"prepSheet"_s)->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    bar->setValue(bar->maximum());

    // The same person: a topic added redraws the sheet where it was.
    child<QLineEdit>(f.window, u"prepTopic"_s)->setText(u"Team offsite"_s);
    child<QPushButton>(f.window, u"prepAddTopic"_s)->click();
    CHECK(bar->value() > 0);

    f.window.selectPerson(u"eva"_s);
    CHECK(bar->value() == 0);
}

TEST_CASE("a very long name is cut short on the home page, and the due column keeps its room")
{
    WindowFixture f;
    f.window.resize(1024, 640);
    const QString longName = u"Maximiliaan Alexander Cornelis van Oldenbarnevelt-Wassenaer"_s;
    f.workspace().store().addPerson(
        Person{u"max"_s, longName, {}, f.today.addDays(-30), 14, false});
    f.pages()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    auto* next = child<QTreeWidget>(f.window, u"homeNext"_s);
    const int full = next->fontMetrics().horizontalAdvance(longName);
    REQUIRE(full > next->width() / 2); // the name alone would take most of the list
    CHECK(next->columnWidth(0) <= next->width() * 45 / 100);
    CHECK(next->columnWidth(1) >= next->fontMetrics().horizontalAdvance(u"in 14 days"_s));

    // A wide window shows the whole name.
    f.window.resize(2400, 900);
    QCoreApplication::processEvents();
    CHECK(next->columnWidth(0) >= full);
}

TEST_CASE("Enter after a relative date sets it; only the next Enter saves the dialog")
{
    QDialog dialog;
    auto* field = new ui::DateField(QDate(2026, 12, 2), &dialog);
    field->setToday(QDate(2026, 12, 2));
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(field);
    layout->addWidget(buttons);
    int accepted = 0;
    QObject::connect(&dialog, &QDialog::accepted, [&accepted] { ++accepted; });
    dialog.show();
    field->setFocus();
    QTest::keyClicks(field, u"-5d"_s);
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(field->date() == QDate(2026, 11, 27));
    CHECK(accepted == 0);
    CHECK(dialog.isVisible());
    // Positive control: with the date shown, Enter does what it always does.
    QTest::keyClick(field, Qt::Key_Return);
    CHECK(accepted == 1);
}

TEST_CASE("a one-on-one dated before the person joined is refused with a sentence why")
{
    WindowFixture f; // Sam joined 60 days ago
    f.window.selectPerson(u"sam"_s);
    for (const int daysAgo : {61, 60}) {
        QString error;
        onNextDialog<ui::OneOnOneDialog>([&](ui::OneOnOneDialog* dialog) {
            dialog->findChild<QDateEdit*>(u"meetingDate"_s)->setDate(f.today.addDays(-daysAgo));
            clickSave(dialog, u"meetingButtons"_s);
            if (auto* label = dialog->findChild<QLabel*>(u"meetingError"_s); label->isVisible())
                error = label->text();
            if (dialog->isVisible())
                dialog->done(QDialog::Rejected); // not reject(): that asks about the changes
        });
        f.trigger(u"logOneOnOneAction"_s);
        INFO("days ago: " << daysAgo);
        if (daysAgo == 61) {
            CHECK(error.contains(u"Sam Jansen joined the team on"_s));
            CHECK(meetingsOf(f.db, u"sam"_s).isEmpty());
        } else {
            CHECK(error.isEmpty()); // the day they joined is fine
            CHECK(meetingsOf(f.db, u"sam"_s).size() == 1);
        }
    }
}
