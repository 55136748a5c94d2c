#include "app/options.h"

#include "sync/synccontroller.h"
#include "ui/language.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Soudan {

Options Options::parse(const QCoreApplication &app)
{
    QCommandLineParser parser;
    // -platform offscreen and Qt's other one-dash options are single words, not -p -l -a …
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("Soudan: an offline-first desktop client for the consultation board."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s,
                                     tr("Keep the local cache and settings in <dir>."), tr("dir"));
    const QCommandLineOption demo(u"demo"_s, tr("Load the demo board into an empty cache."));
    //: %1 lists the language codes, e.g. "en, ja".
    const QCommandLineOption lang(
        u"lang"_s, tr("Use the language <code>: %1.").arg(Language::available().join(u", "_s)),
        tr("code"));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        tr("Open the main window with the first category and thread selected, save it as a PNG "
           "image to <file>, and exit."),
        tr("file"));
    const QCommandLineOption server(
        u"server"_s, tr("The board's server, e.g. https://board.example.jp."), tr("url"));
    const QCommandLineOption user(u"user"_s, tr("Your user name on the server."), tr("name"));
    const QCommandLineOption passwordStdin(
        u"password-stdin"_s,
        tr("Read the password from standard input and sign in (it is never stored)."));
    const QCommandLineOption syncOnce(
        u"sync-once"_s,
        tr("Sync the cache with the server without opening a window, print a summary and exit."));
    const QCommandLineOption moderation(
        u"moderation"_s,
        tr("Open the moderation window too (moderator accounts); with --screenshot, save that "
           "window."));
    const QCommandLineOption search(
        u"search"_s,
        tr("Print the threads that match <query> in the cache, newest first, one a line (id, "
           "title, category, status), and exit. With --demo, an empty cache gets the demo board "
           "first."),
        tr("query"));
    const QCommandLineOption rebuild(
        u"rebuild-search-index"_s, tr("Index every post in the cache again for search, and exit."));
    const QCommandLineOption notifications(
        u"notifications"_s,
        tr("Print the unread notifications, newest first, one a line (kind, thread id, title, "
           "time), and exit. With --sync-once, sync first."));
    const QCommandLineOption thread(u"thread"_s,
                                    tr("Open the thread <id> (also with --screenshot)."), tr("id"));
    parser.addOptions({profile, demo, lang, screenshot, server, user, passwordStdin, syncOnce,
                       moderation, search, rebuild, notifications, thread});
    parser.addPositionalArgument(
        u"link"_s, tr("A link to a thread, soudan://thread/<id>: opens it, like --thread."),
        u"[soudan://thread/<id>]"_s);
    // Qt's own options: a window takes them itself; without one they are accepted and unused.
    for (const QString &name :
         {u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s, u"style"_s, u"stylesheet"_s,
          u"qwindowgeometry"_s, u"qwindowtitle"_s, u"qwindowicon"_s, u"display"_s, u"plugin"_s}) {
        QCommandLineOption qt(name, QString(), u"value"_s);
        qt.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qt);
    }
    for (const QString &name : {u"reverse"_s, u"widgetcount"_s, u"nograb"_s, u"dograb"_s}) {
        QCommandLineOption qt(name);
        qt.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(qt);
    }
    parser.process(app);

    Options o;
    o.profileDir = parser.isSet(profile)
                       ? parser.value(profile)
                       : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    o.profileDir = QDir(o.profileDir).absolutePath();
    o.demo = parser.isSet(demo);
    o.screenshotFile = parser.value(screenshot);
    o.language = parser.value(lang);
    o.server = parser.value(server);
    o.user = parser.value(user);
    o.passwordStdin = parser.isSet(passwordStdin);
    o.syncOnce = parser.isSet(syncOnce);
    o.search = parser.value(search);
    o.searchSet = parser.isSet(search);
    o.rebuildSearchIndex = parser.isSet(rebuild);
    o.moderation = parser.isSet(moderation);
    o.notifications = parser.isSet(notifications);
    if (parser.isSet(thread)) {
        o.thread = QUuid::fromString(parser.value(thread));
        if (o.thread.isNull()) {
            //: %1 is what was given after --thread.
            std::fputs(qPrintable(tr("\"%1\" is not a thread id: give its UUID, as "
                                     "--search prints it.")
                                      .arg(parser.value(thread)) +
                                  u'\n'),
                       stderr);
            std::exit(2);
        }
    }
    const QStringList links = parser.positionalArguments();
    if (!links.isEmpty()) {
        o.thread = threadOfLink(links.constFirst());
        if (links.size() > 1 || o.thread.isNull()) {
            //: %1 is what was given on the command line.
            std::fputs(qPrintable(tr("\"%1\" is not a link to a thread: links look like "
                                     "soudan://thread/<id>.")
                                      .arg(links.join(u' ')) +
                                  u'\n'),
                       stderr);
            std::exit(2);
        }
    }
    if (!o.server.isEmpty()) {
        const QUrl url(o.server, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            std::fputs(
                qPrintable(
                    tr("\"%1\" is not a server address: use https://host or http://host:port.")
                        .arg(o.server) +
                    u'\n'),
                stderr);
            std::exit(2);
        }
        if (!SyncController::isSafeServer(url)) {
            std::fputs(qPrintable(tr("\"%1\": use https://. Plain http:// would send the "
                                     "password and the sign-in unencrypted; it is for this "
                                     "computer only (127.0.0.1, localhost).")
                                      .arg(o.server) +
                                  u'\n'),
                       stderr);
            std::exit(2);
        }
    }
    if (!o.language.isEmpty() && !Language::isKnown(o.language)) {
        //: %2 lists the language codes, e.g. "en, ja".
        std::fputs(qPrintable(tr("Unknown language \"%1\": use one of %2.")
                                  .arg(o.language, Language::available().join(u", "_s)) +
                              u'\n'),
                   stderr);
        std::exit(2);
    }
    return o;
}

bool Options::makeProfileDir() const
{
    // A folder that is there already is the user's to set (--profile may name any folder).
    if (QDir(profileDir).exists())
        return true;
    return QDir().mkpath(profileDir) &&
           QFile::setPermissions(profileDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner);
}

QUuid Options::threadOfLink(const QString &link)
{
    const QUrl url(link, QUrl::StrictMode);
    if (url.scheme() != u"soudan"_s || url.host() != u"thread"_s)
        return {};
    const QString id = url.path().mid(1);
    return id.contains(u'/') ? QUuid() : QUuid::fromString(id);
}

std::unique_ptr<QLockFile> Options::lockProfile() const
{
    auto lock = std::make_unique<QLockFile>(QDir(profileDir).filePath(u"soudan.lock"_s));
    // A lock left by a Soudan that crashed is taken over (QLockFile checks its process).
    if (!lock->tryLock(200))
        return nullptr;
    return lock;
}

QString Options::languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--lang" || arg == "-lang") && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.mid(7));
    }
    return {};
}

bool Options::wantsNoWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--sync-once", "--version", "-v", "--help", "-h", "--help-all",
                                   "--search", "--rebuild-search-index", "--notifications"}) {
            if (qstrcmp(argv[i], option) == 0 || QByteArray(argv[i]).startsWith("--search="))
                return true;
        }
    }
    return false;
}

} // namespace Soudan
