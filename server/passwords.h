#pragma once

#include <QString>

// Password hashes (Argon2id, libsodium's self-describing string) and session tokens (random,
// stored only as a hash).
namespace Soudan::Server::Passwords {

bool initialize();
QString hash(const QString &password);
// Constant work whether or not hash is empty, so that a missing user costs as much as a
// wrong password.
bool verify(const QString &password, const QString &hash);
QString newToken();
QString tokenHash(const QString &token);

} // namespace Soudan::Server::Passwords
