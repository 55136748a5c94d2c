#pragma once

#include "domain/activity.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QSettings;

namespace Soudan {

class SyncController;

// Preferences: which notifications reach the desktop, whether Soudan sits in the tray, and how
// often it syncs in the background (so notifications come while the window is minimised).
// Kept in the profile's settings; OK applies them.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // sync: null when there is no server to sync with (the interval is not offered then).
    PreferencesDialog(QSettings &settings, SyncController *sync, QWidget *parent = nullptr);

    // Whether notifications of a kind go to the desktop (all kinds do at first).
    static bool desktopWanted(const QSettings &settings, NotificationKind kind);
    static bool trayWanted(const QSettings &settings);
    // The kinds offered, in the order shown.
    static QList<NotificationKind> kinds();

    QCheckBox *kindBox(NotificationKind kind) const { return m_kinds.value(int(kind)); }
    QCheckBox *trayBox() const { return m_tray; }
    QComboBox *intervalBox() const { return m_interval; }

    void accept() override;

private:
    QSettings &m_settings;
    SyncController *m_sync;
    QHash<int, QCheckBox *> m_kinds;
    QCheckBox *m_tray;
    QComboBox *m_interval;
};

} // namespace Soudan
