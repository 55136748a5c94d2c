#pragma once

#include "sync/syncstatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Soudan {

// The status bar's sync indicator: online, offline, syncing (with progress), error or sign-in
// needed, and when the cache was last up to date.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setStatus(const SyncStatus &status);
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    SyncStatus m_status;
    QLabel *m_label;
    QProgressBar *m_progress;
};

} // namespace Soudan
