#pragma once

#include <QString>

namespace Soudan {

enum class Role
{
    Member,
    Moderator,
};

struct User
{
    qint64 id = 0;
    QString displayName;
    Role role = Role::Member;

    friend bool operator==(const User &, const User &) = default;
};

} // namespace Soudan
