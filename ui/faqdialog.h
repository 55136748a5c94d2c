#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;

namespace Soudan {

// The board's FAQ pages, readable offline: 【共通】違反のお仕事とは (forbidden work) and
// 【共通】違反報告とは (violation reports), in the UI language.
class FaqDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaqDialog)

public:
    enum class Page
    {
        ForbiddenWork,
        Reports,
    };

    explicit FaqDialog(QWidget *parent = nullptr);
    void showPage(Page page);
    QString pageText(Page page) const;

    // Opens the dialog on a page; links "soudan:faq/forbidden-work" and "soudan:faq/reports"
    // in the composers and dialogs come here.
    static void open(Page page, QWidget *parent);
    static bool openLink(const QString &link, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTabWidget *m_tabs;
    QTextBrowser *m_pages[2];
};

} // namespace Soudan
