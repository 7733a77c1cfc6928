#include "MarkdownView.h"

#include <QScrollBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rd::ui {

namespace {
/// The text a view shows, kept on its document.
constexpr const char* shownMarkdown = "rodedraadMarkdown";
} // namespace

void showMarkdown(QTextBrowser& view, const QString& markdown)
{
    QTextDocument* shown = view.document();
    if (const QVariant was = shown->property(shownMarkdown);
        was.isValid() && was.toString() == markdown)
        return;
    auto* document = new QTextDocument(&view); // the view's, for its resources
    document->setDefaultFont(shown->defaultFont());
    document->setDefaultStyleSheet(shown->defaultStyleSheet());
    document->setDefaultTextOption(shown->defaultTextOption());
    document->setDocumentMargin(shown->documentMargin());
    document->setIndentWidth(shown->indentWidth());
    document->setMarkdown(markdown);
    document->setProperty(shownMarkdown, markdown);

    // The view deletes the document it made itself as it takes another;
    // those made here are ours to delete.
    const bool ours = shown->parent() == &view;
    const int scrolled = view.verticalScrollBar()->value();
    view.setDocument(document);
    view.verticalScrollBar()->setValue(scrolled);
    if (ours)
        delete shown;
}

void showPlainText(QTextBrowser& view, const QString& text)
{
    view.setPlainText(text);
    view.document()->setProperty(shownMarkdown, QVariant());
}

} // namespace rd::ui
