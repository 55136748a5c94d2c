#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
namespace Soudan {

class DraftAutosave;
class Drafts;
class GuardWarning;
class LimitLabel;

// Under the thread: the answer composer, or for the asker of a resolved thread the thanks
// composer (お礼コメント). The draft is saved while typing, per thread.
class Composer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Composer)

public:
    enum class Mode
    {
        Hidden,
        Answer,
        Thanks,
    };

    explicit Composer(Drafts &drafts, QWidget *parent = nullptr);

    void setThread(const QUuid &threadId, Mode mode);
    Mode mode() const { return m_mode; }
    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *postButton() const { return m_post; }
    GuardWarning *guardWarning() const { return m_guard; }

Q_SIGNALS:
    // The user posts: the text, for the thread shown.
    void posted(const QUuid &threadId, Soudan::Composer::Mode mode, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();
    QString draftKey() const;
    void post();

    QUuid m_thread;
    Mode m_mode = Mode::Hidden;
    QLabel *m_heading;
    QPlainTextEdit *m_editor;
    LimitLabel *m_limit;
    LimitLabel *m_thanksLimit;
    GuardWarning *m_guard;
    QPushButton *m_post;
    DraftAutosave *m_draft;
};

} // namespace Soudan
