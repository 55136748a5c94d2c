#pragma once

#include "domain/changeset.h"
#include "domain/moderation.h"
#include "domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

// The JSON wire format of the board (docs/protocol.md). Encoding never fails; decoding checks
// every field and says which one is wrong, so a bad document from a server or a file is refused
// with a clear message and never half-applied.
namespace Soudan::JsonCodec {

QJsonObject encode(const Category &category);
QJsonObject encode(const User &user);
QJsonObject encode(const Thread &thread);
QJsonObject encode(const Answer &answer);
QJsonObject encode(const ChangeSet &changes);
QJsonObject encode(const ModerationItem &item);
Result<ModerationItem> decodeModerationItem(const QJsonValue &value,
                                            const QString &path = QStringLiteral("item"));

Result<Category> decodeCategory(const QJsonValue &value,
                                const QString &path = QStringLiteral("category"));
Result<User> decodeUser(const QJsonValue &value, const QString &path = QStringLiteral("user"));
Result<Thread> decodeThread(const QJsonValue &value,
                            const QString &path = QStringLiteral("thread"));
Result<Answer> decodeAnswer(const QJsonValue &value,
                            const QString &path = QStringLiteral("answer"));
Result<ChangeSet> decodeChangeSet(const QJsonValue &value, const QString &path = {});

// The rows private to their user (domain/activity.h).
QJsonObject encode(const Notification &notification);
QJsonObject encode(const ThreadState &state);
QJsonObject encode(const CategoryState &state);
Result<Notification> decodeNotification(const QJsonValue &value,
                                        const QString &path = QStringLiteral("notification"));
Result<ThreadState> decodeThreadState(const QJsonValue &value,
                                      const QString &path = QStringLiteral("threadState"));
Result<CategoryState> decodeCategoryState(const QJsonValue &value,
                                          const QString &path = QStringLiteral("categoryState"));

// Parses bytes into a JSON value, refusing invalid UTF-8 and syntax errors with their offset.
Result<QJsonValue> parse(const QByteArray &bytes);
Result<ChangeSet> decodeChangeSet(const QByteArray &bytes);

QString wireTime(const QDateTime &time);
// A time, or null for a null time.
QJsonValue wireTimeOrNull(const QDateTime &time);

} // namespace Soudan::JsonCodec
