#include "ui/moderationwindow.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

const QString CannedKey = u"moderation/cannedWarnings"_s;

} // namespace

QStringList ModerationWindow::cannedWarnings() const
{
    // The moderator's own list once they changed it; until then the board's, in the language
    // of the moment.
    if (m_settings.contains(CannedKey))
        return m_settings.value(CannedKey).toStringList();
    return {
        //: A canned warning to a post's author; the moderator may edit it before sending.
        tr("Your post breaks the board's rules. Please read the guide to forbidden work and to "
           "contact details before posting again."),
        //: A canned warning to a post's author.
        tr("Please keep contact and payment on the board until the work is done: asking for or "
           "giving LINE, e-mail or a phone number is against the rules."),
        //: A canned warning to a post's author.
        tr("Please do not post the same question several times: one thread per question."),
        //: A canned warning to a post's author.
        tr("Please write to others politely: attacks on a person are against the rules."),
    };
}

std::optional<QString> ModerationWindow::askText(ModerationAction action)
{
    QInputDialog dialog(this);
    dialog.setObjectName(u"moderationTextDialog"_s);
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    if (action == ModerationAction::Warn) {
        dialog.setWindowTitle(tr("Warn Author"));
        dialog.setLabelText(tr("The warning is kept with the author's account:"));
        const QStringList canned = cannedWarnings();
        dialog.setTextValue(canned.value(0));
        // Canned messages: one fills the text, which stays editable; the list is the
        // moderator's to add to and take from.
        auto *row = new QWidget(&dialog);
        auto *list = new QComboBox(row);
        list->setObjectName(u"cannedWarnings"_s);
        list->addItems(canned);
        list->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        list->setMinimumContentsLength(30);
        //: Accessible name of the list of canned warning messages.
        list->setAccessibleName(tr("Canned warnings"));
        auto *save = new QToolButton(row);
        save->setObjectName(u"saveCannedWarning"_s);
        //: Button: keep the warning as written in the list of canned warnings.
        save->setText(tr("Keep in List"));
        auto *remove = new QToolButton(row);
        remove->setObjectName(u"removeCannedWarning"_s);
        //: Button: take the chosen canned warning out of the list.
        remove->setText(tr("Remove from List"));
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(list, 1);
        rowLayout->addWidget(save);
        rowLayout->addWidget(remove);
        if (auto *box = qobject_cast<QBoxLayout *>(dialog.layout()))
            box->insertWidget(0, row);
        connect(list, &QComboBox::activated, &dialog,
                [&dialog, list](int index) { dialog.setTextValue(list->itemText(index)); });
        auto store = [this, list] {
            QStringList items;
            for (int i = 0; i < list->count(); ++i)
                items.append(list->itemText(i));
            m_settings.setValue(CannedKey, items);
        };
        connect(save, &QToolButton::clicked, &dialog, [&dialog, list, store] {
            const QString text = dialog.textValue().trimmed();
            if (text.isEmpty() || list->findText(text) >= 0)
                return;
            list->addItem(text);
            list->setCurrentIndex(list->count() - 1);
            store();
        });
        connect(remove, &QToolButton::clicked, &dialog, [list, store] {
            if (list->currentIndex() < 0)
                return;
            list->removeItem(list->currentIndex());
            store();
        });
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
