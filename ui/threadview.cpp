#include "ui/threadview.h"

#include "models/labels.h"
#include "models/threaddetailmodel.h"
#include "ui/posthtml.h"
#include "ui/tagcolors.h"

#include <QDesktopServices>
#include <QEvent>
#include <QPainter>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

QString pill(const QString &text, const QColor &background)
{
    return u"<span style=\"background-color:%1; color:#ffffff; font-weight:600;\">&nbsp;%2&nbsp;</span>"_s
        .arg(background.name(), text.toHtmlEscaped());
}

QString action(const QString &href, const QString &text)
{
    return u"&nbsp;&nbsp;<a href=\"%1\" style=\"font-weight: normal;\">%2</a>"_s.arg(
        href, text.toHtmlEscaped());
}

QString body(const QString &text)
{
    return u"<p style=\"white-space: pre-wrap; margin-top: 6px;\">"_s +
           PostHtml::fromPlainText(text) + u"</p>"_s;
}

} // namespace

ThreadView::ThreadView(ThreadDetailModel &model, QWidget *parent)
    : QTextBrowser(parent)
    , m_model(model)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    connect(this, &QTextBrowser::anchorClicked, this, &ThreadView::openLink);
    connect(&m_model, &ThreadDetailModel::threadChanged, this, &ThreadView::render);
    render();
}

void ThreadView::setReader(qint64 userId)
{
    m_reader = userId;
    render();
}

void ThreadView::openLink(const QUrl &url)
{
    // soudan: links are the view's own actions; post text never makes them (PostHtml links
    // only http and https).
    if (url.scheme() == u"soudan"_s) {
        const QStringList parts = url.path().split(u'/');
        const QUuid id = QUuid::fromString(parts.value(parts.size() - 1));
        if (parts.value(0) == u"best"_s)
            Q_EMIT bestAnswerRequested(id);
        else if (parts.value(0) == u"outbox"_s)
            Q_EMIT outboxRequested(id);
        else if (parts.value(0) == u"report"_s) {
            for (int row = 0; row < m_model.rowCount(); ++row) {
                const QModelIndex i = m_model.index(row);
                if (i.data(ThreadDetailModel::PostIdRole).toUuid() == id) {
                    Q_EMIT reportRequested(parts.value(1) == u"thread"_s ? EntityKind::Thread
                                                                         : EntityKind::Answer,
                                           id, i.data(ThreadDetailModel::BodyRole).toString());
                    break;
                }
            }
        }
        return;
    }
    if (PostHtml::isOpenableLink(url))
        QDesktopServices::openUrl(url);
}

void ThreadView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QTextBrowser::changeEvent(event);
}

void ThreadView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (m_model.detail())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignCenter | Qt::TextWordWrap,
                     tr("Choose a thread to read the question and its answers."));
}

void ThreadView::render()
{
    const QUuid shown = m_model.threadId();
    const bool sameThread = property("soudanRendered").toUuid() == shown;
    const int scroll = verticalScrollBar()->value();
    setHtml(html());
    setProperty("soudanRendered", shown);
    if (sameThread)
        verticalScrollBar()->setValue(scroll);
    viewport()->update();
}

QString ThreadView::html() const
{
    const std::optional<ThreadDetail> &detail = m_model.detail();
    if (!detail)
        return {};
    const Thread &t = detail->thread;
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    const QString box = palette().color(QPalette::AlternateBase).name();
    auto author = [this](const QString &name) {
        return name.isEmpty() ? tr("(unknown user)") : name;
    };
    auto meta = [&](const QString &text) {
        return u"<p style=\"color:%1;\">%2</p>"_s.arg(muted, text.toHtmlEscaped());
    };

    QStringList path;
    for (const Category &c : detail->categoryPath)
        path.append(c.name.toHtmlEscaped());
    QString html = u"<p style=\"color:%1;\">%2</p>"_s.arg(muted, path.join(u" › "_s));
    html += u"<h2>"_s + t.title.toHtmlEscaped() + u"</h2>"_s;

    QStringList facts;
    facts.append(pill(Labels::status(t.status), TagColors::status(t.status)));
    //: Thread header: number of answers (回答数). %Ln is the number.
    facts.append(tr("%Ln answer(s)", "", t.answerCount).toHtmlEscaped());
    //: Thread header: number of views (閲覧回数). %Ln is the number.
    facts.append(tr("%Ln view(s)", "", int(qMin<qint64>(t.viewCount, INT_MAX))).toHtmlEscaped());
    facts.append(t.urgency == Urgency::Urgent
                     ? pill(Labels::urgency(t.urgency), TagColors::urgent())
                     : Labels::urgency(t.urgency).toHtmlEscaped());
    html += u"<p>"_s + facts.join(u" &nbsp;·&nbsp; "_s) + u"</p>"_s;

    QString question, best, thanks, answers;
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const QModelIndex i = m_model.index(row);
        const QString name = author(i.data(ThreadDetailModel::AuthorRole).toString());
        const QString when = i.data(ThreadDetailModel::CreatedTextRole).toString();
        const QString text = i.data(ThreadDetailModel::BodyRole).toString();
        const QUuid postId = i.data(ThreadDetailModel::PostIdRole).toUuid();
        const QString postText = postId.toString(QUuid::WithoutBraces);
        const auto local = LocalState(i.data(ThreadDetailModel::LocalStateRole).toInt());
        const bool mine =
            m_reader != 0 && i.data(ThreadDetailModel::AuthorIdRole).toLongLong() == m_reader;
        // Written here and not on the server yet, or refused: marked, with the way to the outbox.
        QString mark;
        if (local == LocalState::Waiting)
            mark = u" "_s + pill(tr("Not sent yet"), QColor(0x75, 0x75, 0x75));
        else if (local == LocalState::NeedsAttention)
            mark = u" "_s + pill(tr("Needs attention"), TagColors::urgent()) +
                   action(u"soudan:outbox/"_s + postText, tr("Open the outbox"));
        //: Link next to a post: report it to the moderators (verb).
        const QString report = m_reader != 0 && !mine && local == LocalState::Synced
                                   ? action(u"soudan:report/%1/%2"_s.arg(
                                                i.data(ThreadDetailModel::KindRole)
                                                            .value<ThreadDetailModel::PostKind>() ==
                                                        ThreadDetailModel::PostKind::Question
                                                    ? u"thread"_s
                                                    : u"answer"_s,
                                                postText),
                                            tr("Report", "verb: report a post"))
                                   : QString();
        //: Heading over an answer: who wrote it (〇〇さんからの回答).
        const QString from = tr("Answer from %1").arg(name).toHtmlEscaped();
        switch (i.data(ThreadDetailModel::KindRole).value<ThreadDetailModel::PostKind>()) {
        case ThreadDetailModel::PostKind::Question:
            //: Under the question: who asked and when.
            question = body(text) + u"<p style=\"color:%1;\">"_s.arg(muted) +
                       tr("Asked by %1 on %2").arg(name, when).toHtmlEscaped() + mark + report +
                       u"</p>"_s;
            break;
        case ThreadDetailModel::PostKind::BestAnswer:
            //: Heading of the best answer section (ベストアンサーに選ばれた回答).
            best = u"<h3>"_s + pill(tr("Best answer"), TagColors::bestAnswer()) + u" "_s +
                   tr("Chosen as the best answer").toHtmlEscaped() + mark + u"</h3><p><b>"_s +
                   from + u"</b></p>"_s + body(text) + meta(when);
            break;
        case ThreadDetailModel::PostKind::Thanks:
            //: Heading of the asker's thank-you comment (相談者からのお礼コメント).
            thanks = u"<h3>"_s + tr("Thanks from the asker").toHtmlEscaped() + mark + u"</h3>"_s +
                     body(text) + meta(when);
            break;
        case ThreadDetailModel::PostKind::Answer:
            answers +=
                u"<hr/><a name=\"post-%1\"></a><p><b>"_s.arg(postText) + from + u"</b>"_s + mark;
            if (i.data(ThreadDetailModel::IsBestRole).toBool())
                answers += u" "_s + pill(tr("Best answer"), TagColors::bestAnswer());
            // The asker chooses the best answer among the others' answers of an open thread.
            if (t.authorId == m_reader && m_reader != 0 && t.status == ThreadStatus::Open &&
                !mine && local == LocalState::Synced)
                answers += action(u"soudan:best/"_s + postText, tr("Choose as the best answer"));
            answers += report + u"</p>"_s + body(text) + meta(when);
            break;
        }
    }
    html += question;
    if (!best.isEmpty() || !thanks.isEmpty()) {
        html +=
            u"<table width=\"100%\" cellpadding=\"12\" style=\"background-color:%1;\"><tr><td>"_s
                .arg(box) +
            best + thanks + u"</td></tr></table>"_s;
    }
    if (answers.isEmpty()) {
        html += u"<h3>"_s + tr("No answers yet.").toHtmlEscaped() + u"</h3>"_s;
    } else {
        //: Heading of the list of every answer (すべての回答).
        html += u"<h3>"_s +
                tr("All answers (%Ln)", "", int(detail->answers.size())).toHtmlEscaped() +
                u"</h3>"_s + answers;
    }
    return html;
}

void ThreadView::showPost(const QUuid &postId)
{
    const std::optional<ThreadDetail> &detail = m_model.detail();
    if (!detail || postId.isNull() || postId == detail->thread.id) {
        verticalScrollBar()->setValue(0);
        return;
    }
    scrollToAnchor(u"post-"_s + postId.toString(QUuid::WithoutBraces));
}

} // namespace Soudan
