#pragma once

#include "store/storetypes.h"

#include <QWidget>

#include <optional>

class QActionGroup;
class QLabel;
class QMenu;
class QToolButton;

namespace Soudan {

// How closely the user follows a thread or category, and why they are notified as they are:
// a button with the level (Watching, Normal, Muted, or back to what the category says) and the
// reason beside it. Levels are offered to a signed-in user only.
class FollowBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowBar)

public:
    explicit FollowBar(bool thread, QWidget *parent = nullptr);

    // The state shown; categoryName names the category a level comes from.
    void setState(const FollowState &state, const QString &categoryName);
    void setSignedIn(bool signedIn);
    QToolButton *button() const { return m_button; }
    QLabel *reasonLabel() const { return m_reason; }
    // The same choices, for a context menu.
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    // none: back to what the category (or its parent) says.
    void levelChosen(std::optional<Soudan::FollowLevel> level);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    bool m_thread;
    bool m_signedIn = false;
    FollowState m_state;
    QString m_categoryName;
    QToolButton *m_button;
    QLabel *m_reason;
    QMenu *m_menu;
    QActionGroup *m_levels;
    QAction *m_inherit;
};

} // namespace Soudan
