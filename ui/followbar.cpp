#include "ui/followbar.h"

#include "models/activitylabels.h"

#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

// One line, elided to the room there is; the whole text in the tooltip.
class ElidedLabel final : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }
    QSize sizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(text()), QLabel::sizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        const QRect room = contentsRect();
        p.setPen(palette().color(foregroundRole()));
        p.drawText(room, Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(text(), Qt::ElideRight, room.width()));
    }
};

} // namespace

FollowBar::FollowBar(bool thread, QWidget *parent)
    : QWidget(parent)
    , m_thread(thread)
    , m_button(new QToolButton(this))
    , m_reason(new ElidedLabel(this))
    , m_menu(new QMenu(this))
    , m_levels(new QActionGroup(this))
    , m_inherit(new QAction(this))
{
    setObjectName(thread ? u"threadFollowBar"_s : u"categoryFollowBar"_s);
    m_button->setObjectName(u"followButton"_s);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setMenu(m_menu);
    m_reason->setObjectName(u"followReason"_s);
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    QFont small = m_reason->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_reason->setFont(small);
    for (FollowLevel level : {FollowLevel::Watching, FollowLevel::Normal, FollowLevel::Muted}) {
        QAction *a = m_levels->addAction(QString());
        a->setCheckable(true);
        a->setData(int(level));
    }
    m_menu->addActions(m_levels->actions());
    m_menu->addSeparator();
    m_menu->addAction(m_inherit);
    connect(m_levels, &QActionGroup::triggered, this,
            [this](QAction *a) { Q_EMIT levelChosen(FollowLevel(a->data().toInt())); });
    connect(m_inherit, &QAction::triggered, this, [this] { Q_EMIT levelChosen(std::nullopt); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_button);
    layout->addWidget(m_reason, 1);
    retranslateUi();
}

void FollowBar::setState(const FollowState &state, const QString &categoryName)
{
    m_state = state;
    m_categoryName = categoryName;
    retranslateUi();
}

void FollowBar::setSignedIn(bool signedIn)
{
    m_signedIn = signedIn;
    retranslateUi();
}

void FollowBar::retranslateUi()
{
    const QList<QAction *> levels = m_levels->actions();
    for (QAction *a : levels) {
        const FollowLevel level = FollowLevel(a->data().toInt());
        a->setText(ActivityLabels::level(level));
        a->setToolTip(ActivityLabels::levelHelp(level, m_thread));
        a->setStatusTip(a->toolTip());
        a->setChecked(m_state.effective == level);
    }
    m_inherit->setText(m_thread ? tr("Follow the Category's Setting")
                                : tr("Follow the Parent Category's Setting"));
    m_inherit->setEnabled(m_state.own.has_value());
    //: The follow button of a thread or category; %1 is the level (Watching, Normal, Muted).
    m_button->setText(tr("Fo&llow: %1").arg(ActivityLabels::level(m_state.effective)));
    m_button->setEnabled(m_signedIn);
    if (m_signedIn) {
        m_reason->setText(ActivityLabels::reason(m_state, m_thread, m_categoryName));
        m_reason->setToolTip(m_reason->text());
        m_button->setToolTip(tr("Choose when you are notified"));
    } else {
        m_reason->setText(tr("Sign in to follow threads and categories and to be notified."));
        m_button->setToolTip(m_reason->text());
    }
}

void FollowBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Soudan
