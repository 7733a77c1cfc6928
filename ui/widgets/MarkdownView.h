#pragma once

#include <QString>

class QTextBrowser;

namespace rd::ui {

/// Shows `markdown` in `view`, keeping the place it was scrolled to.
///
/// The text is read into a document of its own and then handed to the view,
/// which lays it out once. Read into the view's own document, every paragraph
/// the importer added laid the whole document out again: on a long
/// preparation sheet that was half of ticking an action. Showing the same
/// text again does nothing.
void showMarkdown(QTextBrowser& view, const QString& markdown);
/// Shows a plain sentence in a view that shows Markdown at other times.
void showPlainText(QTextBrowser& view, const QString& text);

} // namespace rd::ui
