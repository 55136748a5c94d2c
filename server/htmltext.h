#pragma once

#include <QString>

namespace Soudan::Server::HtmlText {

// Plain text of a post's HTML, as an imported board shows it: paragraphs, line breaks and list
// items become lines, links keep their address ("text (https://…)"), entities are decoded and
// no markup is left.
QString toPlainText(const QString &html);

} // namespace Soudan::Server::HtmlText
