// How the moderation window is laid out: its filter bar, the banner of refused decisions, and
// the queue beside the report's detail.

#include "models/reportqueuemodel.h"
#include "ui/colors.h"
#include "ui/moderationwindow.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Soudan {

QLayout *ModerationWindow::buildFilterBar()
{
    // Each filter with its label; the status one shows its counts.
    auto *filters = new QHBoxLayout;
    const QList<std::pair<QLabel *, QComboBox *>> pairs = {{m_statusLabel, m_status},
                                                           {m_reasonLabel, m_reason},
                                                           {m_categoryLabel, m_category},
                                                           {m_ageLabel, m_age},
                                                           {m_sortLabel, m_sort}};
    for (const auto &[label, combo] : pairs) {
        label->setBuddy(combo);
        // Wide enough for a short choice; the popup shows the long ones whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_reason || combo == m_category ? 14 : 8);
        filters->addWidget(label);
        filters->addWidget(combo);
        filters->addSpacing(8);
        connect(combo, &QComboBox::activated, this, &ModerationWindow::applyFilters);
    }
    filters->addStretch();
    return filters;
}

QWidget *ModerationWindow::buildBanner()
{
    m_banner->setObjectName(u"conflictBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(Colors(palette()).noticeStyleSheet(u"#conflictBanner"_s));
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextFormat(Qt::RichText);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_applyAgain);
    bannerLayout->addWidget(m_drop);
    m_banner->hide();
    connect(m_applyAgain, &QPushButton::clicked, this, &ModerationWindow::applyAgain);
    connect(m_drop, &QPushButton::clicked, this, &ModerationWindow::dropRefused);
    return m_banner;
}

QWidget *ModerationWindow::buildPanes()
{
    m_queue->setModel(m_model);
    m_queue->setObjectName(u"reportQueue"_s);
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true);
    m_queue->setAlternatingRowColors(true);
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = m_queue->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(ReportQueueModel::PostColumn, QHeaderView::Stretch);
    header->resizeSection(ReportQueueModel::PriorityColumn, 60);
    header->resizeSection(ReportQueueModel::ReasonsColumn, 200);
    header->resizeSection(ReportQueueModel::ReportsColumn, 110);
    header->resizeSection(ReportQueueModel::StatusColumn, 150);
    header->resizeSection(ReportQueueModel::AgeColumn, 70);
    m_detail->setObjectName(u"reportDetail"_s);
    m_detail->setOpenLinks(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    return m_splitter;
}

} // namespace Soudan
