#include "tools/tscheck/tscheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Soudan::TsCheck {

namespace {

QString excerpt(const QString &text)
{
    QString one = text.simplified();
    if (one.size() > 60)
        one = one.left(57) + u"..."_s;
    return u"\""_s + one + u"\""_s;
}

Message readMessage(QXmlStreamReader &xml, const QString &context)
{
    Message m;
    m.context = context;
    m.line = int(xml.lineNumber());
    m.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"source"_s) {
            m.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"comment"_s) {
            m.comment = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (name == u"location"_s) {
            if (m.locationFile.isEmpty()) {
                m.locationFile = xml.attributes().value(u"filename"_s).toString();
                m.locationLine = xml.attributes().value(u"line"_s).toInt();
            }
            xml.skipCurrentElement();
        } else if (name == u"translation"_s) {
            m.type = xml.attributes().value(u"type"_s).toString();
            if (!m.numerus) {
                m.translations = {xml.readElementText(QXmlStreamReader::IncludeChildElements)};
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"numerusform"_s)
                    m.translations.append(
                        xml.readElementText(QXmlStreamReader::IncludeChildElements));
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return m;
}

bool retired(const Message &m)
{
    return m.type == u"vanished"_s || m.type == u"obsolete"_s;
}

} // namespace

QString Finding::toString() const
{
    return u"%1:%2: %3: %4"_s.arg(path).arg(line).arg(kind, text);
}

std::optional<File> read(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"%1: cannot be read: %2"_s.arg(path, f.errorString());
        return std::nullopt;
    }
    File file;
    file.path = path;
    QXmlStreamReader xml(&f);
    if (!xml.readNextStartElement() || xml.name() != u"TS"_s) {
        *error =
            u"%1:%2: not a Qt Linguist file (no <TS> element)"_s.arg(path).arg(xml.lineNumber());
        return std::nullopt;
    }
    file.language = xml.attributes().value(u"language"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"context"_s) {
            xml.skipCurrentElement();
            continue;
        }
        QString context;
        while (xml.readNextStartElement()) {
            if (xml.name() == u"name"_s)
                context = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == u"message"_s)
                file.messages.append(readMessage(xml, context));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return file;
}

int pluralForms(const QString &language)
{
    const QString code = language.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    static const QSet<QString> one = {u"ja"_s, u"zh"_s, u"ko"_s, u"vi"_s, u"th"_s,
                                      u"id"_s, u"ms"_s, u"lo"_s, u"my"_s, u"km"_s};
    static const QSet<QString> three = {u"ru"_s, u"uk"_s, u"be"_s, u"pl"_s, u"cs"_s,
                                        u"sk"_s, u"hr"_s, u"sr"_s, u"bs"_s, u"lt"_s,
                                        u"lv"_s, u"ro"_s, u"mk"_s};
    if (one.contains(code))
        return 1;
    if (three.contains(code))
        return 3;
    if (code == u"ar"_s)
        return 6;
    if (code == u"ga"_s)
        return 5;
    if (code == u"cy"_s || code == u"sl"_s || code == u"mt"_s)
        return 4;
    return 2;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?[1-9][0-9]?|L?n|[sdifu])"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

bool hasAccelerator(const QString &text)
{
    static const QRegularExpression entity(u"^&(#[0-9]+|[A-Za-z][A-Za-z0-9]*);"_s);
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        const QChar next = text[i + 1];
        if (next == u'&') {
            ++i;
            continue;
        }
        if (next.isSpace() || entity.match(QStringView(text).mid(i)).hasMatch())
            continue;
        return true;
    }
    return false;
}

QList<Finding> check(const File &file)
{
    QList<Finding> findings;
    const int forms = pluralForms(file.language);
    for (const Message &m : file.messages) {
        // An empty source (some tools write one) has nothing to translate.
        if (retired(m) || m.source.isEmpty())
            continue;
        auto add = [&](const QString &kind, const QString &text) {
            findings.append({file.path, m.line, kind, u"%1 %2"_s.arg(excerpt(m.source), text)});
        };
        const bool unfinished = m.type == u"unfinished"_s;
        if (unfinished)
            add(u"unfinished"_s, u"is not translated yet"_s);
        const QStringList wanted = placeholders(m.source);
        for (qsizetype i = 0; i < m.translations.size(); ++i) {
            const QString &form = m.translations[i];
            if (form.isEmpty()) {
                if (!unfinished)
                    add(u"empty"_s, u"has an empty translation"_s);
                continue;
            }
            const QString which = m.numerus ? u" (plural form %1)"_s.arg(i + 1) : QString();
            const QStringList got = placeholders(form);
            for (const QString &p : wanted) {
                // A plural form may leave the number out ("a minute ago") where the language
                // has more than one form.
                const bool optional = m.numerus && forms > 1 && (p == u"%n"_s || p == u"%Ln"_s);
                if (!got.contains(p) && !optional)
                    add(u"placeholder"_s, u"loses %1 in %2%3"_s.arg(p, excerpt(form), which));
            }
            for (const QString &p : got) {
                if (!wanted.contains(p))
                    add(u"placeholder"_s,
                        u"has %1, not in the source, in %2%3"_s.arg(p, excerpt(form), which));
            }
            const bool sourceKey = hasAccelerator(m.source), formKey = hasAccelerator(form);
            if (sourceKey && !formKey)
                add(u"accelerator"_s,
                    u"loses its accelerator (&) in %1%2"_s.arg(excerpt(form), which));
            else if (!sourceKey && formKey)
                add(u"accelerator"_s, u"gains an accelerator (&) the source has not in %1%2"_s.arg(
                                          excerpt(form), which));
        }
        if (m.numerus && !unfinished && m.translations.size() != forms) {
            add(u"plural"_s, u"has %1 plural form(s); %2 needs %3"_s.arg(m.translations.size())
                                 .arg(file.language)
                                 .arg(forms));
        }
    }
    return findings;
}

QList<Finding> compare(const File &file, const File &refreshed)
{
    QList<Finding> findings;
    QHash<QString, const Message *> have, now;
    for (const Message &m : file.messages) {
        if (!retired(m))
            have.insert(m.key(), &m);
    }
    for (const Message &m : refreshed.messages) {
        if (!retired(m))
            now.insert(m.key(), &m);
    }
    for (const Message &m : refreshed.messages) {
        if (retired(m) || have.contains(m.key()))
            continue;
        // Locations are relative to the file lupdate wrote.
        const QString source =
            QDir::cleanPath(QFileInfo(refreshed.path).dir().absoluteFilePath(m.locationFile));
        const QString where =
            m.locationFile.isEmpty() ? QString() : u" (%1:%2)"_s.arg(source).arg(m.locationLine);
        findings.append(
            {file.path, 0, u"new"_s,
             u"%1 in %2 is in the code%3 but not in this file: run update_translations"_s.arg(
                 excerpt(m.source), m.context, where)});
    }
    for (const Message &m : file.messages) {
        if (retired(m) || now.contains(m.key()))
            continue;
        findings.append({file.path, m.line, u"gone"_s,
                         u"%1 in %2 is no longer in the code: run update_translations"_s.arg(
                             excerpt(m.source), m.context)});
    }
    return findings;
}

QString pseudo(const QString &source)
{
    static const QHash<QChar, QChar> accents = [] {
        const QString plain = u"aeiouycnsAEIOUYCNSzZgGlLrRtTdDkKwW"_s;
        const QString accented = u"áéíöüýçñšÅÉÍÖÜÝÇÑŠžŽğĞłŁřŘţŢďĎķĶŵŴ"_s;
        QHash<QChar, QChar> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain[i], accented[i]);
        return map;
    }();
    static const QRegularExpression kept(
        u"%L?[1-9][0-9]?|%L?n|<[^>]*>|&(#[0-9]+|[A-Za-z][A-Za-z0-9]*);|&&|&."_s);
    QString out;
    qsizetype letters = 0;
    qsizetype at = 0;
    auto accent = [&](QStringView text) {
        for (const QChar c : text) {
            out.append(accents.value(c, c));
            if (c.isLetter())
                ++letters;
        }
    };
    for (auto it = kept.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        accent(QStringView(source).mid(at, match.capturedStart() - at));
        out.append(match.captured(0));
        at = match.capturedEnd();
    }
    accent(QStringView(source).mid(at));
    // 40% longer, as translations into many languages are.
    const qsizetype padding = qsizetype(std::ceil(double(source.size()) * 0.4));
    return u"⟦"_s + out + u" "_s + QString(qMax<qsizetype>(1, padding - 1), u'·') + u"⟧"_s;
}

QByteArray pseudoTs(const File &file, const QString &language)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(u"<!DOCTYPE TS>"_s);
    xml.writeStartElement(u"TS"_s);
    xml.writeAttribute(u"version"_s, u"2.1"_s);
    xml.writeAttribute(u"language"_s, language);
    const int forms = pluralForms(language);
    QString context;
    bool open = false;
    for (const Message &m : file.messages) {
        if (retired(m))
            continue;
        if (!open || m.context != context) {
            if (open)
                xml.writeEndElement();
            xml.writeStartElement(u"context"_s);
            xml.writeTextElement(u"name"_s, m.context);
            context = m.context;
            open = true;
        }
        xml.writeStartElement(u"message"_s);
        if (m.numerus)
            xml.writeAttribute(u"numerus"_s, u"yes"_s);
        xml.writeTextElement(u"source"_s, m.source);
        if (!m.comment.isEmpty())
            xml.writeTextElement(u"comment"_s, m.comment);
        xml.writeStartElement(u"translation"_s);
        if (m.numerus) {
            for (int i = 0; i < forms; ++i)
                xml.writeTextElement(u"numerusform"_s, pseudo(m.source));
        } else {
            xml.writeCharacters(pseudo(m.source));
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    if (open)
        xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace Soudan::TsCheck
