#include "ui/accountdialog.h"

#include "sync/synccontroller.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

AccountDialog::AccountDialog(SyncController &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_intro(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_signOut(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"accountDialog"_s);
    m_intro->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"accountMessage"_s);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_password->setEchoMode(QLineEdit::Password);
    m_server->setText(sync.server().toString());
    m_user->setText(sync.user());
    m_serverLabel->setBuddy(m_server);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_signIn->setDefault(true);
    m_buttons->addButton(m_signIn, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_signOut, QDialogButtonBox::ResetRole);

    auto *form = new QFormLayout;
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_signIn, &QPushButton::clicked, this, &AccountDialog::signIn);
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        m_sync.signOut();
        m_message->setText(tr("Signed out. The local cache stays readable."));
        updateState();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_sync, &SyncController::signInFinished, this, &AccountDialog::onSignInFinished);
    for (QLineEdit *edit : {m_server, m_user, m_password})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::updateState);
    retranslateUi();
    updateState();
    resize(480, sizeHint().height());
}

QString AccountDialog::message() const
{
    return m_message->text();
}

void AccountDialog::retranslateUi()
{
    setWindowTitle(tr("Server Account"));
    m_intro->setText(tr("Sign in to the board's server to sync. Your password is only sent to "
                        "sign in and is never stored; the sign-in is kept in the system keyring."));
    m_serverLabel->setText(tr("&Server:"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_server->setPlaceholderText(tr("https://board.example.jp"));
    m_signIn->setText(tr("Sign &In"));
    m_signOut->setText(tr("Sign &Out"));
}

void AccountDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AccountDialog::updateState()
{
    const QUrl url(m_server->text().trimmed(), QUrl::StrictMode);
    const bool wellFormed = url.isValid() && !url.host().isEmpty() &&
                            (url.scheme() == u"http"_s || url.scheme() == u"https"_s);
    const bool validUrl = wellFormed && SyncController::isSafeServer(url);
    m_signIn->setEnabled(!m_busy && validUrl && !m_user->text().trimmed().isEmpty() &&
                         !m_password->text().isEmpty());
    m_signOut->setEnabled(!m_busy && m_sync.isSignedIn());
    for (QLineEdit *edit : {m_server, m_user, m_password})
        edit->setEnabled(!m_busy);
    const QString text = m_server->text().trimmed();
    if (!m_busy && validUrl && url.scheme() == u"http"_s && SyncController::plainHttpAllowed()) {
        //: Shown when a test lab allowed plain http:// to another computer.
        m_message->setText(tr("Warning: http:// sends the password and the sign-in unencrypted "
                              "(allowed here for a test lab)."));
    }
    if (m_busy || text.isEmpty() || validUrl)
        return;
    if (wellFormed) {
        m_message->setText(tr("Use https://: http:// would send your password and sign-in "
                              "unencrypted. (http:// is for this computer only: 127.0.0.1 or "
                              "localhost.)"));
        return;
    }
    // Say what is wrong: the scheme, or the rest (a port out of range, a space in the host).
    if (!text.startsWith(u"https://"_s, Qt::CaseInsensitive) &&
        !text.startsWith(u"http://"_s, Qt::CaseInsensitive))
        m_message->setText(tr("The server address starts with https:// or http://."));
    else
        //: The example shows where the host name and the port go.
        m_message->setText(tr("The server address is not valid: check its host name and port, "
                              "as in https://board.example.jp:8443."));
}

void AccountDialog::signIn()
{
    m_busy = true;
    m_message->setText(tr("Signing in…"));
    updateState();
    m_sync.signIn(QUrl(m_server->text().trimmed()), m_user->text().trimmed(), m_password->text());
}

void AccountDialog::onSignInFinished(bool ok, const QString &message)
{
    const auto grow = qScopeGuard([this] { adjustSize(); });
    m_busy = false;
    m_password->clear();
    if (ok) {
        QString text = tr("Signed in as %1. Syncing starts now.").arg(m_user->text().trimmed());
        if (!message.isEmpty())
            text += u"\n\n"_s + message;
        m_message->setText(text);
    } else {
        //: %1 is the server's or the network's explanation.
        m_message->setText(tr("Could not sign in: %1").arg(message));
    }
    updateState();
}

} // namespace Soudan
