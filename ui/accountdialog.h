#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Soudan {

class SyncController;

// The server account: server address, user name and password. The password is only sent to
// sign in, never kept; the token the server gives goes to the system keyring.
class AccountDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDialog)

public:
    explicit AccountDialog(SyncController &sync, QWidget *parent = nullptr);

    QLineEdit *serverEdit() const { return m_server; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void signIn();
    void onSignInFinished(bool ok, const QString &message);
    void updateState();

    SyncController &m_sync;
    QLabel *m_intro;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_server;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_message;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace Soudan
