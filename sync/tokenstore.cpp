#include "sync/tokenstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTokens, "soudan.tokens")

namespace Soudan {

namespace {

const auto Service = u"Soudan"_s;

bool keyringDisabled()
{
    return qEnvironmentVariable("SOUDAN_TOKEN_STORE") == u"file"_s;
}

} // namespace

QString TokenStore::keyringProblem(int error)
{
    switch (QKeychain::Error(error)) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        //: Why the system keyring could not keep the sign-in.
        return tr("no keyring service is running");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        //: Why the system keyring could not keep the sign-in.
        return tr("the keyring refused access");
    default:
        //: Why the system keyring could not keep the sign-in.
        return tr("the keyring did not answer");
    }
}

TokenStore::TokenStore(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(profileDir)
{}

QString TokenStore::fallbackFile(const QString &account) const
{
    const QByteArray hash =
        QCryptographicHash::hash(account.toUtf8(), QCryptographicHash::Sha256).toHex();
    return QDir(m_profileDir).filePath(u"token-"_s + QString::fromLatin1(hash.left(16)));
}

QString TokenStore::readFile(const QString &account) const
{
    QFile file(fallbackFile(account));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool TokenStore::writeFile(const QString &account, const QString &token, QString *error) const
{
    QDir().mkpath(m_profileDir);
    QSaveFile file(fallbackFile(account));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(token.toUtf8());
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    QFile::setPermissions(fallbackFile(account), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

void TokenStore::read(const QString &account, std::function<void(const QString &)> done)
{
    const QString fromFile = readFile(account);
    if (keyringDisabled() || !fromFile.isEmpty()) {
        done(fromFile);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [job, done] {
        done(job->error() == QKeychain::NoError ? job->textData() : QString());
    });
    job->start();
}

void TokenStore::write(const QString &account, const QString &token,
                       std::function<void(bool, const QString &)> done)
{
    auto fallback = [this, account, token, done](const QString &why) {
        QString error;
        if (!writeFile(account, token, &error)) {
            done(false, tr("The sign-in could not be kept: %1").arg(error));
            return;
        }
        //: %1 is why the keyring could not be used, %2 the file's path.
        done(true, tr("No system keyring is available (%1), so the sign-in token is kept in %2, "
                      "which only you can read.")
                       .arg(why, fallbackFile(account)));
    };
    if (keyringDisabled()) {
        fallback(tr("turned off"));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(account);
    job->setTextData(token);
    connect(job, &QKeychain::Job::finished, this, [this, job, account, done, fallback] {
        if (job->error() == QKeychain::NoError) {
            QFile::remove(fallbackFile(account));
            done(true, QString());
        } else {
            // The keyring's own words are English (often "Unknown error"): they go to the log.
            qCInfo(lcTokens) << "keyring:" << job->error() << job->errorString();
            fallback(keyringProblem(job->error()));
        }
    });
    job->start();
}

void TokenStore::remove(const QString &account)
{
    QFile::remove(fallbackFile(account));
    if (keyringDisabled())
        return;
    auto *job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(account);
    job->start();
}

} // namespace Soudan
