#pragma once

#include <QCoreApplication>
#include <QString>

namespace Soudan {

// What the server's error codes mean, in the user's language. The server's own message is
// English, for logs and programs; people see this instead, so no English sentence from the
// server reaches a Japanese window.
class ServerErrors final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::ServerErrors)

public:
    // code: the error body's code; serverMessage: its message (only a field's name is taken from
    // it, for invalid_field). A code this version does not know gets general words.
    static QString describe(const QString &code, const QString &serverMessage = {});
};

} // namespace Soudan
