#pragma once

#include "domain/thread.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace Soudan {

// Every colour the UI draws itself, from one place. The board's tags (status, すぐ知りたい!,
// ベストアンサー) keep their colours, with white text; everything else is taken from the palette
// or mixed into its base colour, so that a dark palette gives dark panels and light text.
class Colors final
{
public:
    enum class Tag
    {
        Urgent,     // すぐ知りたい!, and what needs attention
        BestAnswer, // ベストアンサー
        Waiting,    // written here, not sent yet
    };

    explicit Colors(const QPalette &palette);

    // Tags: tagText() on these.
    static QColor tag(ThreadStatus status);
    static QColor tag(Tag tag);
    static QColor tagText();

    QColor text() const;
    QColor mutedText() const;    // dates, paths, "by …"
    QColor panel() const;        // behind the best answer and the thanks
    QColor reportedPost() const; // behind the post a report is about
    QColor match() const;        // behind a search match
    QColor matchText() const;
    QColor errorText() const; // a text over its limit
    // A style sheet that draws selector (a QLabel, or a QFrame with its labels) as a notice that
    // asks for attention: the conflict banner, the contact-details warning.
    QString noticeStyleSheet(const QString &selector) const;

private:
    QColor noticeBackground() const;
    QColor noticeBorder() const;
    QColor noticeText() const;

    QPalette m_palette;
};

} // namespace Soudan
