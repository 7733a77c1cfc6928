// showMarkdown(): a view's text read into a document of its own and handed
// over once, keeping the place it was scrolled to.
#include "widgets/MarkdownView.h"

#include <catch2/catch.hpp>
#include <QPointer>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {
QString longSheet(const QString& first)
{
    QString text = u"# "_s + first + u"\n\n"_s;
    for (int n = 0; n < 80; ++n)
        text += u"- Item %1 on the agenda, with a [link](rodedraad:close-action/%1)\n"_s.arg(n);
    return text;
}
} // namespace

TEST_CASE("a view shows new Markdown in a new document, keeps its place, and drops the old one")
{
    QTextBrowser view;
    view.resize(400, 200);
    view.show();
    QPointer<QTextDocument> own = view.document(); // the view's own, which it deletes itself
    rd::ui::showMarkdown(view, longSheet(u"Anna"_s));
    CHECK(own.isNull());
    CHECK(view.document()->toPlainText().startsWith(u"Anna"_s));
    REQUIRE(view.verticalScrollBar()->maximum() > 100);

    view.verticalScrollBar()->setValue(100);
    QPointer<QTextDocument> shown = view.document();
    rd::ui::showMarkdown(view, longSheet(u"Anna, one action closed"_s));
    CHECK(shown.isNull()); // ours, deleted once replaced
    CHECK(view.document()->toPlainText().startsWith(u"Anna, one action closed"_s));
    CHECK(view.verticalScrollBar()->value() == 100);
    // The links still read as links.
    CHECK(view.document()->toMarkdown().contains(u"rodedraad:close-action/7"_s));

    SECTION("the same text again leaves the document as it is")
    {
        QPointer<QTextDocument> same = view.document();
        rd::ui::showMarkdown(view, longSheet(u"Anna, one action closed"_s));
        CHECK(view.document() == same.data());
    }
    SECTION("after a plain sentence, the same Markdown is shown again")
    {
        rd::ui::showPlainText(view, u"Add a team member to prepare a one-on-one."_s);
        CHECK(view.toPlainText() == u"Add a team member to prepare a one-on-one."_s);
        rd::ui::showMarkdown(view, longSheet(u"Anna, one action closed"_s));
        CHECK(view.document()->toPlainText().startsWith(u"Anna, one action closed"_s));
    }
}

TEST_CASE("the new document keeps the view's font and margins")
{
    QTextBrowser view;
    QFont font = view.font();
    font.setPointSize(font.pointSize() + 3);
    view.setFont(font);
    view.document()->setDocumentMargin(11);
    rd::ui::showMarkdown(view, u"Some *text*"_s);
    CHECK(view.document()->defaultFont().pointSize() == font.pointSize());
    CHECK(view.document()->documentMargin() == 11);
}
