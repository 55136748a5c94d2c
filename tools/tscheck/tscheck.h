#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reads Qt Linguist .ts files and finds what translators and lupdate leave behind: unfinished
// entries, placeholders that differ from the source, accelerators lost or added, plural forms
// missing for the language, and entries out of step with the code.
namespace Soudan::TsCheck {

struct Message
{
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type;             // of the translation: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or the numerus forms
    int line = 0;             // of <message>
    QString locationFile;     // the first <location>, where lupdate found it
    int locationLine = 0;

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct File
{
    QString path;
    QString language; // the TS element's language attribute ("ja", "en_US")
    QList<Message> messages;
};

struct Finding
{
    QString path;
    int line = 0;
    QString kind; // unfinished, placeholder, accelerator, plural, empty, new, gone, unreadable
    QString text;

    QString toString() const;
};

// Reads a .ts file; a file that is not one gives a message saying where it broke.
std::optional<File> read(const QString &path, QString *error);

// How many plural forms Qt expects for a language ("ja" 1, "en" 2, "ru" 3, …).
int pluralForms(const QString &language);

// The checks on one file's content.
QList<Finding> check(const File &file);

// Entries of refreshed (the same file after lupdate) that file lacks, and entries of file that
// the code no longer has: the file is out of date with the code.
QList<Finding> compare(const File &file, const File &refreshed);

// The placeholders of a text: %1…%99, %L1, %n, %Ln, and printf-style ones (%s, %d) that Qt
// does not fill in.
QStringList placeholders(const QString &text);
// Whether a text has a keyboard accelerator (&F; not && nor an entity like &amp;).
bool hasAccelerator(const QString &text);

// A pseudo-translation for tests: every letter accented and the text made 40% longer, between
// markers, with placeholders, accelerators and markup kept.
QString pseudo(const QString &source);
// file with every entry pseudo-translated (plural forms as the language wants).
QByteArray pseudoTs(const File &file, const QString &language);

} // namespace Soudan::TsCheck
