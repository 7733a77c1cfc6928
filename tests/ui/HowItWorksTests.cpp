// "How Rode Draad works": opened from the Help menu, complete in both
// languages, and reached from every prompt's lever.
#include "coaching/FacilitationIndex.h"
#include "coaching/PrepSheet.h"
#include "coaching/RuleNames.h"
#include "coaching/rules/RuleCatalogue.h"
#include "help/HowItWorks.h"
#include "i18n/Language.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "WindowFixture.h"

#include <catch2/catch.hpp>
#include <QAbstractItemView>
#include <QScrollBar>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace rd;
using namespace rd::test;

namespace {
QString plain(const QString& html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}
} // namespace

TEST_CASE("How Rode Draad works explains every lever, level and index component, in both "
          "languages")
{
    QString english;
    for (const QString& language : {u"en"_s, u"nl"_s}) {
        CAPTURE(language);
        installLanguage(language);
        const QString text = plain(ui::HowItWorks::html());
        for (const Lever lever : allValues<Lever>())
            CHECK(text.contains(label(lever)));
        for (const DelegationLevel level : allValues<DelegationLevel>()) {
            CHECK(text.contains(levelDisplay(level)));
            CHECK(text.contains(levelDescription(level)));
        }
        for (int c = 0; c < IndexComponentCount; ++c)
            CHECK(text.contains(componentLabel(IndexComponent(c))));
        // Every signal is listed under its lever.
        for (const auto& rule : coaching::ruleCatalogue())
            CHECK(text.contains(ruleName(rule->id())));
        if (language == u"en"_s)
            english = text;
    }
    // The Dutch is its own text, not the English left over.
    const QString dutch = plain(ui::HowItWorks::html());
    CHECK(dutch.contains(u"Zo werkt Rode Draad"_s));
    CHECK(dutch.contains(u"meten om te leren"_s));
    CHECK_FALSE(dutch.contains(u"The figures describe you"_s));
    CHECK(english.contains(u"The figures describe you, never your team"_s));
    installLanguage(u"en"_s);
}

TEST_CASE("the Help menu opens How Rode Draad works, and a prompt's lever opens it at that lever")
{
    WindowFixture f;
    f.trigger(u"howItWorksAction"_s);
    auto* help = f.window.findChild<ui::HowItWorks*>(u"howItWorks"_s);
    REQUIRE(help);
    CHECK(help->isVisible());
    CHECK_FALSE(help->isModal()); // it stays open beside the prompt it explains
    auto* text = child<QTextBrowser>(*help, u"howItWorksText"_s);
    CHECK(text->verticalScrollBar()->value() == 0);
    help->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    REQUIRE_FALSE(f.window.findChild<ui::HowItWorks*>(u"howItWorks"_s));

    // Sam has signals; the sheet carries each one's lever link.
    f.window.selectPerson(u"sam"_s);
    f.pages()->setCurrentWidget(child<QWidget>(f.window, u"preparePage"_s));
    REQUIRE(QTest::qWaitFor([&f] { return !f.workspace().prompts().isEmpty(); }));
    const Prompt prompt = f.workspace().prompts().first();
    auto* sheet = child<QTextBrowser>(f.window, u"prepSheet"_s);
    REQUIRE(QTest::qWaitFor([&] { return sheet->toHtml().contains(leverLink(prompt.lever)); }));
    // The printed sheet has no links.
    CHECK_FALSE(prepSheetMarkdown(*prepareOneOnOne(f.workspace().log(), u"sam"_s, f.today,
                                                   f.workspace().prompts()))
                    .contains(leverLink(prompt.lever)));

    // The last lever is far down the page: following its link scrolls there.
    emit sheet->anchorClicked(QUrl(leverLink(Lever::PsychologicalSafety)));
    help = f.window.findChild<ui::HowItWorks*>(u"howItWorks"_s);
    REQUIRE(help);
    CHECK(help->isVisible());
    text = child<QTextBrowser>(*help, u"howItWorksText"_s);
    CHECK(text->verticalScrollBar()->value() > 0);

    // The signal's detail on the Today tab links its lever too.
    auto* detail = child<QTextBrowser>(f.window, u"todayPromptDetail"_s);
    auto* tree = child<QAbstractItemView>(f.window, u"todayPrompts"_s);
    f.pages()->setCurrentIndex(0);
    const QModelIndex first = tree->model()->index(0, 0, tree->model()->index(0, 0));
    REQUIRE(first.isValid());
    tree->setCurrentIndex(first);
    CHECK(detail->toHtml().contains(u"rodedraad:lever/"_s));
}
