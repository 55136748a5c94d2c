#include "ui/syncstatuswidget.h"

#include "models/labels.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

using namespace Qt::StringLiterals;

namespace Soudan {

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"syncStatus"_s);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
    render();
}

void SyncStatusWidget::setStatus(const SyncStatus &status)
{
    m_status = status;
    render();
}

QString SyncStatusWidget::text() const
{
    return m_label->text();
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void SyncStatusWidget::render()
{
    using State = SyncStatus::State;
    QString text;
    switch (m_status.state) {
    case State::NotConfigured:
        //: Status bar: no server account yet; only the local cache is shown.
        text = tr("Offline: no server set up");
        break;
    case State::WorkingOffline:
        text = tr("Working offline");
        break;
    case State::Offline:
        text = m_status.retryInSeconds > 0
                   //: Status bar: the server cannot be reached; the next attempt is in %n seconds.
                   ? tr("Offline, retrying in %n s", "", m_status.retryInSeconds)
                   : tr("Offline");
        break;
    case State::Syncing:
        if (m_status.progress >= 0) {
            //: Status bar while pulling changes; %1 is a percentage.
            text = (m_status.resyncing ? tr("Resyncing the whole board… %1%") : tr("Syncing… %1%"))
                       .arg(qRound(m_status.progress * 100));
        } else {
            text = m_status.resyncing ? tr("Resyncing the whole board…") : tr("Syncing…");
        }
        break;
    case State::UpToDate:
        //: Status bar: connected and up to date with the server.
        text = tr("Online");
        break;
    case State::Error:
        //: Status bar: %1 is what went wrong.
        text = tr("Sync error: %1").arg(m_status.message);
        break;
    case State::SignInNeeded:
        text = tr("Sign in again to sync");
        break;
    }
    if (m_status.lastSync.isValid() && m_status.state != State::Syncing) {
        const QDateTime local = m_status.lastSync.toLocalTime();
        const QString when = local.date() == QDate::currentDate()
                                 ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                 : Labels::dateTime(m_status.lastSync);
        //: Status bar: %1 is the state, %2 the time of the last successful sync.
        text = tr("%1 · last synced %2").arg(text, when);
    }
    if (m_status.postsToIndex > 0 && m_status.state != State::Syncing)
        //: Status bar: %1 is the state; a first sync's posts are being made searchable.
        text =
            tr("%1 · indexing about %Ln post(s) for search", "", m_status.postsToIndex).arg(text);
    m_label->setText(text);
    setToolTip(m_status.message);
    const bool busy = m_status.state == State::Syncing;
    m_progress->setVisible(busy);
    if (busy) {
        if (m_status.progress < 0) {
            m_progress->setRange(0, 0);
        } else {
            m_progress->setRange(0, 1000);
            m_progress->setValue(qRound(m_status.progress * 1000));
        }
    }
}

} // namespace Soudan
