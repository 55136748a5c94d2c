#pragma once

#include <QString>

namespace Soudan::TextRules {

// A text's length as the board counts it: characters (code points) after NFC, so that an emoji
// or a decomposed が counts one, as people count them.
int length(const QString &text);

// What a one-line field (a title, a name) may not hold: control characters (tab, line breaks,
// NUL…), the line and paragraph separators, and the bidirectional overrides and isolates that
// make text read in another order than it is stored. A multi-line text (a body) may hold tabs and
// line breaks, and none of the others.
bool allowedInLine(char32_t c);
bool allowedInText(char32_t c);

// The first character text may not hold, as U+XXXX; empty when there is none.
QString forbiddenIn(const QString &text, bool oneLine);

// text without what it may not hold (a pasted title's line break becomes a space).
QString cleaned(const QString &text, bool oneLine);

} // namespace Soudan::TextRules
