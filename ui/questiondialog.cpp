#include "ui/questiondialog.h"

#include "domain/limits.h"
#include "domain/textrules.h"
#include "models/categorytreemodel.h"
#include "models/labels.h"
#include "ui/draftautosave.h"
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
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

QuestionDialog::QuestionDialog(Drafts &drafts, const CategoryTreeModel &categories,
                               const QString &draftKey, QWidget *parent)
    : QDialog(parent)
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
    , m_draft(new DraftAutosave(
          drafts, [this] { return draft(); }, this))
{
    m_category->setProperty("data", true); // the board's categories, not translated
    setObjectName(u"questionDialog"_s);
    // Questions go into subcategories, each shown with its side.
    for (int row = 0; row < categories.rowCount(); ++row) {
        const QModelIndex side = categories.index(row, 0);
        for (int child = 0; child < categories.rowCount(side); ++child) {
            const QModelIndex c = categories.index(child, 0, side);
            m_category->addItem(categories.path(c), categories.categoryId(c));
        }
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

    auto edited = [this] {
        update();
        m_draft->edited();
    };
    connect(m_title, &QLineEdit::textChanged, this, edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, edited);
    connect(m_category, &QComboBox::currentIndexChanged, this, edited);
    connect(m_urgent, &QRadioButton::toggled, this, edited);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!canPost())
            return;
        m_draft->stop(); // the draft goes with the question, in the outbox's transaction
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        m_draft->saveNow(); // cancelling keeps the draft
        reject();
    });
    auto *post = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(post, &QShortcut::activated, m_buttons, &QDialogButtonBox::accepted);

    m_draft->setKey(draftKey);
    if (const QJsonObject kept = m_draft->load(); !kept.isEmpty()) {
        const int category = m_category->findData(kept.value(u"categoryId"_s).toInteger());
        if (category >= 0)
            m_category->setCurrentIndex(category);
        m_title->setText(kept.value(u"title"_s).toString());
        m_body->setPlainText(kept.value(u"body"_s).toString());
        m_urgent->setChecked(kept.value(u"urgent"_s).toBool());
    }
    retranslateUi();
    update();
    resize(640, 560);
}

void QuestionDialog::setEditing(bool editing)
{
    m_editing = editing;
    m_category->setEnabled(!editing);
    retranslateUi();
}

void QuestionDialog::retranslateUi()
{
    setWindowTitle(m_editing ? tr("Edit Question") : tr("Ask a Question"));
    m_categoryLabel->setText(tr("&Category:"));
    m_titleLabel->setText(tr("&Title:"));
    m_bodyLabel->setText(tr("&Question:"));
    m_title->setPlaceholderText(tr("What do you want to know? (one line)"));
    m_body->setPlaceholderText(tr("The details: the work, the amount, the dates, what happened."));
    m_urgent->setText(Labels::urgency(Urgency::Urgent));
    m_calm->setText(Labels::urgency(Urgency::Calm));
    //: Button that puts the question in the outbox; it is sent when the network allows.
    m_post->setText(m_editing ? tr("&Save") : tr("&Post"));
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
    // What the board refuses (a pasted line break, a control character) does not go out.
    return {m_category->currentData().toLongLong(),
            TextRules::cleaned(m_title->text(), true).trimmed(),
            TextRules::cleaned(m_body->toPlainText(), false).trimmed(),
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
    m_titleLimit->setLength(TextRules::length(m_title->text().trimmed()));
    m_bodyLimit->setLength(TextRules::length(m_body->toPlainText().trimmed()));
    m_guard->check(m_title->text() + u'\n' + m_body->toPlainText());
    m_post->setEnabled(canPost());
}

QJsonObject QuestionDialog::draft() const
{
    const QuestionInput q = input();
    if (q.title.isEmpty() && q.body.isEmpty())
        return {};
    return {{u"categoryId"_s, q.categoryId},
            {u"title"_s, m_title->text()},
            {u"body"_s, m_body->toPlainText()},
            {u"urgent"_s, q.urgency == Urgency::Urgent}};
}

} // namespace Soudan
