#pragma once

#include <QString>

namespace rd {

/// `text` (a name, a note, a decision's why: what a manager typed) made safe to
/// place in a Markdown document: every character a renderer would act on is
/// escaped with a backslash (HTML tags and entities, links and images,
/// emphasis, code, tables, strikethrough), a line start that would open a
/// heading, list or quote is escaped, and line breaks become spaces so text
/// cannot start a block of its own. "<script>" stays text; "[x](javascript:…)"
/// stays text; "# Fake heading" stays text.
QString markdownText(const QString& text);

} // namespace rd
