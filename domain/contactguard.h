#pragma once

#include <QList>
#include <QString>

// The board's most common violation: moving a conversation off the platform before a contract,
// by handing out contact details. This rule finds them in a post, for the composer's warning
// (client) and for system reports to moderators (server). Mentioning LINE or e-mail is fine; a
// LINE ID, an address, a phone number or a handle offered as contact is not.
namespace Soudan::ContactGuard {

struct Finding
{
    enum class Kind
    {
        LineId,    // "LINE ID: abc123", "ラインは@shop"
        LineLink,  // lin.ee/…, line.me/…
        Email,     // name@example.com, name＠example.com, name (at) example.com
        Phone,     // 090-1234-5678, ０３（１２３４）５６７８, +81 90 1234 5678
        Messenger, // Chatwork, Skype, Discord, Telegram, WhatsApp links or IDs; Slack invites
        Handle,    // an Instagram / X handle offered as contact
    };

    Kind kind;
    QString text; // what was found, as written (normalised)
};

// Every finding in text, after NFKC normalisation (full-width letters and digits, ＠, ：).
QList<Finding> scan(const QString &text);
inline bool trips(const QString &text)
{
    return !scan(text).isEmpty();
}

} // namespace Soudan::ContactGuard
