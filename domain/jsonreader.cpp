#include "domain/jsonreader.h"

#include "domain/limits.h"
#include "domain/textrules.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Soudan {

JsonReader::JsonReader(const QJsonValue &value, QString path)
    : JsonReader(value, std::move(path), std::make_shared<QString>())
{}

JsonReader::JsonReader(const QJsonValue &value, QString path, std::shared_ptr<QString> error)
    : m_path(std::move(path))
    , m_error(std::move(error))
{
    if (value.isObject())
        m_object = value.toObject();
    else if (ok())
        *m_error = tr("%1: expected an object").arg(m_path);
}

bool JsonReader::has(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

bool JsonReader::present(QLatin1StringView key) const
{
    return m_object.contains(key);
}

bool JsonReader::isNull(QLatin1StringView key) const
{
    return !has(key);
}

QString JsonReader::fieldPath(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + u'.' + key;
}

void JsonReader::fail(QLatin1StringView key, const QString &problem)
{
    if (!ok())
        return;
    const QString where = key.isEmpty() ? m_path : fieldPath(key);
    *m_error = where.isEmpty() ? problem : where + u": "_s + problem;
}

QJsonValue JsonReader::field(QLatin1StringView key, Presence presence)
{
    if (!ok())
        return {};
    const QJsonValue v = m_object.value(key);
    if ((v.isUndefined() || v.isNull()) && presence == Required)
        fail(key, tr("missing"));
    return v;
}

QString JsonReader::string(QLatin1StringView key, int maxLength, Presence presence)
{
    const QJsonValue v = field(key, presence);
    if (!ok() || v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(key, tr("expected a string"));
        return {};
    }
    QString s = v.toString();
    if (!QStringView(s).isValidUtf16()) {
        fail(key, tr("contains invalid Unicode"));
        return {};
    }
    s = s.normalized(QString::NormalizationForm_C);
    if (s.size() > maxLength && TextRules::length(s) > maxLength) {
        fail(key, tr("longer than %n character(s)", "", maxLength));
        return {};
    }
    return s;
}

QString JsonReader::text(QLatin1StringView key, int maxLength, Presence presence)
{
    const QString s = string(key, maxLength, presence);
    if (const QString bad = TextRules::forbiddenIn(s, false); !bad.isEmpty()) {
        fail(key, tr("contains a character that is not allowed (%1)").arg(bad));
        return {};
    }
    return s;
}

QString JsonReader::line(QLatin1StringView key, int maxLength, Presence presence)
{
    const QString s = string(key, maxLength, presence);
    if (const QString bad = TextRules::forbiddenIn(s, true); !bad.isEmpty()) {
        fail(key, tr("contains a line break or control character (%1)").arg(bad));
        return {};
    }
    return s;
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key, qint64 min, qint64 max)
{
    const QJsonValue v = field(key, Optional);
    if (!ok() || v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
        fail(key, tr("expected a whole number"));
        return std::nullopt;
    }
    if (d < double(min) || d > double(max) || std::fabs(d) > double(Limits::JsonIntegerMax)) {
        fail(key,
             tr("%1 is out of range (%2 to %3)")
                 .arg(QString::number(d, 'g', 17), QString::number(min), QString::number(max)));
        return std::nullopt;
    }
    return qint64(d);
}

qint64 JsonReader::integer(QLatin1StringView key, qint64 min, qint64 max)
{
    if (ok() && !has(key)) {
        fail(key, tr("missing"));
        return min;
    }
    return optionalInteger(key, min, max).value_or(min);
}

bool JsonReader::boolean(QLatin1StringView key)
{
    const QJsonValue v = field(key, Required);
    if (!ok())
        return false;
    if (!v.isBool()) {
        fail(key, tr("expected true or false"));
        return false;
    }
    return v.toBool();
}

QUuid JsonReader::uuid(QLatin1StringView key, Presence presence)
{
    const QString s = string(key, 38, presence);
    if (!ok())
        return {};
    // An empty string is no id: where one is required it is refused, as a null UUID is.
    if (s.isEmpty()) {
        if (presence == Required)
            fail(key, tr("expected a UUID"));
        return {};
    }
    const QUuid id = QUuid::fromString(s);
    if (id.isNull()) {
        fail(key, tr("expected a UUID"));
        return {};
    }
    return id;
}

QDateTime JsonReader::dateTime(QLatin1StringView key, Presence presence)
{
    const QString s = string(key, 40, presence);
    if (!ok() || (presence == Optional && s.isEmpty()))
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime || t.date().year() < 1970 ||
        t.date().year() > 9999) {
        fail(key, tr("expected a date and time in ISO 8601 format with a time zone"));
        return {};
    }
    return t.toUTC();
}

void JsonReader::allowOnly(std::initializer_list<QLatin1StringView> keys)
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd() && ok(); ++it) {
        if (std::find(keys.begin(), keys.end(), it.key()) == keys.end())
            fail(QLatin1StringView(), tr("unknown field \"%1\"").arg(it.key()));
    }
}

JsonReader JsonReader::object(QLatin1StringView key)
{
    const QJsonValue v = field(key, Required);
    return JsonReader(ok() ? v : QJsonValue(QJsonObject()), fieldPath(key), m_error);
}

void JsonReader::array(QLatin1StringView key, int maxCount,
                       const std::function<QString(const QJsonValue &, const QString &)> &read)
{
    const QJsonArray items = list(key, maxCount);
    if (!ok())
        return;
    const QString base = fieldPath(key);
    for (qsizetype i = 0; i < items.size() && ok(); ++i)
        *m_error = read(items.at(i), base + u'[' + QString::number(i) + u']');
}

QJsonArray JsonReader::list(QLatin1StringView key, int maxCount)
{
    const QJsonValue v = field(key, Required);
    if (!ok())
        return {};
    if (!v.isArray()) {
        fail(key, tr("expected a list"));
        return {};
    }
    QJsonArray items = v.toArray();
    if (items.size() > maxCount) {
        fail(key, tr("more than %n item(s)", "", maxCount));
        return {};
    }
    return items;
}

} // namespace Soudan
