#include "domain/contactguard.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Soudan::ContactGuard {

namespace {

using Kind = Finding::Kind;

// NFKC, with dashes as '-', and long vowel marks too where people put them between digits
// (０９０ー１２３４); elsewhere ー belongs to the word (チャットワーク).
QString normalised(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    static const QString dashes = u"‐‑‒–—―−－─━"_s;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool betweenDigits =
            i > 0 && i + 1 < s.size() && s.at(i - 1).isDigit() && s.at(i + 1).isDigit();
        if (dashes.contains(c) || ((c == u'ー' || c == u'ｰ') && betweenDigits))
            s[i] = u'-';
    }
    return s;
}

struct Rule
{
    Kind kind;
    QRegularExpression pattern;
};

const QList<Rule> &rules()
{
    static const auto ci = QRegularExpression::CaseInsensitiveOption;
    // An account name as people write it after "ID:" (ASCII; at least 4 characters).
    static const QString id = u"[A-Za-z0-9][A-Za-z0-9._#-]{3,31}"_s;
    static const QString line = u"(?:\\bLINE\\b|ライン|らいん)"_s;
    static const QList<Rule> all = {
        {Kind::LineLink,
         QRegularExpression(u"\\b(?:lin\\.ee|line\\.me|liff\\.line\\.me|page\\.line\\.me)/\\S*"_s,
                            ci)},
        // "LINE ID: abc", "ラインのIDはabc", "LINE→@shop", "LINE @abc まで".
        {Kind::LineId,
         QRegularExpression(
             line + u"\\s*(?:の)?\\s*(?:ID|アイディー?)\\s*(?:は|:|=|→)?\\s*@?"_s + id, ci)},
        {Kind::LineId,
         QRegularExpression(line + u"\\s*(?:アカウント)?\\s*(?:は|:|=|→)?\\s*@"_s + id, ci)},
        // "LINEで連絡ください。ID: abc123"
        {Kind::LineId,
         QRegularExpression(line + u"[^\\n]{0,20}?\\bID\\s*(?:は|:|=|→)\\s*@?"_s + id, ci)},
        {Kind::Email,
         QRegularExpression(u"[A-Za-z0-9._%+-]+\\s*(?:@|\\(at\\)|\\[at\\]|あっと|アット)\\s*"
                            "[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"_s,
                            ci)},
        {Kind::Messenger,
         QRegularExpression(
             u"\\b(?:chatwork\\.com/\\S+|discord\\.gg/\\S+|discord(?:app)?\\.com/invite/\\S+"
             "|t\\.me/\\S+|wa\\.me/\\S+|m\\.me/\\S+|join\\.slack\\.com/\\S+"
             "|[a-z0-9-]+\\.slack\\.com/join\\S*|skype:\\S+)"_s,
             ci)},
        {Kind::Messenger,
         QRegularExpression(
             u"(?:chatwork|チャットワーク|skype|スカイプ|discord|ディスコード|telegram|"
             "テレグラム|whatsapp|ワッツアップ)\\s*(?:の)?\\s*(?:ID|アカウント|名)?\\s*"
             "(?:(?:は|:|=|→)\\s*@?"_s +
                 id + u"|@"_s + id + u")"_s,
             ci)},
        {Kind::Handle,
         QRegularExpression(
             u"(?:instagram|インスタ(?:グラム)?|twitter|ツイッター|\\bX\\b)\\s*(?:の)?\\s*"
             "(?:ID|アカウント)?\\s*(?:は|:|→)?\\s*@[A-Za-z0-9_.]{2,30}"_s,
             ci)},
    };
    return all;
}

// Phone numbers: runs of digits with separators between them that make a Japanese number
// (10 or 11 digits starting with 0, or +81 and 9 or 10 more).
void findPhones(const QString &s, QList<Finding> &found)
{
    static const QRegularExpression candidate(
        u"(?<![0-9.,/:])(\\+?[0-9][0-9 ()\\-.]{8,18}[0-9])(?![0-9.,/:%])"_s);
    QRegularExpressionMatchIterator it = candidate.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString raw = m.captured(1);
        QString digits;
        for (QChar c : raw) {
            if (c.isDigit())
                digits += c;
        }
        // A dot between digits is a decimal or a version (1.5, 6.4.2): not a phone number.
        if (raw.contains(u'.'))
            continue;
        const bool domestic = raw.startsWith(u'0') && (digits.size() == 10 || digits.size() == 11);
        const bool international =
            raw.startsWith(u"+81"_s) && (digits.size() == 11 || digits.size() == 12);
        if (domestic || international)
            found.append({Kind::Phone, raw.trimmed()});
    }
}

} // namespace

QList<Finding> scan(const QString &text)
{
    const QString s = normalised(text);
    QList<Finding> found;
    QList<std::pair<qsizetype, qsizetype>> spans; // one finding per stretch of text
    for (const Rule &rule : rules()) {
        QRegularExpressionMatchIterator it = rule.pattern.globalMatch(s);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            // An @ inside a web address is part of the address, not a handle or an e-mail.
            if (rule.kind == Kind::Handle || rule.kind == Kind::Email) {
                const qsizetype lineStart = s.lastIndexOf(u'\n', m.capturedStart()) + 1;
                const QString before = s.mid(lineStart, m.capturedStart() - lineStart);
                const qsizetype url =
                    qMax(before.lastIndexOf(u"http://"_s), before.lastIndexOf(u"https://"_s));
                if (url >= 0 && !before.mid(url).contains(u' '))
                    continue;
            }
            const bool overlaps = std::any_of(spans.cbegin(), spans.cend(), [&](const auto &span) {
                return m.capturedStart() < span.second && span.first < m.capturedEnd();
            });
            if (overlaps)
                continue;
            spans.append({m.capturedStart(), m.capturedEnd()});
            found.append({rule.kind, m.captured()});
        }
    }
    findPhones(s, found);
    return found;
}

} // namespace Soudan::ContactGuard
