// Dates typed relative to today in the dialogs' date fields and the table
// cells: "t", "+1w", "vandaag"; what is not understood changes nothing.
#include "UiSupport.h"
#include "widgets/DateField.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QDateEdit>
#include <QDialog>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

TEST_CASE("a date field takes a date relative to today: +1w, t; Escape and nonsense change nothing")
{
    ui::DateField field(QDate(2026, 3, 1));
    field.setToday(QDate(2026, 12, 2));
    field.show();
    field.setFocus();
    QTest::keyClicks(&field, u"+1w"_s);
    CHECK(field.typedRelative() == u"+1w"_s);
    CHECK(field.date() == QDate(2026, 3, 1)); // not yet: Enter sets it
    CHECK(field.toolTip().contains(u"+1w"_s));
    QTest::keyClick(&field, Qt::Key_Return);
    CHECK(field.date() == QDate(2026, 12, 9));
    CHECK(field.typedRelative().isEmpty());

    QTest::keyClicks(&field, u"t"_s);
    QTest::keyClick(&field, Qt::Key_Tab);
    CHECK(field.date() == QDate(2026, 12, 2));

    QTest::keyClicks(&field, u"+3d"_s);
    QTest::keyClick(&field, Qt::Key_Escape);
    CHECK(field.typedRelative().isEmpty());
    CHECK(field.date() == QDate(2026, 12, 2));

    QTest::keyClicks(&field, u"+1x"_s);
    QTest::keyClick(&field, Qt::Key_Return); // not understood: stays, with the word why
    CHECK(field.date() == QDate(2026, 12, 2));
    CHECK(field.typedRelative() == u"+1x"_s);
    CHECK(field.toolTip().contains(u"is not a date"_s));
    QTest::keyClick(&field, Qt::Key_Backspace);
    QTest::keyClick(&field, Qt::Key_Backspace);
    QTest::keyClicks(&field, u"2m"_s); // +2m
    QTest::keyClick(&field, Qt::Key_Enter);
    CHECK(field.date() == QDate(2027, 2, 2));
    // Digits still go to the day, month and year.
    field.setDate(QDate(2026, 12, 2));
    field.setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(&field, u"15"_s);
    CHECK(field.date().day() == 15);
}

TEST_CASE("the decision dialog's review date is typed as +3w from the keyboard")
{
    WindowFixture f;
    f.window.selectPerson(u"sam"_s);
    QDate review;
    bool isField = false;
    onNextDialog<QDialog>([&](QDialog* dialog) {
        auto* field = dialog->findChild<QDateEdit*>(u"decisionReview"_s);
        if (!field)
            return dialog->done(QDialog::Rejected);
        isField = dynamic_cast<ui::DateField*>(field) != nullptr;
        field->setEnabled(true);
        field->setFocus();
        QTest::keyClicks(field, u"+3w"_s);
        QTest::keyClick(field, Qt::Key_Tab);
        review = field->date();
        dialog->done(QDialog::Rejected);
    });
    f.trigger(u"logDecisionAction"_s);
    CHECK(isField);
    CHECK(review == QDate::currentDate().addDays(21)); // the default is two weeks
}
