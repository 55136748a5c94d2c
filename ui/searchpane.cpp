#include "ui/searchpane.h"

#include "models/labels.h"
#include "models/searchresultsmodel.h"
#include "ui/colors.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPoint>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

// A result as rich text: the title, where it is, and the snippet with its matches marked.
QString resultHtml(const QModelIndex &index, const QPalette &palette, bool selected)
{
    const Colors colors(palette);
    const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
    QString marked;
    qsizetype at = 0;
    for (const QVariant &v : index.data(SearchResultsModel::HighlightsRole).toList()) {
        const QPoint h = v.toPoint();
        if (h.x() < at)
            continue;
        marked += snippet.mid(at, h.x() - at).toHtmlEscaped();
        marked += u"<span style=\"background-color:%1; color:%2;\">"_s.arg(
                      colors.match().name(), colors.matchText().name()) +
                  snippet.mid(h.x(), h.y()).toHtmlEscaped() + u"</span>"_s;
        at = h.x() + h.y();
    }
    marked += snippet.mid(at).toHtmlEscaped();
    const QColor muted = selected ? palette.color(QPalette::HighlightedText) : colors.mutedText();
    QStringList where = {
        index.data(SearchResultsModel::CategoryRole).toString(),
        index.data(SearchResultsModel::StatusTextRole).toString(),
        index.data(SearchResultsModel::AuthorRole).toString(),
        Labels::dateTime(index.data(SearchResultsModel::PostTimeRole).toDateTime())};
    where.removeAll(QString());
    return u"<b>%1</b><br><span style=\"color:%2;\">%3</span><br>%4"_s.arg(
        index.data(SearchResultsModel::TitleRole).toString().toHtmlEscaped(), muted.name(),
        where.join(u" · "_s).toHtmlEscaped(), marked);
}

class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = opt.state & QStyle::State_Selected;
        QTextDocument doc;
        doc.setDefaultFont(opt.font);
        doc.setHtml(resultHtml(index, opt.palette, selected));
        doc.setTextWidth(opt.rect.width() - 2 * Margin);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(
            QPalette::Text,
            opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->save();
        painter->translate(opt.rect.topLeft() + QPoint(Margin, Margin));
        painter->setClipRect(QRect(QPoint(0, 0), opt.rect.size()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QTextDocument doc;
        doc.setDefaultFont(option.font);
        doc.setHtml(resultHtml(index, option.palette, false));
        const int width = option.widget ? option.widget->width() - 24 : 400;
        doc.setTextWidth(qMax(200, width) - 2 * Margin);
        return QSize(int(doc.idealWidth()) + 2 * Margin, int(doc.size().height()) + 2 * Margin);
    }

private:
    static constexpr int Margin = 6;
};

} // namespace

SearchPane::SearchPane(SearchResultsModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_order(new QComboBox(this))
    , m_view(new QListView(this))
{
    setObjectName(u"searchPane"_s);
    m_summary->setObjectName(u"searchSummary"_s);
    m_summary->setWordWrap(true);
    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(&m_model);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_view->setUniformItemSizes(false);
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_order);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(SearchResultsModel::ThreadIdRole).toUuid(),
                             index.data(SearchResultsModel::PostIdRole).toUuid());
    });
    connect(m_order, &QComboBox::activated, this,
            [this] { m_model.setOrder(SearchOrder(m_order->currentData().toInt())); });
    connect(&m_model, &SearchResultsModel::searched, this, &SearchPane::updateSummary);
    retranslateUi();
}

void SearchPane::focusFirstResult(bool open)
{
    if (m_view->model()->rowCount() == 0)
        return;
    m_view->setFocus();
    m_view->setCurrentIndex(m_view->model()->index(0, 0));
    if (open)
        Q_EMIT m_view->activated(m_view->currentIndex());
}

void SearchPane::retranslateUi()
{
    const int order = m_order->currentIndex();
    m_order->clear();
    //: Order of search results.
    m_order->addItem(tr("Newest first"), int(SearchOrder::Newest));
    //: Order of search results: the best matches first.
    m_order->addItem(tr("Best match"), int(SearchOrder::Relevance));
    m_order->setCurrentIndex(qMax(0, order));
    updateSummary();
}

void SearchPane::updateSummary()
{
    if (!m_model.error().isEmpty())
        m_summary->setText(m_model.error());
    else if (m_model.query().trimmed().isEmpty())
        //: Shown before anything is typed in the search box.
        m_summary->setText(tr("Type words to search for, \"a phrase\", -word to leave out, or "
                              "filters like status:解決済 or category:報酬."));
    else if (m_model.rowCount() == 0)
        m_summary->setText(tr("No threads match."));
    else
        //: Above the search results.
        m_summary->setText(tr("%n thread(s) match", "", m_model.rowCount()));
    if (const std::optional<int> left = m_model.postsLeftForLater();
        left && !m_model.query().trimmed().isEmpty())
        //: After the number of results, while a first sync's posts are indexed for search.
        m_summary->setText(m_summary->text() + u'\n' +
                           tr("Search does not cover the whole board yet: about %Ln post(s) "
                              "are still being indexed.",
                              "", *left));
}

void SearchPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Soudan
