#include "ui/questiondialog.h"

#include "domain/limits.h"
#include "models/labels.h"
#include "store/boardreads.h"
#include "store/drafts.h"
#include "store/store.h"
#include "ui/textlimits.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

QuestionDialog::QuestionDialog(Store &store, const QString &draftKey, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_draftKey(draftKey)
    , m_categoryLabel(new QLabel(this))
    , m_titleLabel(new QLabel(this))
    , m_bodyLabel(new QLabel(this))
    , m_category(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_titleLimit(new LimitLabel(Limits::TitleMax, this))
    , m_body(new QPlainTextEdit(this))
    , m_bodyLimit(new LimitLabel(Limits::BodyMax, this))
    , m_urgent(new QRadioButton(this))
    , m_calm(new QRadioButton(this))
    , m_guard(new GuardWarning(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_post(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
    , m_draftTimer(new QTimer(this))
{
    m_category->setProperty("data", true); // the board's categories, not translated
    setObjectName(u"questionDialog"_s);
    // Questions go into subcategories; the sides are headings.
    QString side;
    for (const Category &c : m_store.reads().categories()) {
        if (!c.parentId) {
            side = c.name;
            continue;
        }
        m_category->addItem(side + u" › "_s + c.name, c.id);
    }
    m_titleLabel->setBuddy(m_title);
    m_bodyLabel->setBuddy(m_body);
    m_categoryLabel->setBuddy(m_category);
    m_body->setTabChangesFocus(true);
    m_calm->setChecked(true);

    auto *urgency = new QHBoxLayout;
    urgency->addWidget(m_urgent);
    urgency->addWidget(m_calm);
    urgency->addStretch();
    auto *form = new QFormLayout;
    form->addRow(m_categoryLabel, m_category);
    form->addRow(m_titleLabel, m_title);
    form->addRow(QString(), m_titleLimit);
    form->addRow(m_bodyLabel, m_body);
    form->addRow(QString(), m_bodyLimit);
    form->addRow(QString(), urgency);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_guard);
    layout->addWidget(m_buttons);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_draftTimer, &QTimer::timeout, this, &QuestionDialog::saveDraft);
    auto edited = [this] {
        update();
        if (!m_draftKey.isEmpty())
            m_draftTimer->start();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, edited);
    connect(m_category, &QComboBox::currentIndexChanged, this, edited);
    connect(m_urgent, &QRadioButton::toggled, this, edited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canPost())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        saveDraft(); // cancelling keeps the draft
        reject();
    });
    auto *post = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(post, &QShortcut::activated, m_buttons, &QDialogButtonBox::accepted);

    if (!m_draftKey.isEmpty()) {
        const QJsonObject draft = m_store.drafts().get(m_draftKey);
        const int category = m_category->findData(draft.value(u"categoryId"_s).toInteger());
        if (category >= 0)
            m_category->setCurrentIndex(category);
        m_title->setText(draft.value(u"title"_s).toString());
        m_body->setPlainText(draft.value(u"body"_s).toString());
        m_urgent->setChecked(draft.value(u"urgent"_s).toBool());
    }
    retranslateUi();
    update();
    resize(640, 560);
}

void QuestionDialog::retranslateUi()
{
    setWindowTitle(tr("Ask a Question"));
    m_categoryLabel->setText(tr("&Category:"));
    m_titleLabel->setText(tr("&Title:"));
    m_bodyLabel->setText(tr("&Question:"));
    m_title->setPlaceholderText(tr("What do you want to know? (one line)"));
    m_body->setPlaceholderText(tr("The details: the work, the amount, the dates, what happened."));
    m_urgent->setText(Labels::urgency(Urgency::Urgent));
    m_calm->setText(Labels::urgency(Urgency::Calm));
    //: Button that puts the question in the outbox; it is sent when the network allows.
    m_post->setText(tr("&Post"));
    m_post->setToolTip(
        tr("Post (Ctrl+Return). Offline, it is sent as soon as the server can be reached."));
}

void QuestionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QuestionInput QuestionDialog::input() const
{
    return {m_category->currentData().toLongLong(), m_title->text().trimmed(),
            m_body->toPlainText().trimmed(),
            m_urgent->isChecked() ? Urgency::Urgent : Urgency::Calm};
}

void QuestionDialog::setInput(const QuestionInput &input)
{
    const int category = m_category->findData(input.categoryId);
    if (category >= 0)
        m_category->setCurrentIndex(category);
    m_title->setText(input.title);
    m_body->setPlainText(input.body);
    (input.urgency == Urgency::Urgent ? m_urgent : m_calm)->setChecked(true);
}

bool QuestionDialog::canPost() const
{
    const QuestionInput q = input();
    return q.categoryId > 0 && !q.title.isEmpty() && !q.body.isEmpty() && !m_titleLimit->isOver() &&
           !m_bodyLimit->isOver() && !q.title.contains(u'\n');
}

void QuestionDialog::update()
{
    m_titleLimit->setLength(int(m_title->text().trimmed().size()));
    m_bodyLimit->setLength(int(m_body->toPlainText().trimmed().size()));
    m_guard->check(m_title->text() + u'\n' + m_body->toPlainText());
    m_post->setEnabled(canPost());
}

void QuestionDialog::saveDraft()
{
    m_draftTimer->stop();
    if (m_draftKey.isEmpty() || result() == QDialog::Accepted)
        return;
    const QuestionInput q = input();
    if (q.title.isEmpty() && q.body.isEmpty()) {
        m_store.drafts().remove(m_draftKey);
        return;
    }
    m_store.drafts().save(m_draftKey, {{u"categoryId"_s, q.categoryId},
                                   {u"title"_s, m_title->text()},
                                   {u"body"_s, m_body->toPlainText()},
                                   {u"urgent"_s, q.urgency == Urgency::Urgent}});
}

} // namespace Soudan
