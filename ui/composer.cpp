#include "ui/composer.h"

#include "domain/limits.h"
#include "domain/textrules.h"
#include "store/drafts.h"
#include "ui/draftautosave.h"
#include "ui/textlimits.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

Composer::Composer(Drafts &drafts, QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_limit(new LimitLabel(Limits::BodyMax, this))
    , m_thanksLimit(new LimitLabel(Limits::ThanksMax, this))
    , m_guard(new GuardWarning(this))
    , m_post(new QPushButton(this))
    , m_draft(new DraftAutosave(
          drafts,
          [this] {
              const QString text = m_editor->toPlainText();
              return text.trimmed().isEmpty() ? QJsonObject() : QJsonObject{{u"body"_s, text}};
          },
          this))
{
    setObjectName(u"composer"_s);
    m_editor->setObjectName(u"composerEditor"_s);
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(140);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_limit, 1);
    bottom->addWidget(m_thanksLimit, 1);
    bottom->addWidget(m_post);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_editor);
    layout->addWidget(m_guard);
    layout->addLayout(bottom);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        update();
        m_draft->edited();
    });
    connect(m_post, &QPushButton::clicked, this, &Composer::post);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_editor);
    shortcut->setContext(Qt::WidgetShortcut);
    connect(shortcut, &QShortcut::activated, this, &Composer::post);
    retranslateUi();
    setThread({}, Mode::Hidden);
}

QString Composer::draftKey() const
{
    if (m_thread.isNull() || m_mode == Mode::Hidden)
        return {};
    return m_mode == Mode::Answer ? Drafts::answerKey(m_thread) : Drafts::thanksKey(m_thread);
}

void Composer::setThread(const QUuid &threadId, Mode mode)
{
    // Said again each time: a new parent (the window's layout) makes a hidden widget showable.
    setVisible(!threadId.isNull() && mode != Mode::Hidden);
    if (threadId == m_thread && mode == m_mode)
        return;
    m_thread = threadId;
    m_mode = threadId.isNull() ? Mode::Hidden : mode;
    m_draft->setKey(draftKey()); // the text written for the previous thread stays with it
    setVisible(m_mode != Mode::Hidden);
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(m_draft->load().value(u"body"_s).toString());
    retranslateUi();
    update();
}

void Composer::retranslateUi()
{
    if (m_mode == Mode::Thanks) {
        //: Heading of the composer of the asker's thank-you comment (お礼コメント).
        m_heading->setText(tr("Your thanks to the answerers"));
        m_editor->setPlaceholderText(tr("Thank the answerers: what helped, what you will do."));
    } else {
        m_heading->setText(tr("Your answer"));
        m_editor->setPlaceholderText(
            tr("Share what you know. Never ask for or give contact details outside the board."));
    }
    // A shorter placeholder leaves the longer one's second line drawn unless all is repainted.
    m_editor->viewport()->update();
    //: Button under the answer or thanks composer.
    m_post->setText(tr("Post (Ctrl+Return)"));
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Composer::update()
{
    const int length = TextRules::length(m_editor->toPlainText().trimmed());
    m_limit->setVisible(m_mode != Mode::Thanks);
    m_thanksLimit->setVisible(m_mode == Mode::Thanks);
    m_limit->setLength(length);
    m_thanksLimit->setLength(length);
    m_guard->check(m_editor->toPlainText());
    const bool over = m_mode == Mode::Thanks ? m_thanksLimit->isOver() : m_limit->isOver();
    m_post->setEnabled(length > 0 && !over);
}

void Composer::post()
{
    if (!m_post->isEnabled())
        return;
    m_draft->stop();
    const QString text = TextRules::cleaned(m_editor->toPlainText(), false).trimmed();
    Q_EMIT posted(m_thread, m_mode, text);
}

} // namespace Soudan
