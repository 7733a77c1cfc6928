#include "coaching/PrepSheet.h"
#include "coaching/PromptEngine.h"
#include "domain/IsoDate.h"
#include "i18n/Language.h"
#include "i18n/LocalDate.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::StringLiterals;
using namespace rd;

TEST_CASE("dates in running text follow the interface language; ISO stays for machines")
{
    installLanguage(u"nl"_s);
    CHECK(localDate(QDate(2026, 3, 3)) == u"3 mrt. 2026"_s);
    CHECK(localDate(QDate(2026, 12, 31)) == u"31 dec. 2026"_s);
    CHECK(localMonth(QDate(2026, 5, 1)) == u"mei 2026"_s);
    installLanguage(u"en"_s);
    CHECK(localDate(QDate(2026, 3, 3)) == u"3 Mar 2026"_s);
    CHECK(localDate(QDate(2026, 12, 31)) == u"31 Dec 2026"_s);
    CHECK(localMonth(QDate(2026, 5, 1)) == u"May 2026"_s);
    CHECK(localDate(QDate()).isEmpty());
}

TEST_CASE("the prep sheet and a prompt's evidence write dates the reader's way, keys stay ISO")
{
    const TeamLog log = test::sampleLog();
    const PromptEngine engine;
    installLanguage(u"nl"_s);
    const PrepSheet nl = *prepareOneOnOne(log, u"p1"_s, QDate(2026, 6, 1), engine);
    const QString dutch = prepSheetMarkdown(nl);
    installLanguage(u"en"_s);
    const QString english =
        prepSheetMarkdown(*prepareOneOnOne(log, u"p1"_s, QDate(2026, 6, 1), engine));
    CHECK(dutch.contains(u"1 jun. 2026"_s));
    CHECK(english.contains(u"1 Jun 2026"_s));
    CHECK_FALSE(dutch.contains(u"2026-06-01"_s));
    CHECK_FALSE(english.contains(u"2026-06-01"_s));
    int isoKeys = 0;
    for (const Prompt& p : nl.prompts) {
        INFO(p.key.toStdString());
        CHECK_FALSE(p.key.contains(u"."_s));
        isoKeys += parseIsoDate(p.period).isValid() ? 1 : 0;
    }
    CHECK(isoKeys > 0);
}
