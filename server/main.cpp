// soudan-server: the board's reference server. See `soudan-server help` and docs/server.md.

#include "server/commands.h"
#include "server/passwords.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soudan-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOUDAN_VERSION));
    if (!Soudan::Server::Passwords::initialize()) {
        std::fputs("soudan-server: libsodium failed to initialise\n", stderr);
        return 1;
    }
    return Soudan::Server::Commands::run(QCoreApplication::arguments().mid(1));
}
