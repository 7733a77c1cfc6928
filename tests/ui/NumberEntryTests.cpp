// Numbers are checked as they are typed: a value out of range is named at
// once, beside the field's dialog buttons, and the sentence goes when it is
// fixed; Save still refuses it, and nothing is cut to fit.
#include "pages/HomeView.h"
#include "settings/AppSettings.h"
#include "UiSupport.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QAbstractSpinBox>
#include <QDialog>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
void retype(QAbstractSpinBox* spin, const QString& text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}
} // namespace

TEST_CASE("a number out of range is named as it is typed, and the sentence goes once it is fixed")
{
    WindowFixture f;
    f.window.selectPerson(u"sam"_s);
    QStringList said;
    bool visibleWhileOut = false, hiddenWhenFixed = false;
    onNextDialog<QDialog>([&](QDialog* dialog) {
        auto* talk = dialog->findChild<QAbstractSpinBox*>(u"meetingTalkShare"_s);
        auto* energy = dialog->findChild<QAbstractSpinBox*>(u"meetingEnergy"_s);
        auto* error = dialog->findChild<QLabel*>(u"meetingError"_s);
        if (!talk || !energy || !error)
            return dialog->done(QDialog::Rejected);
        retype(talk, u"15"_s);
        const bool hiddenInRange = error->isHidden(); // positive control: 15 is fine
        QTest::keyClicks(talk, u"0"_s);               // 150
        visibleWhileOut = hiddenInRange && !error->isHidden();
        said << error->text();
        // Another field in range leaves the sentence: 150 is still there.
        retype(energy, u"4"_s);
        said << (error->isHidden() ? QString() : error->text());
        QTest::keyClick(talk, Qt::Key_Backspace); // 15 again
        hiddenWhenFixed = error->isHidden();
        dialog->done(QDialog::Rejected);
    });
    f.trigger(u"logOneOnOneAction"_s);
    CHECK(visibleWhileOut);
    CHECK(said == QStringList(2, u"Your share of the talking must be from 0 to 100, not 150."_s));
    CHECK(hiddenWhenFixed);
}

TEST_CASE("the home page's focus count is a setting, refused inline when out of range")
{
    WindowFixture f;
    const int before = AppSettings().focusCount();
    f.pages()->setCurrentIndex(0);
    REQUIRE(QTest::qWaitFor([&f] { return f.workspace().prompts().size() > 1; }));
    const auto* home = child<ui::HomeView>(f.window, u"homeView"_s);
    CHECK(home->week().focus.size() > 1); // positive control: the default shows more than one
    bool refused = false, refusedBelow = false;
    QString said, saidBelow;
    onNextDialog<QDialog>([&](QDialog* dialog) {
        auto* count = dialog->findChild<QAbstractSpinBox*>(u"settingsFocusCount"_s);
        auto* error = dialog->findChild<QLabel*>(u"settingsError"_s);
        if (!count || !error)
            return dialog->done(QDialog::Rejected);
        // Below the least: a 0 is named too, not kept half-typed while 3 stays.
        retype(count, u"0"_s);
        saidBelow = error->isHidden() ? QString() : error->text();
        clickSave(dialog, u"settingsButtons"_s);
        refusedBelow = dialog->isVisible();
        retype(count, u"12"_s);
        said = error->isHidden() ? QString() : error->text();
        clickSave(dialog, u"settingsButtons"_s);
        refused = dialog->isVisible();
        retype(count, u"1"_s);
        CHECK(error->isHidden());
        clickSave(dialog, u"settingsButtons"_s);
    });
    f.trigger(u"settingsAction"_s);
    CHECK(saidBelow == u"Signals under Focus this week must be from 1 to 10, not 0."_s);
    CHECK(refusedBelow);
    CHECK(said == u"Signals under Focus this week must be from 1 to 10, not 12."_s);
    CHECK(refused);
    CHECK(AppSettings().focusCount() == 1);
    // The home page follows at once: one signal in focus, where Sam has more.
    CHECK(home->week().focus.size() == 1);
    AppSettings().setFocusCount(before);
}
