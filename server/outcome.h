#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>

namespace Soudan::Server {

// Why a request or command could not be done: an HTTP status, a stable code for programs and
// a message for people.
struct Failure
{
    int status = 500;
    QString code;
    QString message;
    QJsonObject details; // more for the client, beside "error" (a 409's current state)
};

template<typename T>
class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    {}
    Outcome(Failure failure)
        : m_failure(std::move(failure))
    {}
    bool ok() const { return m_value.has_value(); }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Failure &failure() const { return m_failure; }

private:
    std::optional<T> m_value;
    Failure m_failure;
};

inline Failure internalFailure(const QString &message)
{
    return {500, QStringLiteral("internal"), message};
}

} // namespace Soudan::Server
