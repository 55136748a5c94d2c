#include "ui/posthtml.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Soudan::PostHtml {

QString fromPlainText(const QString &text)
{
    // Only ASCII URL characters: Japanese text usually runs straight on after a URL.
    static const QRegularExpression url(u"https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    static const QString trailing = u".,;:!?)]'"_s;

    QString html;
    html.reserve(text.size() + text.size() / 8);
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = url.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QString link = m.captured();
        while (!link.isEmpty() && trailing.contains(link.back()))
            link.chop(1);
        const QUrl target(link, QUrl::StrictMode);
        if (!target.isValid() || target.host().isEmpty())
            continue;
        html += text.mid(pos, m.capturedStart() - pos).toHtmlEscaped();
        html += u"<a href=\""_s + QString::fromUtf8(target.toEncoded()).toHtmlEscaped() + u"\">"_s +
                link.toHtmlEscaped() + u"</a>"_s;
        pos = m.capturedStart() + link.size();
    }
    html += text.mid(pos).toHtmlEscaped();
    return html;
}

bool isOpenableLink(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) &&
           !url.host().isEmpty();
}

QUuid threadOfLink(const QUrl &url)
{
    if (!isOpenableLink(url))
        return {};
    const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i) == u"threads"_s) {
            const QUuid id = QUuid::fromString(parts.at(i + 1));
            if (!id.isNull())
                return id;
        }
    }
    return {};
}

} // namespace Soudan::PostHtml
