#include "app/options.h"

#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Soudan {

Options Options::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Soudan: an offline-first desktop client for the consultation board."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s,
                                     tr("Keep the local cache and settings in <dir>."), tr("dir"));
    const QCommandLineOption demo(u"demo"_s, tr("Load the demo board into an empty cache."));
    const QCommandLineOption lang(u"lang"_s, tr("Use the language <code>: ja or en."), tr("code"));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        tr("Open the main window with the first category and thread selected, save it as a PNG "
           "image to <file>, and exit."),
        tr("file"));
    parser.addOptions({profile, demo, lang, screenshot});
    parser.process(app);

    Options o;
    o.profileDir = parser.isSet(profile)
                       ? parser.value(profile)
                       : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    o.profileDir = QDir(o.profileDir).absolutePath();
    o.demo = parser.isSet(demo);
    o.screenshotFile = parser.value(screenshot);
    o.language = parser.value(lang);
    if (!o.language.isEmpty() && o.language != u"ja"_s && o.language != u"en"_s) {
        std::fputs(qPrintable(tr("Unknown language \"%1\": use ja or en.").arg(o.language) + u'\n'),
                   stderr);
        std::exit(2);
    }
    return o;
}

} // namespace Soudan
