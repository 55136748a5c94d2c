#pragma once

#include <QString>

namespace Soudan::Server::HtmlText {

// Plain text of a post's HTML, as an imported board shows it, parsed by libxml2's HTML parser:
// paragraphs, line breaks and headings become lines; list items "・" lines, numbered ones "1. "
// lines (from start="N"), nested items indented by two spaces a level; quoted lines begin with
// "> "; a <pre> block is kept as it is between two "```" lines; links keep their address
// ("text (https://…)"). Every entity the parser knows (all numeric ones, HTML 4's named ones)
// is decoded and no markup is left.
QString toPlainText(const QString &html);

} // namespace Soudan::Server::HtmlText
