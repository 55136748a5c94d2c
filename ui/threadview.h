#pragma once

#include <QTextBrowser>

namespace Soudan {

class ThreadDetailModel;

// The detail pane: the thread's category path, status, counts and urgency, the question, the
// best answer with the asker's thanks, and every answer. Post text is shown as text.
class ThreadView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    explicit ThreadView(ThreadDetailModel &model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();
    QString html() const;
    void openLink(const QUrl &url);

    ThreadDetailModel &m_model;
};

} // namespace Soudan
