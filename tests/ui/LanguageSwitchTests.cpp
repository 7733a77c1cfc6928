// Switching the interface language from the settings, live.
#include "dialogs/SettingsDialog.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"
#include "Workspace.h"

#include <catch2/catch.hpp>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QTabWidget>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

TEST_CASE("switching the language in the settings shows Dutch labels")
{
    WindowFixture f;
    CHECK(f.pages()->tabText(0) == u"Today"_s);
    onNextDialog<ui::SettingsDialog>([](ui::SettingsDialog* dialog) {
        auto* language = dialog->findChild<QComboBox*>(u"settingsLanguage"_s);
        language->setCurrentIndex(language->findData(u"nl"_s));
        dialog->findChild<QDialogButtonBox*>(u"settingsButtons"_s)
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    f.trigger(u"settingsAction"_s);
    QCoreApplication::processEvents();
    CHECK(f.pages()->tabText(0) == u"Vandaag"_s);
    CHECK(f.pages()->tabText(4) == u"Delegatiebord"_s);
    bool dutchPrompt = false;
    for (const Prompt& p : f.workspace().prompts())
        dutchPrompt |= p.title.contains(u"gesprek"_s) || p.title.contains(u"delegatieafspraak"_s);
    CHECK(dutchPrompt);
    installLanguage(u"en"_s);
    QCoreApplication::processEvents();
    CHECK(f.pages()->tabText(0) == u"Today"_s);
}
