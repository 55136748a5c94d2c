#pragma once

#include "domain/apitypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Soudan {

class CategoryTreeModel;
class DraftAutosave;
class Drafts;
class GuardWarning;
class LimitLabel;

// Asking a question: category, title (up to 100 characters), body (up to 10,000), urgency.
// The draft is saved while typing and comes back after a restart or a crash; limits and the
// contact guard speak up while typing. Also edits a refused question from the outbox.
class QuestionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionDialog)

public:
    // With a draft key, the draft is kept under it (Drafts::questionKey()); without, nothing is
    // saved. The question goes into one of the categories' subcategories.
    QuestionDialog(Drafts &drafts, const CategoryTreeModel &categories, const QString &draftKey,
                   QWidget *parent = nullptr);

    QuestionInput input() const;
    void setInput(const QuestionInput &input);
    bool canPost() const;
    // Editing one's question: the category stays, the button saves.
    void setEditing(bool editing);

    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QPushButton *postButton() const { return m_post; }
    GuardWarning *guardWarning() const { return m_guard; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void update();
    QJsonObject draft() const;

    QLabel *m_categoryLabel;
    QLabel *m_titleLabel;
    QLabel *m_bodyLabel;
    QComboBox *m_category;
    QLineEdit *m_title;
    LimitLabel *m_titleLimit;
    QPlainTextEdit *m_body;
    LimitLabel *m_bodyLimit;
    QRadioButton *m_urgent;
    QRadioButton *m_calm;
    GuardWarning *m_guard;
    QDialogButtonBox *m_buttons;
    QPushButton *m_post;
    DraftAutosave *m_draft;
    bool m_editing = false;
};

} // namespace Soudan
