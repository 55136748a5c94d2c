#include "server/htmltext.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

namespace Soudan::Server::HtmlText {

namespace {

QString fromXml(const xmlChar *text)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text));
}

bool isElement(const xmlNode *node, const char *name)
{
    return node->type == XML_ELEMENT_NODE &&
           xmlStrEqual(node->name, reinterpret_cast<const xmlChar *>(name));
}

QString attribute(const xmlNode *node, const char *name)
{
    xmlChar *value = xmlGetProp(node, reinterpret_cast<const xmlChar *>(name));
    const QString text = value ? fromXml(value) : QString();
    xmlFree(value);
    return text;
}

bool isAbsoluteLink(const QString &href)
{
    return href.startsWith(u"http://"_s) || href.startsWith(u"https://"_s);
}

QString collapsed(const QString &text)
{
    static const QRegularExpression spaces(u"[ \\t\\r\\n\\f]+"_s);
    QString t = text;
    return t.replace(spaces, u" "_s);
}

void chopSpaces(QString &text)
{
    while (text.endsWith(u' '))
        text.chop(1);
}

// What a list item or a quote puts before the lines inside it.
struct Frame
{
    int serial = 0;
    QString first; // before its first line ("1. ", "・"); empty: the same as later ones
    QString later; // before each later line ("  ", "> ")
    bool started = false;
};

// Writes the text of a parsed tree line by line. Breaks between blocks are only wished for
// (m_pending) and written when the next text comes, so that none is doubled or left at the end.
class Renderer final
{
public:
    void walk(const xmlNode *node);
    QString take();

private:
    void children(const xmlNode *node);
    void element(const xmlNode *node);
    void block(const xmlNode *node);
    void list(const xmlNode *node, bool numbered);
    void item(const xmlNode *node, const QString &marker);
    void quote(const xmlNode *node);
    void link(const xmlNode *node);
    void image(const xmlNode *node);
    void code(const xmlNode *pre);

    void breakLines(int count) { m_pending = qMax(m_pending, count); }
    void text(QString t);
    void verbatimLine(const QString &line);
    void startLine();

    QString m_out;
    QList<Frame> m_frames;
    QList<int> m_lastLineFrames; // the serials of the frames the last line was written in
    int m_pending = 0;           // line breaks wished before the next text: 1 a line, 2 a blank
    int m_serial = 0;
    int m_listDepth = 0;
    bool m_lastLineVerbatim = false;
    QString *m_linkText = nullptr; // the text of the link being written, without line prefixes
};

QString Renderer::take()
{
    while (!m_out.isEmpty() && m_out.back().isSpace())
        m_out.chop(1);
    return std::exchange(m_out, {});
}

void Renderer::walk(const xmlNode *node)
{
    switch (node->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
        text(collapsed(fromXml(node->content)));
        break;
    case XML_ELEMENT_NODE:
        element(node);
        break;
    default: // comments, processing instructions
        break;
    }
}

void Renderer::children(const xmlNode *node)
{
    for (const xmlNode *child = node->children; child; child = child->next)
        walk(child);
}

void Renderer::element(const xmlNode *node)
{
    static const char *const blocks[] = {
        "p",  "div",   "h1",    "h2",     "h3",         "h4",      "h5",      "h6",
        "hr", "table", "thead", "tbody",  "tfoot",      "tr",      "dl",      "dt",
        "dd", "body",  "html",  "figure", "figcaption", "section", "article", "address"};
    static const char *const skipped[] = {"script", "style", "head", "template", "noscript"};
    for (const char *name : skipped) {
        if (isElement(node, name))
            return;
    }
    if (isElement(node, "br")) {
        breakLines(1);
    } else if (isElement(node, "pre")) {
        code(node);
    } else if (isElement(node, "ul")) {
        list(node, false);
    } else if (isElement(node, "ol")) {
        list(node, true);
    } else if (isElement(node, "li")) {
        item(node, u"・"_s); // an item outside any list
    } else if (isElement(node, "blockquote")) {
        quote(node);
    } else if (isElement(node, "a")) {
        link(node);
    } else if (isElement(node, "img")) {
        image(node);
    } else if (isElement(node, "td") || isElement(node, "th")) {
        children(node);
        text(u" "_s);
    } else if (std::any_of(std::begin(blocks), std::end(blocks),
                           [&](const char *name) { return isElement(node, name); })) {
        block(node);
    } else {
        children(node); // inline: em, strong, code, span, sub, …
    }
}

void Renderer::block(const xmlNode *node)
{
    breakLines(2);
    children(node);
    breakLines(2);
}

void Renderer::list(const xmlNode *node, bool numbered)
{
    // A list inside a list item follows its item's line; one on its own stands apart.
    const int apart = m_listDepth > 0 ? 1 : 2;
    breakLines(apart);
    bool ok = false;
    int number = attribute(node, "start").toInt(&ok);
    if (!ok)
        number = 1;
    ++m_listDepth;
    for (const xmlNode *child = node->children; child; child = child->next) {
        if (!isElement(child, "li")) {
            walk(child);
            continue;
        }
        if (numbered) {
            const int value = attribute(child, "value").toInt(&ok);
            if (ok)
                number = value;
        }
        item(child, numbered ? QString::number(number++) + u". "_s : u"・"_s);
    }
    --m_listDepth;
    breakLines(apart);
}

void Renderer::item(const xmlNode *node, const QString &marker)
{
    breakLines(1);
    m_frames.append({++m_serial, marker, u"  "_s, false});
    children(node);
    m_frames.removeLast();
    breakLines(1);
}

void Renderer::quote(const xmlNode *node)
{
    breakLines(2);
    m_frames.append({++m_serial, QString(), u"> "_s, false});
    children(node);
    m_frames.removeLast();
    breakLines(2);
}

void Renderer::link(const xmlNode *node)
{
    const QString href = attribute(node, "href");
    QString linkText;
    QString *outer = std::exchange(m_linkText, &linkText);
    children(node);
    m_linkText = outer;
    if (outer)
        *outer += linkText;
    if (isAbsoluteLink(href) && linkText.trimmed() != href)
        text(u" ("_s + href + u")"_s);
}

void Renderer::image(const xmlNode *node)
{
    const QString src = attribute(node, "src");
    const QString alt = collapsed(attribute(node, "alt")).trimmed();
    text(alt.isEmpty() ? u"[image]"_s : alt);
    if (isAbsoluteLink(src))
        text(u" ("_s + src + u")"_s);
}

// The text of a <pre> block as it is, between fence lines.
void Renderer::code(const xmlNode *pre)
{
    QString content;
    const std::function<void(const xmlNode *)> collect = [&](const xmlNode *node) {
        for (const xmlNode *child = node->children; child; child = child->next) {
            if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
                content += fromXml(child->content);
            else if (isElement(child, "br"))
                content += u'\n';
            else if (child->type == XML_ELEMENT_NODE)
                collect(child);
        }
    };
    collect(pre);
    content.replace(u"\r\n"_s, u"\n"_s);
    content.replace(u'\r', u'\n');
    // As in a browser, a line break right after <pre> is not shown; the one before </code>
    // that Stack Exchange always writes ends the last line rather than adding one.
    if (pre->children && pre->children->type == XML_TEXT_NODE && content.startsWith(u'\n'))
        content.remove(0, 1);
    if (content.endsWith(u'\n'))
        content.chop(1);
    const QString fence = u"```"_s;
    breakLines(2);
    verbatimLine(fence);
    for (const QString &line : content.split(u'\n'))
        verbatimLine(line);
    verbatimLine(fence);
    breakLines(2);
}

void Renderer::text(QString t)
{
    if (m_out.isEmpty() || m_pending > 0) {
        while (t.startsWith(u' '))
            t.remove(0, 1);
        if (t.isEmpty())
            return;
        startLine();
    } else if (t.startsWith(u' ') && m_out.endsWith(u' ')) {
        t.remove(0, 1);
    }
    m_out += t;
    if (m_linkText)
        *m_linkText += t;
}

void Renderer::verbatimLine(const QString &line)
{
    breakLines(1);
    startLine();
    if (line.isEmpty())
        chopSpaces(m_out); // an empty line in a quote is ">", not "> "
    m_out += line;
    m_lastLineVerbatim = true;
}

void Renderer::startLine()
{
    if (!m_out.isEmpty()) {
        if (!m_lastLineVerbatim)
            chopSpaces(m_out);
        // A blank line belongs to the frames both of its neighbours are in: the one between two
        // quoted paragraphs is ">", the one before a quote is empty.
        qsizetype shared = 0;
        while (shared < m_frames.size() && shared < m_lastLineFrames.size() &&
               m_frames.at(shared).serial == m_lastLineFrames.at(shared))
            ++shared;
        QString blank;
        for (qsizetype i = 0; i < shared; ++i)
            blank += m_frames.at(i).later;
        chopSpaces(blank);
        m_out += u'\n';
        for (int i = 1; i < m_pending; ++i)
            m_out += blank + u'\n';
    }
    m_lastLineFrames.clear();
    for (Frame &frame : m_frames) {
        m_out += frame.started || frame.first.isEmpty() ? frame.later : frame.first;
        frame.started = true;
        m_lastLineFrames.append(frame.serial);
    }
    m_pending = 0;
    m_lastLineVerbatim = false;
}

struct DocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};

} // namespace

QString toPlainText(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    if (utf8.trimmed().isEmpty())
        return {};
    const std::unique_ptr<xmlDoc, DocFree> doc(
        htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                       HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET));
    if (!doc)
        return {};
    Renderer renderer;
    for (const xmlNode *node = doc->children; node; node = node->next)
        renderer.walk(node);
    return renderer.take();
}

} // namespace Soudan::Server::HtmlText
