#include "ui/draftautosave.h"

#include "store/drafts.h"

#include <QTimer>

namespace Soudan {

DraftAutosave::DraftAutosave(Drafts &drafts, Content content, QObject *parent)
    : QObject(parent)
    , m_drafts(drafts)
    , m_content(std::move(content))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(400);
    connect(m_timer, &QTimer::timeout, this, &DraftAutosave::saveNow);
}

void DraftAutosave::setKey(const QString &key)
{
    saveNow();
    m_key = key;
}

QJsonObject DraftAutosave::load() const
{
    return m_key.isEmpty() ? QJsonObject() : m_drafts.get(m_key);
}

void DraftAutosave::edited()
{
    if (!m_key.isEmpty())
        m_timer->start();
}

void DraftAutosave::saveNow()
{
    m_timer->stop();
    if (m_key.isEmpty())
        return;
    const QJsonObject content = m_content();
    if (content.isEmpty())
        m_drafts.remove(m_key);
    else
        m_drafts.save(m_key, content);
}

void DraftAutosave::stop()
{
    m_timer->stop();
}

} // namespace Soudan
