#include "server/htmltext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Soudan::Server::HtmlText {

namespace {

QString decodeEntities(const QString &text)
{
    static const QHash<QString, QString> named = {
        {u"lt"_s, u"<"_s},    {u"gt"_s, u">"_s},    {u"amp"_s, u"&"_s},    {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},  {u"nbsp"_s, u" "_s},  {u"hellip"_s, u"…"_s}, {u"mdash"_s, u"—"_s},
        {u"ndash"_s, u"–"_s}, {u"lsquo"_s, u"‘"_s}, {u"rsquo"_s, u"’"_s},  {u"ldquo"_s, u"“"_s},
        {u"rdquo"_s, u"”"_s}, {u"copy"_s, u"©"_s},  {u"times"_s, u"×"_s},  {u"middot"_s, u"·"_s},
        {u"laquo"_s, u"«"_s}, {u"raquo"_s, u"»"_s}, {u"eacute"_s, u"é"_s}, {u"euro"_s, u"€"_s},
        {u"yen"_s, u"¥"_s},
    };
    static const QRegularExpression entity(
        u"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});"_s);
    QString out;
    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        const QString name = m.captured(1);
        QString replacement = m.captured();
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint code = name.startsWith(u"#x"_s, Qt::CaseInsensitive)
                                  ? name.mid(2).toUInt(&ok, 16)
                                  : name.mid(1).toUInt(&ok);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else if (named.contains(name)) {
            replacement = named.value(name);
        }
        out += replacement;
        pos = m.capturedEnd();
    }
    out += QStringView(text).mid(pos);
    return out;
}

QString attribute(const QString &attributes, const QString &name)
{
    const QRegularExpression re(u"\\b"_s + name + u"\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"_s,
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(attributes);
    if (!m.hasMatch())
        return {};
    for (int i = 2; i <= 4; ++i) {
        if (m.capturedStart(i) >= 0)
            return decodeEntities(m.captured(i));
    }
    return {};
}

bool isAbsoluteLink(const QString &href)
{
    return href.startsWith(u"http://"_s) || href.startsWith(u"https://"_s);
}

} // namespace

QString toPlainText(const QString &html)
{
    static const QRegularExpression tag(u"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression spaces(u"[ \\t\\r\\n\\f]+"_s);
    static const QSet<QString> blocks = {u"p"_s,  u"div"_s,   u"h1"_s, u"h2"_s,         u"h3"_s,
                                         u"h4"_s, u"h5"_s,    u"h6"_s, u"blockquote"_s, u"ul"_s,
                                         u"ol"_s, u"table"_s, u"tr"_s, u"hr"_s};
    QString out;
    int pre = 0;
    QString linkHref;
    qsizetype linkTextStart = -1;
    auto text = [&](QStringView raw) {
        QString t = decodeEntities(raw.toString());
        if (pre == 0) {
            t.replace(spaces, u" "_s);
            if (out.isEmpty() || out.endsWith(u'\n') || out.endsWith(u' '))
                while (t.startsWith(u' '))
                    t.remove(0, 1);
        }
        out += t;
    };
    auto newline = [&](int count) {
        while (out.endsWith(u' '))
            out.chop(1);
        int have = 0;
        for (qsizetype i = out.size() - 1; i >= 0 && out.at(i) == u'\n'; --i)
            ++have;
        if (out.isEmpty())
            return;
        for (; have < count; ++have)
            out += u'\n';
    };

    qsizetype pos = 0;
    QRegularExpressionMatchIterator it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        text(QStringView(html).mid(pos, m.capturedStart() - pos));
        pos = m.capturedEnd();
        if (m.capturedStart(2) < 0)
            continue; // a comment
        const bool closing = !m.captured(1).isEmpty();
        const QString name = m.captured(2).toLower();
        const QString attributes = m.captured(3);
        if (name == u"br"_s) {
            newline(1);
        } else if (name == u"pre"_s) {
            newline(2);
            pre += closing ? -1 : 1;
            pre = qMax(0, pre);
        } else if (name == u"li"_s) {
            if (!closing) {
                newline(1);
                out += u"・"_s;
            }
        } else if (blocks.contains(name)) {
            newline(2);
        } else if (name == u"a"_s) {
            if (!closing) {
                linkHref = attribute(attributes, u"href"_s);
                linkTextStart = out.size();
            } else if (linkTextStart >= 0) {
                const QString linkText = out.mid(linkTextStart).trimmed();
                if (isAbsoluteLink(linkHref) && linkText != linkHref)
                    out += u" ("_s + linkHref + u")"_s;
                linkHref.clear();
                linkTextStart = -1;
            }
        } else if (name == u"img"_s) {
            const QString src = attribute(attributes, u"src"_s);
            const QString alt = attribute(attributes, u"alt"_s);
            out += alt.isEmpty() ? u"[image]"_s : alt;
            if (isAbsoluteLink(src))
                out += u" ("_s + src + u")"_s;
        }
    }
    text(QStringView(html).mid(pos));
    static const QRegularExpression blankLines(u"\\n{3,}"_s);
    out.replace(blankLines, u"\n\n"_s);
    return out.trimmed();
}

} // namespace Soudan::Server::HtmlText
