// The language as a reader meets it: the Dutch follows the glossary
// (../shared/design/glossary-nl.md), the English has no Dutch in it and
// its plurals are real.
#include "coaching/PromptEngine.h"
#include "demo/DemoTeam.h"
#include "demo/DemoTexts.h"
#include "i18n/Language.h"

#include <catch2/catch.hpp>
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace rd;

namespace {

/// Every translation in a .ts file (each plural form on its own).
QStringList translationsIn(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"numerusform")
            texts << xml.readElementText();
        else if (xml.name() == u"translation" && !xml.attributes().hasAttribute(u"type"_s))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    REQUIRE_FALSE(xml.hasError());
    return texts;
}

/// The glossary's "avoid" column, as patterns on lower-cased text.
const QList<QRegularExpression> avoided{QRegularExpression(u"één-op-één|een-op-een"_s),
                                        QRegularExpression(u"coachingsprompt"_s),
                                        QRegularExpression(u"\\bprompts?\\b"_s),
                                        QRegularExpression(u"overrul"_s),
                                        QRegularExpression(u"spreekaandeel"_s),
                                        QRegularExpression(u"genegeerd"_s),
                                        QRegularExpression(u"\\bgaat af\\b|\\bafgaat\\b"_s),
                                        QRegularExpression(u"verplaatst"_s),
                                        QRegularExpression(u"gedeelde samenvatting"_s),
                                        QRegularExpression(u"\\bdoe:"_s),
                                        QRegularExpression(u"\\bakkoord\\b|\\bverkopen\\b"_s),
                                        QRegularExpression(u"van controle naar"_s)};

QStringList glossaryBreaches(const QStringList& texts)
{
    QStringList found;
    for (const QString& text : texts) {
        const QString lower = text.toLower();
        for (const QRegularExpression& pattern : avoided) {
            if (pattern.match(lower).hasMatch())
                found << pattern.pattern() + u": "_s + text;
        }
    }
    return found;
}

} // namespace

TEST_CASE("the Dutch interface uses the glossary's terms, never the ones it avoids")
{
    const QStringList dutch =
        translationsIn(QStringLiteral(RODEDRAAD_TRANSLATIONS) + u"/rodedraad_nl.ts"_s);
    CHECK(dutch.size() > 900);
    CHECK(glossaryBreaches(dutch) == QStringList());
    // Positive control: the check sees the words it looks for.
    CHECK(glossaryBreaches({u"Je één-op-ééngesprek"_s, u"De coachingsprompt gaat af"_s}).size() ==
          3);
}

TEST_CASE("the Dutch sample team uses the glossary's terms too")
{
    const DemoTexts& t = dutchDemoTexts();
    QStringList texts = t.memberTopics + t.managerTopics + t.actions + t.notes + t.summaries +
                        t.initiatives + t.compliance + t.anyReflection;
    for (const QStringList& notes : t.reflections)
        texts += notes;
    for (const DemoDecision& d : t.decisions)
        texts << d.title << d.why << d.boundaries << d.learning;
    CHECK(glossaryBreaches(texts) == QStringList());
}

TEST_CASE("the English prompts have no Dutch in them and real plurals")
{
    DemoOptions options;
    options.until = QDate(2026, 11, 27);
    const TeamLog team = generateDemoTeam(options);
    installLanguage(u"en"_s);
    const QList<Prompt> prompts = PromptEngine().evaluate(team, options.until);
    REQUIRE(prompts.size() > 20);
    const QRegularExpression dutchWords(
        u"\\b(kaders?|gesprek|besluit|teamlid|niveau|het|een)\\b"_s);
    for (const Prompt& p : prompts) {
        const QString text =
            QStringList{p.title, p.why, p.question, p.action, p.evidence.join(u'\n')}.join(u'\n');
        CAPTURE(text);
        CHECK_FALSE(dutchWords.match(text.toLower()).hasMatch());
        CHECK_FALSE(text.contains(u"(s)"_s)); // the English plural forms were applied
    }
    // The singular and plural forms themselves.
    const char* overdue = "%n of your own action(s) for %1 are overdue";
    CHECK(QCoreApplication::translate("rd::coaching::ManagerActionsOverdue", overdue, nullptr, 1) ==
          u"1 of your own actions for %1 is overdue"_s);
    CHECK(QCoreApplication::translate("rd::coaching::ManagerActionsOverdue", overdue, nullptr, 2) ==
          u"2 of your own actions for %1 are overdue"_s);
    // Positive control: the Dutch prompts do contain the words looked for.
    installLanguage(u"nl"_s);
    int dutch = 0;
    for (const Prompt& p : PromptEngine().evaluate(team, options.until))
        dutch += dutchWords.match((p.why + u' ' + p.action).toLower()).hasMatch() ? 1 : 0;
    installLanguage(u"en"_s);
    CHECK(dutch > 10);
}
