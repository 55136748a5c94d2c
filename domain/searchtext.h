#pragma once

#include "domain/thread.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Japanese-aware search text, as in Lucene's CJK analyzer: after NFKC and case folding, runs of
// CJK characters (kanji, hiragana, katakana, hangul) become overlapping bigrams, and other letters
// and digits become words. Everything here is plain Qt Core: the store turns a Query into its
// index's syntax.
namespace Soudan::SearchText {

// NFKC (ＬＩＮＥ → LINE, ｶﾀｶﾅ → カタカナ) and case folding.
QString normalized(const QString &text);

// The tokens of a text, in order: each CJK run of two or more characters as its bigrams and then
// its last character alone (so that every character starts a token, for 1-character prefix
// queries); a run of one character as that character; words as they are.
QStringList tokens(const QString &text);
// What the index stores: the same tokens joined by spaces, made without a list, and then the
// parts of Latin words that are words of their own (WordPress → word press, 80km → 80 km), so
// that a word is found inside a longer one where the text itself marks where it starts.
QString tokenString(const QString &text);

// One thing to look for: tokens that must stand next to each other in this order; the last one
// may be a prefix (a 1-character query, or a word ending in *).
struct Term
{
    QString text; // as the user wrote it, normalized: for snippets
    QStringList tokens;
    bool prefix = false;

    friend bool operator==(const Term &, const Term &) = default;
};

// A search as the user typed it: words, "exact phrases", -exclusions and filters.
struct Query
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::SearchText::Query)

public:
    QList<Term> include; // all must match
    QList<Term> exclude; // none may match
    QString category;    // category:NAME (a part of the name)
    std::optional<ThreadStatus> status;
    std::optional<bool> urgent;
    std::optional<int> answers; // answers:N, exactly
    QString user;               // user:NAME (a part of the asker's display name)
    std::optional<QDate> before, after;
    QString error; // when the search cannot be done as typed: for people

    bool hasText() const { return !include.isEmpty(); }
    bool hasFilters() const
    {
        return !category.isEmpty() || status || urgent || answers || !user.isEmpty() || before ||
               after;
    }
    bool isEmpty() const { return !hasText() && !hasFilters() && exclude.isEmpty(); }
};

constexpr int MaxTerms = 32;
constexpr int MaxTermTokens = 64;

// Reads what the user typed. Any input gives a Query: quotes that do not close, stray *, AND,
// NEAR(, emoji or 10,000 characters are read as text or give Query::error, never anything the
// index would choke on.
Query parse(const QString &input);

// Where a term matches in a text (both normalized), or -1.
qsizetype find(const QString &normalizedText, const Term &term);

} // namespace Soudan::SearchText
