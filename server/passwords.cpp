#include "server/passwords.h"

#include <QByteArray>

#include <sodium.h>

namespace Soudan::Server::Passwords {

namespace {

// A valid hash of a password nobody has, verified against when the user does not exist.
const QByteArray &decoyHash()
{
    static const QByteArray decoy = [] {
        char out[crypto_pwhash_STRBYTES];
        const QByteArray secret = QByteArray::number(randombytes_random());
        if (crypto_pwhash_str(out, secret.constData(), secret.size(),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
            return QByteArray();
        return QByteArray(out);
    }();
    return decoy;
}

} // namespace

bool initialize()
{
    return sodium_init() >= 0;
}

QString hash(const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), utf8.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &password, const QString &hash)
{
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = hash.isEmpty() ? decoyHash() : hash.toLatin1();
    const bool match =
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
    return match && !hash.isEmpty();
}

QString newToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(utf8.constData()),
                       utf8.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

} // namespace Soudan::Server::Passwords
