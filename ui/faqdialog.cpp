#include "ui/faqdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QLocale>
#include <QPointer>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

QString pageFile(FaqDialog::Page page)
{
    const QString language = QLocale().language() == QLocale::Japanese ? u"ja"_s : u"en"_s;
    return u":/soudan/faq/%1/%2.html"_s.arg(
        language, page == FaqDialog::Page::ForbiddenWork ? u"forbidden-work"_s : u"reports"_s);
}

} // namespace

FaqDialog::FaqDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"faqDialog"_s);
    for (QTextBrowser *&page : m_pages) {
        page = new QTextBrowser(m_tabs);
        page->setOpenExternalLinks(false);
        page->setOpenLinks(false);
        m_tabs->addTab(page, QString());
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(640, 620);
    load();
}

void FaqDialog::load()
{
    setWindowTitle(tr("Board FAQ"));
    //: Tab of the FAQ: what work is forbidden on the board (【共通】違反のお仕事とは).
    m_tabs->setTabText(0, tr("Forbidden Work"));
    //: Tab of the FAQ: what a violation report is (【共通】違反報告とは).
    m_tabs->setTabText(1, tr("Violation Reports"));
    for (int i = 0; i < 2; ++i) {
        QFile file(pageFile(Page(i)));
        if (file.open(QIODevice::ReadOnly))
            m_pages[i]->setHtml(QString::fromUtf8(file.readAll()));
    }
}

void FaqDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        load();
    QDialog::changeEvent(event);
}

void FaqDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page == Page::ForbiddenWork ? 0 : 1);
}

QString FaqDialog::pageText(Page page) const
{
    return m_pages[page == Page::ForbiddenWork ? 0 : 1]->toPlainText();
}

void FaqDialog::open(Page page, QWidget *parent)
{
    // One FAQ window, brought to the front when asked for again.
    static QPointer<FaqDialog> dialog;
    if (!dialog) {
        dialog = new FaqDialog(parent ? parent->window() : nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->showPage(page);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

bool FaqDialog::openLink(const QString &link, QWidget *parent)
{
    if (link == u"soudan:faq/forbidden-work"_s) {
        open(Page::ForbiddenWork, parent);
        return true;
    }
    if (link == u"soudan:faq/reports"_s) {
        open(Page::Reports, parent);
        return true;
    }
    return false;
}

} // namespace Soudan
