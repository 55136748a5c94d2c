// soudan-tscheck: checks Qt Linguist .ts files. See docs/translating.md.

#include "tools/tscheck/tscheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

void print(FILE *to, const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), to);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"soudan-tscheck"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks Qt Linguist .ts files and prints what is wrong, one finding a line "
        "(FILE:LINE: KIND: TEXT): unfinished entries, placeholders that differ from the source, "
        "accelerators lost or added, missing plural forms, and with --refreshed entries out of "
        "date with the code. Exits 1 when it found something, 2 when a file cannot be read."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"files"_s, u"The .ts files."_s, u"FILE.ts..."_s);
    const QCommandLineOption refreshed(
        u"refreshed"_s,
        u"A folder with the same files just refreshed by lupdate from the code: report entries "
        "that differ."_s,
        u"dir"_s);
    const QCommandLineOption allowUnfinished(u"allow-unfinished"_s,
                                             u"Do not report unfinished entries."_s);
    const QCommandLineOption pseudo(
        u"pseudo"_s,
        u"Write a pseudo-translation of the one FILE.ts (every text accented and 40% longer) "
        "to <out>, for tests."_s,
        u"out"_s);
    parser.addOptions({refreshed, allowUnfinished, pseudo});
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        print(stderr, u"soudan-tscheck: no .ts file given (see --help)"_s);
        return 2;
    }

    if (parser.isSet(pseudo)) {
        QString error;
        const std::optional<TsCheck::File> file = TsCheck::read(files.first(), &error);
        QFile out(parser.value(pseudo));
        if (!file || !out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(TsCheck::pseudoTs(*file, u"en"_s)) < 0) {
            print(stderr, u"soudan-tscheck: "_s + (error.isEmpty() ? out.errorString() : error));
            return 2;
        }
        return 0;
    }

    int findings = 0;
    bool unreadable = false;
    for (const QString &path : files) {
        QString error;
        const std::optional<TsCheck::File> file = TsCheck::read(path, &error);
        if (!file) {
            print(stderr, error);
            unreadable = true;
            continue;
        }
        QList<TsCheck::Finding> list = TsCheck::check(*file);
        if (parser.isSet(refreshed)) {
            const QString other =
                QDir(parser.value(refreshed)).filePath(QFileInfo(path).fileName());
            const std::optional<TsCheck::File> now = TsCheck::read(other, &error);
            if (!now) {
                print(stderr, error);
                unreadable = true;
                continue;
            }
            list += TsCheck::compare(*file, *now);
        }
        for (const TsCheck::Finding &f : std::as_const(list)) {
            if (parser.isSet(allowUnfinished) && f.kind == u"unfinished"_s)
                continue;
            print(stdout, f.toString());
            ++findings;
        }
    }
    if (findings > 0)
        print(stderr, u"soudan-tscheck: %1 finding(s)"_s.arg(findings));
    return unreadable ? 2 : findings > 0 ? 1 : 0;
}
