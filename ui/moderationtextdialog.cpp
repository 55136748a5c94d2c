#include "ui/moderationwindow.h"

#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Soudan {

std::optional<QString> ModerationWindow::askText(ModerationAction action)
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"moderationTextDialog"_s);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    if (action == ModerationAction::Warn) {
        dialog.setWindowTitle(tr("Warn Author"));
        dialog.setLabelText(tr("The warning is kept with the author's account:"));
        //: Default text of a moderator's warning; the moderator may edit it.
        dialog.setTextValue(tr("Your post breaks the board's rules. Please read the guide to "
                               "forbidden work and to contact details before posting again."));
    } else {
        dialog.setWindowTitle(tr("Add Note"));
        dialog.setLabelText(tr("A note for the other moderators:"));
    }
    // QInputDialog keeps its text on one line: a warning is a few sentences.
    for (QLabel *label : dialog.findChildren<QLabel *>())
        label->setWordWrap(true);
    if (auto *edit = dialog.findChild<QPlainTextEdit *>()) {
        edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        edit->setMinimumSize(440, 140);
    }
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return std::nullopt;
    return dialog.textValue().trimmed();
}

} // namespace Soudan
