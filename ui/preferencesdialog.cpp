#include "ui/preferencesdialog.h"

#include "domain/vocabulary.h"
#include "models/activitylabels.h"
#include "sync/synccontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

const auto TrayKey = u"notifications/tray"_s;

QString kindKey(NotificationKind kind)
{
    return u"notifications/desktop/"_s + Wire::name(kind);
}

} // namespace

QList<NotificationKind> PreferencesDialog::kinds()
{
    return {NotificationKind::Answer, NotificationKind::BestAnswer, NotificationKind::Thanks,
            NotificationKind::FollowedAnswer, NotificationKind::NewThread};
}

bool PreferencesDialog::desktopWanted(const QSettings &settings, NotificationKind kind)
{
    // Kinds added by later versions of the board come as Other: shown like the rest.
    if (kind == NotificationKind::Other)
        return true;
    return settings.value(kindKey(kind), true).toBool();
}

bool PreferencesDialog::trayWanted(const QSettings &settings)
{
    return settings.value(TrayKey, true).toBool();
}

PreferencesDialog::PreferencesDialog(QSettings &settings, SyncController *sync, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_sync(sync)
    , m_tray(new QCheckBox(this))
    , m_interval(new QComboBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    auto *desktop = new QGroupBox(tr("Desktop notifications"), this);
    auto *desktopLayout = new QVBoxLayout(desktop);
    auto *intro = new QLabel(tr("Show a notification on the desktop when:"), desktop);
    intro->setWordWrap(true);
    desktopLayout->addWidget(intro);
    for (NotificationKind kind : kinds()) {
        auto *box = new QCheckBox(ActivityLabels::kindName(kind), desktop);
        box->setObjectName(u"desktop_"_s + Wire::name(kind));
        box->setChecked(desktopWanted(settings, kind));
        m_kinds.insert(int(kind), box);
        desktopLayout->addWidget(box);
    }
    auto *note = new QLabel(tr("The thread you are reading never makes one. Every notification "
                               "also waits in the Notifications panel."),
                            desktop);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    desktopLayout->addWidget(note);

    m_tray->setObjectName(u"trayBox"_s);
    m_tray->setText(tr("Show Soudan in the system &tray with the number of unread notifications"));
    m_tray->setChecked(trayWanted(settings));

    auto *form = new QFormLayout;
    m_interval->setObjectName(u"syncInterval"_s);
    for (int minutes : {1, 5, 15, 30, 60})
        //: Choice of how often to sync in the background.
        m_interval->addItem(tr("Every %n minute(s)", "", minutes), minutes);
    //: Choice of how often to sync in the background: never by itself.
    m_interval->addItem(tr("Only when I ask (F5)"), 0);
    const int current =
        sync ? sync->syncIntervalMinutes() : SyncController::DefaultSyncIntervalMinutes;
    const int index = m_interval->findData(current);
    m_interval->setCurrentIndex(index >= 0 ? index : 1);
    m_interval->setEnabled(sync != nullptr);
    auto *intervalLabel = new QLabel(tr("&Sync in the background:"), this);
    intervalLabel->setBuddy(m_interval);
    form->addRow(intervalLabel, m_interval);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(desktop);
    layout->addWidget(m_tray);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    for (auto it = m_kinds.cbegin(); it != m_kinds.cend(); ++it)
        m_settings.setValue(kindKey(NotificationKind(it.key())), it.value()->isChecked());
    m_settings.setValue(TrayKey, m_tray->isChecked());
    if (m_sync)
        m_sync->setSyncIntervalMinutes(m_interval->currentData().toInt());
    m_settings.sync();
    QDialog::accept();
}

} // namespace Soudan
