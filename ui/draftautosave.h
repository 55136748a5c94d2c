#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

class QTimer;

namespace Soudan {

class Drafts;

// Keeps a composer's draft in the cache: 400 ms after typing stops, at once when the composer
// moves to another draft or closes, removed when the text is gone. The composer says what its
// draft holds; an empty object is nothing worth keeping.
class DraftAutosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftAutosave)

public:
    using Content = std::function<QJsonObject()>;

    DraftAutosave(Drafts &drafts, Content content, QObject *parent = nullptr);

    // Saves the draft being written first, then follows key (empty: nothing is kept).
    void setKey(const QString &key);
    QString key() const { return m_key; }
    // The draft kept under the key.
    QJsonObject load() const;

    void edited();  // typing: save a moment later
    void saveNow(); // leaving: save what is there
    void stop();    // posted: the draft went with the post

private:
    Drafts &m_drafts;
    Content m_content;
    QString m_key;
    QTimer *m_timer;
};

} // namespace Soudan
