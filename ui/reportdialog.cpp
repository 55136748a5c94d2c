#include "ui/reportdialog.h"

#include "domain/limits.h"
#include "domain/textrules.h"
#include "domain/vocabulary.h"
#include "models/labels.h"
#include "ui/faqdialog.h"
#include "ui/textlimits.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

ReportDialog::ReportDialog(EntityKind kind, const QUuid &target, const QString &excerpt,
                           QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_target(target)
    , m_excerpt(excerpt)
    , m_intro(new QLabel(this))
    , m_faq(new QLabel(this))
    , m_reasons(new QButtonGroup(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_limit(new LimitLabel(Limits::ReportNoteMax, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_send(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"reportDialog"_s);
    m_intro->setWordWrap(true);
    m_faq->setTextFormat(Qt::RichText);
    connect(m_faq, &QLabel::linkActivated, this,
            [this](const QString &link) { FaqDialog::openLink(link, this); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    for (int i = 0; i < int(Wire::all<ReportReason>().size()); ++i) {
        auto *button = new QRadioButton(this);
        m_reasons->addButton(button, i);
        m_reasonButtons.append(button);
        layout->addWidget(button);
    }
    m_noteLabel->setBuddy(m_note);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(100);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addWidget(m_limit);
    layout->addWidget(m_faq);
    layout->addWidget(m_buttons);
    connect(m_reasons, &QButtonGroup::idToggled, this, &ReportDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReportDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
    update();
}

void ReportDialog::retranslateUi()
{
    setWindowTitle(tr("Report a Violation"));
    //: %1 is the start of the reported question's text.
    m_intro->setText(
        m_kind == EntityKind::Thread
            ? tr("Why should the moderators look at this question?\n“%1”").arg(m_excerpt.left(80))
            //: %1 is the start of the reported answer's text.
            : tr("Why should the moderators look at this answer?\n“%1”").arg(m_excerpt.left(80)));
    for (int i = 0; i < m_reasonButtons.size(); ++i)
        m_reasonButtons[i]->setText(Labels::reportReason(Wire::all<ReportReason>().at(i)));
    m_noteLabel->setText(tr("&Note for the moderators (optional):"));
    //: The link opens the FAQ page 【共通】違反報告とは.
    m_faq->setText(tr("<a href=\"soudan:faq/reports\">What happens to a report?</a>"));
    //: Button that sends the violation report (it waits in the outbox when offline).
    m_send->setText(tr("&Send Report"));
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportDialog::update()
{
    m_limit->setLength(TextRules::length(m_note->toPlainText().trimmed()));
    m_send->setEnabled(m_reasons->checkedId() >= 0 && !m_limit->isOver());
}

void ReportDialog::setReason(ReportReason reason)
{
    for (int i = 0; i < int(Wire::all<ReportReason>().size()); ++i) {
        if (Wire::all<ReportReason>().at(i) == reason)
            m_reasonButtons[i]->setChecked(true);
    }
}

ReportInput ReportDialog::input() const
{
    const int id = m_reasons->checkedId();
    return {m_kind, m_target, id >= 0 ? Wire::all<ReportReason>().value(id) : ReportReason::Other,
            TextRules::cleaned(m_note->toPlainText(), false).trimmed()};
}

void ReportDialog::setInput(const ReportInput &input)
{
    setReason(input.reason);
    m_note->setPlainText(input.note);
}

} // namespace Soudan
