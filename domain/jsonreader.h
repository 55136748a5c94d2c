#pragma once

#include "domain/vocabulary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <algorithm>
#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <utility>

namespace Soudan {

// Reads the fields of one JSON object and validates each: type, range, length, Unicode.
// The first problem is kept as a message naming the field by its path ("threads[3].title");
// after it, every read returns a default value, so decoders read straight through and check
// ok() once at the end.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::JsonReader)

public:
    enum Presence
    {
        Required,
        Optional, // absent or null gives the default value
    };

    JsonReader(const QJsonValue &value, QString path);

    bool ok() const { return m_error->isEmpty(); }
    QString error() const { return *m_error; }
    QString path() const { return m_path; }
    bool has(QLatin1StringView key) const;     // there and not null
    bool present(QLatin1StringView key) const; // there, also as null

    // A string in NFC, at most maxLength characters (code points, as TextRules::length counts).
    QString string(QLatin1StringView key, int maxLength, Presence presence = Required);
    // What a person wrote, refused with any character TextRules does not allow: text() on
    // several lines (a body, a note), line() on one (a title).
    QString text(QLatin1StringView key, int maxLength, Presence presence = Required);
    QString line(QLatin1StringView key, int maxLength, Presence presence = Required);
    qint64 integer(QLatin1StringView key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(QLatin1StringView key, qint64 min, qint64 max);
    bool boolean(QLatin1StringView key);
    QUuid uuid(QLatin1StringView key, Presence presence = Required);
    QDateTime dateTime(QLatin1StringView key, Presence presence = Required);
    JsonReader object(QLatin1StringView key); // a reader for a nested object, which must be there
    bool isNull(QLatin1StringView key) const;

    // A value of E by its wire name (domain/vocabulary.h); only the values in allowed, when
    // given.
    template<typename E>
    E enumeration(QLatin1StringView key, std::initializer_list<E> allowed = {})
    {
        const QString name = string(key, 64);
        const std::optional<E> value = Wire::parse<E>(name);
        if (value && (allowed.size() == 0 ||
                      std::find(allowed.begin(), allowed.end(), *value) != allowed.end()))
            return *value;
        if (ok())
            fail(key, tr("unknown value \"%1\"").arg(name));
        return allowed.size() ? *allowed.begin() : Wire::Names<E>::table[0].first;
    }

    // A value of E by its wire name, or none when the field is absent or null.
    template<typename E>
    std::optional<E> optionalEnumeration(QLatin1StringView key)
    {
        if (!has(key))
            return std::nullopt;
        return enumeration<E>(key);
    }

    // Calls read(element, path) for every element of the array under key; read returns the
    // problem it found (a whole message with its path) or an empty string.
    void array(QLatin1StringView key, int maxCount,
               const std::function<QString(const QJsonValue &, const QString &)> &read);
    // The array under key, checked to hold at most maxCount elements, for reading later.
    QJsonArray list(QLatin1StringView key, int maxCount);

    // Records a problem found by the caller (a rule across fields).
    void fail(QLatin1StringView key, const QString &problem);

    // Refuses fields other than these: requests to the server must not carry fields it would
    // silently ignore.
    void allowOnly(std::initializer_list<QLatin1StringView> keys);

private:
    JsonReader(const QJsonValue &value, QString path, std::shared_ptr<QString> error);
    QJsonValue field(QLatin1StringView key, Presence presence);
    QString fieldPath(QLatin1StringView key) const;

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_error;
};

} // namespace Soudan
