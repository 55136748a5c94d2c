#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace Soudan {

// Keeps the sign-in token (never the password) in the system keyring through QtKeychain. Where
// no keyring is available it falls back to a file in the profile folder that only the user may
// read, and says so. $SOUDAN_TOKEN_STORE=file skips the keyring.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    explicit TokenStore(const QString &profileDir, QObject *parent = nullptr);

    // account names the server and user: "https://board.example 〇〇".
    void read(const QString &account, std::function<void(const QString &token)> done);
    // done gets a warning for the user when the token went to the fallback file.
    void write(const QString &account, const QString &token,
               std::function<void(bool ok, const QString &warning)> done);
    void remove(const QString &account);

    QString fallbackFile(const QString &account) const;
    // Why the keyring could not be used, in the user's language (a QKeychain::Error).
    static QString keyringProblem(int error);

private:
    QString readFile(const QString &account) const;
    bool writeFile(const QString &account, const QString &token, QString *error) const;

    QString m_profileDir;
};

} // namespace Soudan
