#pragma once

#include "domain/report.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Soudan {

class LimitLabel;

// Reporting a thread or an answer (違反報告): a reason and an optional note, with a link to
// the FAQ page that says what a report does.
class ReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportDialog)

public:
    ReportDialog(EntityKind kind, const QUuid &target, const QString &excerpt,
                 QWidget *parent = nullptr);

    ReportInput input() const;
    void setInput(const ReportInput &input);
    void setReason(ReportReason reason);
    QPlainTextEdit *noteEdit() const { return m_note; }
    QPushButton *sendButton() const { return m_send; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();

    EntityKind m_kind;
    QUuid m_target;
    QString m_excerpt;
    QLabel *m_intro;
    QLabel *m_faq;
    QButtonGroup *m_reasons;
    QList<QRadioButton *> m_reasonButtons;
    QLabel *m_noteLabel;
    QPlainTextEdit *m_note;
    LimitLabel *m_limit;
    QDialogButtonBox *m_buttons;
    QPushButton *m_send;
};

} // namespace Soudan
