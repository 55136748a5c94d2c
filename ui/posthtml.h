#pragma once

#include <QString>
#include <QUuid>

class QUrl;

namespace Soudan::PostHtml {

// Turns a post's plain text into HTML that shows exactly that text: every character a browser
// would read as markup is escaped, and only http and https URLs become links. Lines between two
// fence lines ("```", as imported code blocks have them) are code, in a fixed-width font.
QString fromPlainText(const QString &text);

// True for the links fromPlainText makes: the only ones the client opens.
bool isOpenableLink(const QUrl &url);

// The thread a link is to, when it names one of the board's threads the way its addresses do
// (…/threads/<id>, also with /api/v1 and anything after the id); null otherwise.
QUuid threadOfLink(const QUrl &url);

} // namespace Soudan::PostHtml
