#include "ui/searchbox.h"

#include <QKeyEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Soudan {

SearchBox::SearchBox(QWidget *parent)
    : QLineEdit(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(u"searchBox"_s);
    setClearButtonEnabled(true);
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(this, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(text()); });
    retranslateUi();
}

void SearchBox::setShortcut(const QKeySequence &shortcut)
{
    m_shortcut = shortcut;
    retranslateUi();
}

void SearchBox::retranslateUi()
{
    //: Name of the search box for screen readers.
    setAccessibleName(tr("Search threads and answers"));
    //: Placeholder of the search box; %1 is its shortcut (Ctrl+K).
    setPlaceholderText(
        tr("Search threads and answers (%1)").arg(m_shortcut.toString(QKeySequence::NativeText)));
}

void SearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

void SearchBox::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        clear();
        m_timer->stop();
        Q_EMIT searchRequested(QString());
        Q_EMIT cancelled();
        return;
    case Qt::Key_Down:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_timer->isActive()) {
            m_timer->stop();
            Q_EMIT searchRequested(text());
        }
        Q_EMIT resultsRequested(event->key() != Qt::Key_Down);
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

} // namespace Soudan
