#pragma once

#include <QString>

class QUrl;

namespace Soudan::PostHtml {

// Turns a post's plain text into HTML that shows exactly that text: every character a browser
// would read as markup is escaped, and only http and https URLs become links.
QString fromPlainText(const QString &text);

// True for the links fromPlainText makes: the only ones the client opens.
bool isOpenableLink(const QUrl &url);

} // namespace Soudan::PostHtml
