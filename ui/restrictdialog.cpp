// The moderators' restriction of a member's account, asked in a dialog: part of the moderation
// window (ui/moderationwindow.h).

#include "models/reportqueuemodel.h"
#include "store/moderationcache.h"
#include "store/store.h"
#include "ui/moderationwindow.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Soudan {

void ModerationWindow::restrictAuthor()
{
    const std::optional<ModerationEntry> entry = m_model->entry(currentItem());
    if (!entry || entry->item.authorId <= 0)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"restrictDialog"_s);
    //: Title of the dialog that suspends a member or makes them read-only.
    dialog.setWindowTitle(tr("Suspend Author"));
    auto *who = new QLabel(
        //: %1 is the member's display name.
        tr("What may %1 do on the board? They are told, with your reason, in a notification.")
            .arg(entry->authorName.isEmpty() ? tr("the author") : entry->authorName),
        &dialog);
    who->setWordWrap(true);
    auto *suspend = new QRadioButton(tr("&Suspend posting for"), &dialog);
    auto *days = new QSpinBox(&dialog);
    days->setRange(1, 365);
    days->setValue(7);
    //: After the number of days of a suspension.
    days->setSuffix(tr(" day(s)"));
    auto *readOnly = new QRadioButton(tr("Make the account &read-only until lifted"), &dialog);
    auto *lift = new QRadioButton(tr("&Lift a suspension or read-only"), &dialog);
    suspend->setChecked(true);
    auto *reason = new QPlainTextEdit(&dialog);
    reason->setPlaceholderText(tr("Why (the member reads this)"));
    reason->setMinimumSize(420, 100);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto update = [&] {
        days->setEnabled(suspend->isChecked());
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(lift->isChecked() || !reason->toPlainText().trimmed().isEmpty());
    };
    for (QRadioButton *b : {suspend, readOnly, lift})
        connect(b, &QRadioButton::toggled, &dialog, update);
    connect(reason, &QPlainTextEdit::textChanged, &dialog, update);
    update();
    auto *form = new QFormLayout(&dialog);
    form->addRow(who);
    form->addRow(suspend, days);
    form->addRow(readOnly);
    form->addRow(lift);
    form->addRow(tr("&Reason:"), reason);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RestrictionInput input;
    input.kind = suspend->isChecked()    ? RestrictionKind::Suspended
                 : readOnly->isChecked() ? RestrictionKind::ReadOnly
                                         : RestrictionKind::None;
    input.days = input.kind == RestrictionKind::Suspended ? days->value() : 0;
    input.reason = reason->toPlainText().trimmed();
    if (m_store.moderation().restrict(entry->item.authorId, input)) {
        //: Status bar of the moderation window after a restriction was queued.
        statusBar()->showMessage(tr("Sent with the next sync."), 5000);
        Q_EMIT syncRequested();
    }
}

} // namespace Soudan
