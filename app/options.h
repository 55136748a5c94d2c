#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <memory>

class QCoreApplication;
class QLockFile;

namespace Soudan {

// The client's command line.
struct Options
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Options)

public:
    QString profileDir;     // holds soudan.sqlite and soudan.ini
    QString language;       // "ja", "en" or empty for the system's
    QString screenshotFile; // render the main window to this PNG and exit
    bool demo = false;      // fill an empty cache with the demo board
    QString server;         // the board's server, for signing in
    QString user;
    bool passwordStdin = false; // read the password from standard input and sign in
    bool syncOnce = false;      // sync without a window, print a summary, exit
    bool moderation = false;    // open the moderation window (moderators)
    QString search;             // print the threads matching this query, and exit
    bool searchSet = false;
    bool rebuildSearchIndex = false;
    bool notifications = false; // print the unread notifications, and exit
    QUuid thread; // the thread to open: --thread or a soudan://thread/<id> link (also with
                  // --screenshot)

    // True when the arguments ask for a run without a window (checked before the application
    // object exists, to choose which one to make).
    static bool wantsNoWindow(int argc, char *argv[]);
    // The --lang given, if any, read before the parser runs (so that --help and the parser's
    // errors are in it too).
    static QString languageArgument(int argc, char *argv[]);

    // The thread a soudan://thread/<id> link names (the desktop file hands links to the
    // client); null when it is no such link.
    static QUuid threadOfLink(const QString &link);

    // Parses the arguments; prints help, the version or an error and exits where asked to.
    static Options parse(const QCoreApplication &app);
    // Makes the profile folder, when it is not there, readable by its owner alone (it holds the
    // cache, the settings and, without a keyring, the token).
    bool makeProfileDir() const;
    // Holds the profile for this process (a lock file in it); null when another Soudan holds it,
    // so that two never sync, and send, from one cache.
    std::unique_ptr<QLockFile> lockProfile() const;
};

} // namespace Soudan
