#include "ui/textlimits.h"

#include "domain/contactguard.h"
#include "models/labels.h"
#include "ui/colors.h"
#include "ui/faqdialog.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace Soudan {

LimitLabel::LimitLabel(int limit, QWidget *parent)
    : QLabel(parent)
    , m_limit(limit)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    render();
}

void LimitLabel::setLength(int length)
{
    m_length = length;
    render();
}

void LimitLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void LimitLabel::render()
{
    if (isOver()) {
        //: Under a text field over its limit; %1 is the limit, %2 how many characters too many.
        setText(tr("At most %1 characters: %2 too many")
                    .arg(Labels::number(m_limit), Labels::number(m_length - m_limit)));
        setStyleSheet(u"color: %1; font-weight: 600;"_s.arg(Colors(palette()).errorText().name()));
    } else {
        //: Under a text field: characters used of the limit.
        setText(tr("%1 / %2").arg(Labels::number(m_length), Labels::number(m_limit)));
        setStyleSheet(QString());
    }
}

GuardWarning::GuardWarning(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"guardWarning"_s);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setStyleSheet(Colors(palette()).noticeStyleSheet(u"QLabel"_s));
    connect(this, &QLabel::linkActivated, this,
            [this](const QString &link) { FaqDialog::openLink(link, this); });
    hide();
}

void GuardWarning::check(const QString &text)
{
    const bool tripped = ContactGuard::trips(text);
    if (tripped == m_tripped)
        return;
    m_tripped = tripped;
    render();
}

void GuardWarning::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QLabel::changeEvent(event);
}

void GuardWarning::render()
{
    setVisible(m_tripped);
    //: Shown while typing when the text seems to hold a LINE ID, an e-mail address, a phone
    //: number or the like. The link opens the FAQ page 【共通】違反のお仕事とは.
    setText(tr("This seems to hold contact details (a LINE ID, an e-mail address, a phone number, "
               "…). Exchanging contact details before a contract is forbidden work, and such "
               "posts are reported to the moderators. <a href=\"soudan:faq/forbidden-work\">What "
               "counts as forbidden work?</a>"));
}

} // namespace Soudan
