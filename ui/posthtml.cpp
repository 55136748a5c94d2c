#include "ui/posthtml.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Soudan::PostHtml {

namespace {

QString linkified(const QString &text)
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

bool isFence(QStringView line)
{
    return line.trimmed().startsWith(u"```"_s);
}

} // namespace

QString fromPlainText(const QString &text)
{
    // Code: the lines between two fence lines ("```"), shown as they are in a fixed-width font;
    // a fence without its closing line is text.
    const QStringList lines = text.split(u'\n');
    QString html;
    QStringList plain;
    auto flush = [&] {
        if (!plain.isEmpty())
            html += linkified(plain.join(u'\n'));
        plain.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        qsizetype close = -1;
        if (isFence(lines.at(i))) {
            for (qsizetype j = i + 1; j < lines.size() && close < 0; ++j)
                close = isFence(lines.at(j)) ? j : -1;
        }
        if (close < 0) {
            plain.append(lines.at(i));
            continue;
        }
        flush();
        const QString code = lines.mid(i + 1, close - i - 1).join(u'\n');
        if (!html.isEmpty())
            html += u'\n';
        html += u"<code style=\"font-family: monospace;\">"_s + code.toHtmlEscaped() + u"</code>"_s;
        if (close + 1 < lines.size())
            html += u'\n';
        i = close;
    }
    flush();
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
