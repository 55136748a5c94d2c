#include "domain/searchtext.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Soudan::SearchText {

namespace {

enum class Kind
{
    Separator,
    Cjk,
    Word,
};

Kind kindOf(char32_t c)
{
    // The prolonged sound mark and the iteration marks belong to Japanese words, though Unicode
    // files them under "Common".
    if (c == 0x30FC || c == 0x3005 || c == 0x3006 || c == 0x309D || c == 0x309E || c == 0x30FD ||
        c == 0x30FE)
        return Kind::Cjk;
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return Kind::Cjk;
    default:
        break;
    }
    if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing)
        return Kind::Word;
    return Kind::Separator;
}

QString fromUcs4(const std::u32string_view text)
{
    return QString::fromUcs4(text.data(), qsizetype(text.size()));
}

// The tokens of text and, for each, whether it is the lone last character of a CJK run.
struct Tokenized
{
    QStringList tokens;
    QList<bool> runEnd;    // the lone last character of a run of two or more
    QList<bool> singleCjk; // a run of one character
};

Tokenized tokenize(const QString &normalizedText)
{
    Tokenized out;
    const QList<uint> chars = normalizedText.toUcs4();
    std::u32string text(chars.begin(), chars.end());
    const std::u32string_view all(text);
    size_t i = 0;
    while (i < all.size()) {
        const Kind kind = kindOf(all[i]);
        size_t j = i + 1;
        while (j < all.size() && kindOf(all[j]) == kind)
            ++j;
        if (kind == Kind::Word) {
            out.tokens.append(fromUcs4(all.substr(i, j - i)));
            out.runEnd.append(false);
            out.singleCjk.append(false);
        } else if (kind == Kind::Cjk) {
            if (j - i == 1) {
                out.tokens.append(fromUcs4(all.substr(i, 1)));
                out.runEnd.append(false);
                out.singleCjk.append(true);
            } else {
                for (size_t k = i; k + 1 < j; ++k) {
                    out.tokens.append(fromUcs4(all.substr(k, 2)));
                    out.runEnd.append(false);
                    out.singleCjk.append(false);
                }
                out.tokens.append(fromUcs4(all.substr(j - 1, 1)));
                out.runEnd.append(true);
                out.singleCjk.append(false);
            }
        }
        i = j;
    }
    return out;
}

// A term from a word or phrase the user typed.
std::optional<Term> termOf(const QString &typed, bool prefixAsked)
{
    Term term;
    term.text = normalized(typed).simplified();
    Tokenized t = tokenize(term.text);
    if (t.tokens.isEmpty())
        return std::nullopt;
    // A run's lone last character helps only before something else: at the end, the bigrams
    // already say it.
    if (t.runEnd.last()) {
        t.tokens.removeLast();
        t.runEnd.removeLast();
        t.singleCjk.removeLast();
    }
    term.tokens = t.tokens;
    // One CJK character at the end starts a bigram, or stands alone: a prefix.
    term.prefix = prefixAsked || t.singleCjk.last();
    return term;
}

const QHash<QString, ThreadStatus> &statusNames()
{
    static const QHash<QString, ThreadStatus> names = {
        {u"open"_s, ThreadStatus::Open},       {u"受付中"_s, ThreadStatus::Open},
        {u"回答受付中"_s, ThreadStatus::Open}, {u"resolved"_s, ThreadStatus::Resolved},
        {u"解決済"_s, ThreadStatus::Resolved}, {u"解決済み"_s, ThreadStatus::Resolved},
        {u"closed"_s, ThreadStatus::Closed},   {u"締め切り"_s, ThreadStatus::Closed},
        {u"締切"_s, ThreadStatus::Closed}};
    return names;
}

std::optional<bool> yesNo(const QString &value)
{
    static const QStringList yes = {u"yes"_s, u"true"_s, u"1"_s, u"はい"_s};
    static const QStringList no = {u"no"_s, u"false"_s, u"0"_s, u"いいえ"_s};
    if (yes.contains(value))
        return true;
    if (no.contains(value))
        return false;
    return std::nullopt;
}

// Pieces of the input: words, "phrases" and key:value filters, with a leading - for exclusion.
struct Piece
{
    QString text;
    bool quoted = false;
    bool excluded = false;
};

QList<Piece> split(const QString &input)
{
    QList<Piece> pieces;
    const QString text = normalized(input);
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && text[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Piece piece;
        if (text[i] == u'-' && i + 1 < n && !text[i + 1].isSpace()) {
            piece.excluded = true;
            ++i;
        }
        // Japanese quotes are quotes too: 「仮払い」.
        if (text[i] == u'"' || text[i] == u'「') {
            const QChar close = text[i] == u'"' ? u'"' : u'」';
            const qsizetype end = text.indexOf(close, i + 1);
            piece.quoted = true;
            piece.text = text.mid(i + 1, end < 0 ? -1 : end - i - 1);
            i = end < 0 ? n : end + 1;
        } else {
            qsizetype end = i;
            while (end < n && !text[end].isSpace())
                ++end;
            piece.text = text.mid(i, end - i);
            i = end;
        }
        pieces.append(piece);
    }
    return pieces;
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}

bool isAsciiAlnum(char16_t c)
{
    return isAsciiDigit(c) || isAsciiUpper(c) || isAsciiLower(c);
}

// The parts of the Latin words of text (NFKC, before case folding) that are words of their own:
// WordPress → word press, 80km → 80 km, HTMLParser → html parser; each once, lower case.
QStringList subwords(const QString &text)
{
    QStringList parts;
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isAsciiAlnum(text[i].unicode())) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < size && isAsciiAlnum(text[j].unicode()))
            ++j;
        QStringList run;
        qsizetype start = i;
        for (qsizetype k = i + 1; k < j; ++k) {
            const char16_t before = text[k - 1].unicode(), here = text[k].unicode();
            const bool digits = isAsciiDigit(before) != isAsciiDigit(here);
            const bool camel = isAsciiLower(before) && isAsciiUpper(here);
            const bool acronym = isAsciiUpper(before) && isAsciiUpper(here) && k + 1 < j &&
                                 isAsciiLower(text[k + 1].unicode());
            if (digits || camel || acronym) {
                run.append(text.mid(start, k - start).toLower());
                start = k;
            }
        }
        if (!run.isEmpty()) {
            run.append(text.mid(start, j - start).toLower());
            for (const QString &part : std::as_const(run)) {
                if (!parts.contains(part))
                    parts.append(part);
            }
        }
        i = j;
    }
    return parts;
}

} // namespace

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QStringList tokens(const QString &text)
{
    return tokenize(normalized(text)).tokens;
}

QString tokenString(const QString &text)
{
    const QString nfkc = text.normalized(QString::NormalizationForm_KC);
    const QString n = nfkc.toCaseFolded();
    QString out;
    out.reserve(n.size() * 3);
    const qsizetype size = n.size();
    // Code points with where they start in n.
    auto pointAt = [&](qsizetype i, qsizetype *width) -> char32_t {
        if (n[i].isHighSurrogate() && i + 1 < size && n[i + 1].isLowSurrogate()) {
            *width = 2;
            return QChar::surrogateToUcs4(n[i], n[i + 1]);
        }
        *width = 1;
        return n[i].unicode();
    };
    qsizetype i = 0;
    while (i < size) {
        qsizetype width = 1;
        const Kind kind = kindOf(pointAt(i, &width));
        if (kind == Kind::Separator) {
            i += width;
            continue;
        }
        qsizetype j = i + width;
        if (kind == Kind::Word) {
            while (j < size && kindOf(pointAt(j, &width)) == Kind::Word)
                j += width;
            if (!out.isEmpty())
                out.append(u' ');
            out.append(QStringView(n).mid(i, j - i));
            i = j;
            continue;
        }
        // CJK: a bigram for each character but the last, then the last alone.
        qsizetype previous = i;
        while (j < size && kindOf(pointAt(j, &width)) == Kind::Cjk) {
            if (!out.isEmpty())
                out.append(u' ');
            out.append(QStringView(n).mid(previous, j + width - previous));
            previous = j;
            j += width;
        }
        if (!out.isEmpty())
            out.append(u' ');
        out.append(QStringView(n).mid(previous, j - previous));
        i = j;
    }
    // Then the parts of Latin words, after everything: single words find them ("press" in
    // WordPress, "km" in 80km/h), and phrases keep their words next to each other.
    for (const QString &part : subwords(nfkc)) {
        if (!out.isEmpty())
            out.append(u' ');
        out.append(part);
    }
    return out;
}

Query parse(const QString &input)
{
    Query q;
    for (const Piece &piece : split(input)) {
        const qsizetype colon = piece.quoted ? -1 : piece.text.indexOf(u':');
        if (colon > 0 && colon + 1 < piece.text.size() && !piece.excluded) {
            const QString key = piece.text.left(colon);
            const QString value = piece.text.mid(colon + 1);
            bool known = true;
            if (key == u"category"_s || key == u"カテゴリ"_s) {
                q.category = value;
            } else if (key == u"status"_s || key == u"状態"_s) {
                if (!statusNames().contains(value)) {
                    //: A search filter's value is wrong. Keep status:, 解決済 and 受付中 as they
                    //: are.
                    q.error = Query::tr("status: is open (受付中), resolved (解決済) or closed.");
                } else {
                    q.status = statusNames().value(value);
                }
            } else if (key == u"urgent"_s || key == u"急ぎ"_s) {
                q.urgent = yesNo(value);
                if (!q.urgent)
                    q.error = Query::tr("urgent: is yes or no.");
            } else if (key == u"answers"_s || key == u"回答"_s) {
                bool ok = false;
                const int count = value.toInt(&ok);
                if (!ok || count < 0)
                    q.error = Query::tr("answers: is a number, like answers:0.");
                else
                    q.answers = count;
            } else if (key == u"user"_s || key == u"投稿者"_s) {
                q.user = value;
            } else if (key == u"before"_s || key == u"after"_s) {
                const QDate date = QDate::fromString(value, Qt::ISODate);
                if (!date.isValid()) {
                    //: %1 is before: or after:.
                    q.error = Query::tr("%1 is a date like 2025-04-01.").arg(key + u':');
                } else if (key == u"before"_s) {
                    q.before = date;
                } else {
                    q.after = date;
                }
            } else {
                known = false; // "http://…", "10:00": text
            }
            if (known)
                continue;
        }
        QString text = piece.text;
        bool prefix = false;
        if (!piece.quoted && text.endsWith(u'*')) {
            while (text.endsWith(u'*'))
                text.chop(1);
            prefix = true;
        }
        std::optional<Term> term = termOf(text, prefix);
        if (!term)
            continue; // only punctuation or symbols: nothing to look for
        if (term->tokens.size() > MaxTermTokens) {
            //: %1 is a number of characters.
            q.error = Query::tr("A word or phrase in the search is too long (at most about %1 "
                                "characters).")
                          .arg(MaxTermTokens);
            continue;
        }
        (piece.excluded ? q.exclude : q.include).append(*term);
    }
    if (q.include.size() + q.exclude.size() > MaxTerms) {
        q.error = Query::tr("The search has too many words (at most %1).").arg(MaxTerms);
        q.include.clear();
        q.exclude.clear();
    }
    return q;
}

qsizetype find(const QString &normalizedText, const Term &term)
{
    const qsizetype at = normalizedText.indexOf(term.text);
    if (at >= 0 || term.tokens.isEmpty())
        return at;
    return normalizedText.indexOf(term.tokens.first());
}

} // namespace Soudan::SearchText
