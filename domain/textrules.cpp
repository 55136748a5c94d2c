#include "domain/textrules.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Soudan::TextRules {

namespace {

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

int length(const QString &text)
{
    const QString n = text.normalized(QString::NormalizationForm_C);
    qsizetype lows = 0;
    for (const QChar ch : n) {
        if (ch.isLowSurrogate())
            ++lows;
    }
    return int(n.size() - lows);
}

bool allowedInText(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return true;
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return false;
    return !isBidiControl(c) && c != 0x2028 && c != 0x2029;
}

bool allowedInLine(char32_t c)
{
    return c != u'\t' && c != u'\n' && c != u'\r' && allowedInText(c);
}

QString forbiddenIn(const QString &text, bool oneLine)
{
    for (const char32_t c : text.toUcs4()) {
        if (!(oneLine ? allowedInLine(c) : allowedInText(c)))
            return u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
    }
    return {};
}

QString cleaned(const QString &text, bool oneLine)
{
    QList<uint> kept;
    for (const char32_t c : text.toUcs4()) {
        if (oneLine ? allowedInLine(c) : allowedInText(c))
            kept.append(c);
        else if (oneLine && (c == u'\t' || c == u'\n' || c == u'\r' || c == 0x2028))
            kept.append(u' ');
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(kept.constData()), kept.size());
}

} // namespace Soudan::TextRules
