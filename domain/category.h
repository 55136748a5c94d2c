#pragma once

#include <QString>

#include <optional>

namespace Soudan {

// Which side of the market a category's consultations come from.
enum class Side
{
    Contractor, // 受注者: freelancers who take on work
    Client,     // 発注者: people who order work
};

struct Category
{
    qint64 id = 0;
    std::optional<qint64> parentId; // none for the two top-level sides
    QString name;
    Side side = Side::Contractor;
    int order = 0;

    friend bool operator==(const Category &, const Category &) = default;
};

} // namespace Soudan
