// soudan: the desktop client. The composition root: opens the profile's cache, wires the
// store into the main window, and handles the command line.

#include "app/options.h"
#include "app/synconce.h"
#include "resources/demoboard.h"
#include "store/boardreads.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/instancedoor.h"
#include "sync/synccontroller.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/moderationwindow.h"
#include "ui/zoom.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QIcon>
#include <QLockFile>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

struct Main
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Main)

public:
    static void report(const QString &text, bool interactive, bool critical = false)
    {
        std::fputs(qPrintable(text + u'\n'), stderr);
        if (!interactive)
            return;
        if (critical)
            QMessageBox::critical(nullptr, tr("Soudan"), text);
        else
            QMessageBox::warning(nullptr, tr("Soudan"), text);
    }
};

} // namespace

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(u"Soudan"_s);
    QCoreApplication::setOrganizationName(u"Soudan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUDAN_VERSION));
}

// --password-stdin with a window: signs in with the password read from standard input (never
// kept). For a screenshot it waits until the first sync has ended. False when it failed (said).
bool signInFromStdin(SyncController &sync, const QSettings &settings, bool interactive)
{
    const QUrl server(settings.value(u"server/url"_s).toString());
    const QString user = settings.value(u"server/user"_s).toString();
    if (server.isEmpty() || user.isEmpty()) {
        Main::report(Main::tr("--password-stdin needs a server account: give --server URL and "
                              "--user NAME."),
                     interactive);
        return false;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (interactive) {
        QObject::connect(&sync, &SyncController::signInFinished, &sync,
                         [](bool signedIn, const QString &message) {
                             if (!signedIn)
                                 //: %1 says why.
                                 Main::report(Main::tr("Could not sign in: %1").arg(message), true);
                         });
        sync.signIn(server, user, password);
        return true;
    }
    // The picture shows the board as the first sync left it.
    bool ok = false;
    bool synced = false;
    QEventLoop loop;
    QObject::connect(&sync, &SyncController::signInFinished, &loop,
                     [&](bool signedIn, const QString &message) {
                         ok = signedIn;
                         if (!signedIn) {
                             Main::report(Main::tr("Could not sign in: %1").arg(message), false);
                             loop.quit();
                         }
                     });
    QObject::connect(&sync, &SyncController::statusChanged, &loop, [&](const SyncStatus &status) {
        synced = synced || status.state == SyncStatus::State::Syncing;
        if (ok && synced && status.state != SyncStatus::State::Syncing)
            loop.quit(); // up to date, or what stopped it shows in the status bar
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit);
    sync.signIn(server, user, password);
    loop.exec();
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    if (Options::wantsNoWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        const QString asked = Options::languageArgument(argc, argv);
        Language::applyCore(app, Language::isKnown(asked) ? asked : Language::systemDefault());
        const Options options = Options::parse(app);
        if (options.searchSet || options.rebuildSearchIndex)
            return searchOnce(options);
        if (options.notifications) {
            if (options.syncOnce) {
                if (const int code = syncOnce(options); code != 0)
                    return code;
            }
            return notificationsOnce(options);
        }
        return syncOnce(options);
    }
    QApplication app(argc, argv);
    describeApplication();
    // The installed desktop file and icon (resources/linux/), the icon also built in.
    QApplication::setDesktopFileName(u"org.soudan.Soudan"_s);
    QApplication::setWindowIcon(
        QIcon::fromTheme(u"org.soudan.Soudan"_s, QIcon(u":/icons/org.soudan.Soudan.svg"_s)));
    // --help and the command line's errors in the language asked for, else the system's.
    const QString asked = Options::languageArgument(argc, argv);
    Language::applyCore(app, Language::isKnown(asked) ? asked : Language::systemDefault());

    const Options options = Options::parse(app);
    options.makeProfileDir();
    QSettings settings(QDir(options.profileDir).filePath(u"soudan.ini"_s), QSettings::IniFormat);
    // --lang, else the language chosen in View › Language, else the system's.
    QString language = options.language;
    if (language.isEmpty())
        language = settings.value(MainWindow::LanguageKey).toString();
    if (!Language::isKnown(language))
        language = Language::systemDefault();
    Language::apply(app, language);
    Zoom::restore(settings);
    const bool interactive = options.screenshotFile.isEmpty();
    const std::unique_ptr<QLockFile> profileLock = options.lockProfile();
    if (!profileLock && interactive) {
        // Another Soudan runs on this profile: it shows its window and opens the thread asked
        // for, and this launch ends.
        switch (InstanceDoor::knock(options.profileDir, {options.thread})) {
        case InstanceDoor::Answer::Done:
            return 0;
        case InstanceDoor::Answer::NoSuchThread:
            Main::report(Main::tr("There is no thread %1 in the local cache.")
                             .arg(options.thread.toString(QUuid::WithoutBraces)),
                         false);
            return 1;
        case InstanceDoor::Answer::NoAnswer:
            break;
        }
    }
    if (!profileLock) {
        Main::report(Main::tr("Soudan is already running with this profile (%1). Use its window, "
                              "or start this one with another --profile.")
                         .arg(QDir::toNativeSeparators(options.profileDir)),
                     interactive, true);
        return 3;
    }

    Store::Opened opened = Store::open(QDir(options.profileDir).filePath(u"soudan.sqlite"_s));
    if (!opened.store) {
        Main::report(Main::tr("Soudan cannot open its local cache.\n\n%1").arg(opened.error),
                     interactive, true);
        return 1;
    }
    Store &store = *opened.store;
    if (!opened.movedAsidePath.isEmpty()) {
        QString message = Main::tr("The local cache could not be used, so Soudan started a new "
                                   "one.\n\n%1\n\nThe old file was kept as %2.")
                              .arg(opened.movedAsideReason, opened.movedAsidePath);
        if (opened.salvagedItems > 0)
            message +=
                u"\n\n"_s + Main::tr("%n item(s) you had not sent yet are in the outbox again.", "",
                                     opened.salvagedItems);
        Main::report(message, interactive);
    }

    if (!options.server.isEmpty())
        settings.setValue(u"server/url"_s, options.server);
    if (!options.user.isEmpty())
        settings.setValue(u"server/user"_s, options.user);
    const bool serverConfigured = !settings.value(u"server/url"_s).toString().isEmpty();
    bool loadDemo = options.demo && !store.reads().hasThreads();
    if (!loadDemo && interactive && !store.reads().hasThreads() && !serverConfigured) {
        loadDemo = QMessageBox::question(
                       nullptr, Main::tr("Soudan"),
                       Main::tr("The local cache is empty and no server is set up yet.\n\n"
                                "Load the demo board to look around? It is kept in this "
                                "profile only.")) == QMessageBox::Yes;
    }
    if (loadDemo) {
        const Result<ChangeSet> board = demoBoard();
        if (!board || !store.sync().ingest(board.value())) {
            Main::report(Main::tr("The demo board could not be loaded: %1")
                             .arg(board ? store.lastError() : board.error()),
                         interactive);
        }
    }

    SyncController sync(store, settings, options.profileDir);
    MainWindow window(store, settings, &sync);
    if (options.passwordStdin && !signInFromStdin(sync, settings, interactive))
        return interactive ? 2 : 1;
    if (!interactive) {
        // The screen's size (Xvfb's -screen), or 1280×800 where there is no real screen.
        const QSize screen = window.screen()->availableGeometry().size();
        window.resize(screen.width() >= 1024 && screen.height() >= 700 ? screen : QSize(1280, 800));
        window.selectFirstThread();
        if (!options.thread.isNull() && !window.openThread(options.thread, {})) {
            Main::report(Main::tr("There is no thread %1 in the local cache.")
                             .arg(options.thread.toString(QUuid::WithoutBraces)),
                         false);
            return 1;
        }
        window.show();
        QWidget *shown = &window;
        if (options.moderation) {
            ModerationWindow *moderation = window.openModeration();
            if (!moderation) {
                Main::report(Main::tr("The moderation window is for moderator accounts only."),
                             false);
                return 1;
            }
            moderation->resize(1400, 860);
            shown = moderation;
        }
        QApplication::processEvents();
        if (!shown->grab().save(options.screenshotFile, "PNG")) {
            Main::report(Main::tr("Cannot write the screenshot to %1.").arg(options.screenshotFile),
                         false);
            return 1;
        }
        return 0;
    }
    if (!options.passwordStdin)
        sync.start();
    // A later launch on this profile knocks here instead of starting a second client.
    InstanceDoor door(options.profileDir);
    QObject::connect(&door, &InstanceDoor::requested, &window,
                     [&window](const InstanceDoor::Request &request, bool *found) {
                         window.setWindowState(window.windowState() & ~Qt::WindowMinimized);
                         window.show();
                         window.raise();
                         window.activateWindow();
                         if (!request.thread.isNull())
                             *found = window.openThread(request.thread, {});
                     });
    if (!door.open())
        Main::report(Main::tr("A later launch of Soudan cannot reach this window: it will say "
                              "that Soudan is already running."),
                     false);
    window.restoreSession();
    if (!window.categoryView()->currentIndex().isValid())
        window.selectFirstThread();
    window.show();
    if (!options.thread.isNull() && !window.openThread(options.thread, {})) {
        Main::report(Main::tr("There is no thread %1 in the local cache.")
                         .arg(options.thread.toString(QUuid::WithoutBraces)),
                     true);
    }
    if (options.moderation && !window.openModeration()) {
        Main::report(Main::tr("The moderation window is for moderator accounts only."), true);
    }
    return app.exec();
}
