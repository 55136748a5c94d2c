#include "tests/support/showntext.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Soudan::Test {

namespace {

class Walker
{
public:
    Walker(bool withContents, const std::function<void(const ShownText &)> &visit)
        : m_contents(withContents)
        , m_visit(visit)
    {}

    void text(const QString &where, const QString &shown, QWidget *widget = nullptr,
              bool oneLine = false, bool content = false)
    {
        if (shown.isEmpty())
            return;
        const QString plain = shown.contains(u'<') && Qt::mightBeRichText(shown)
                                  ? QTextDocumentFragment::fromHtml(shown).toPlainText()
                                  : shown;
        m_visit({where, plain, widget, oneLine, content});
    }

    void actions(const QString &where, const QList<QAction *> &list)
    {
        for (QAction *a : list) {
            if (a->isSeparator() || !a->isVisible() || a->property("untranslated").toBool())
                continue;
            text(where + u" › action"_s, a->text());
            if (!a->statusTip().isEmpty())
                text(where + u" › status tip of "_s + a->text(), a->statusTip());
            if (m_contents && !a->toolTip().isEmpty() && a->toolTip() != a->text().remove(u'&'))
                text(where + u" › tooltip of "_s + a->text(), a->toolTip(), nullptr, false, true);
            if (a->menu())
                actions(where + u" › "_s + a->text(), a->menu()->actions());
        }
    }

    void view(const QString &where, QAbstractItemView *view)
    {
        const QAbstractItemModel *model = view->model();
        if (!model)
            return;
        // The first rows, and the first rows under each (trees), as the view shows them.
        std::function<void(const QModelIndex &, int)> rows = [&](const QModelIndex &parent,
                                                                 int depth) {
            for (int row = 0; row < qMin(model->rowCount(parent), 40); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                        const QVariant value = index.data(role);
                        if (value.typeId() == QMetaType::QString)
                            text(where + u" row %1"_s.arg(row), value.toString(), nullptr, false,
                                 true);
                    }
                }
                if (depth < 3)
                    rows(model->index(row, 0, parent), depth + 1);
            }
        };
        rows({}, 0);
    }

    void window(QWidget *top)
    {
        const QString name = top->objectName().isEmpty()
                                 ? QString::fromLatin1(top->metaObject()->className())
                                 : top->objectName();
        text(name + u" title"_s, top->windowTitle());
        if (auto *bar = top->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly))
            actions(name, bar->actions());
        for (QToolBar *tools : top->findChildren<QToolBar *>())
            actions(name + u" toolbar"_s, tools->actions());
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (!w->isVisible() || w->property("untranslated").toBool())
                continue;
            const QString where =
                name + u" › "_s +
                (w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                           : w->objectName());
            if (m_contents && !w->toolTip().isEmpty())
                text(where + u" tooltip"_s, w->toolTip(), nullptr, false, true);
            if (auto *label = qobject_cast<QLabel *>(w)) {
                text(where, label->text(), label, !label->wordWrap());
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                // OK, Cancel, Close: Qt's own translations name them.
                auto *box = qobject_cast<QDialogButtonBox *>(w->parentWidget());
                if (box && box->standardButton(button) != QDialogButtonBox::NoButton)
                    continue;
                if (!qobject_cast<QToolButton *>(w) || !button->text().isEmpty())
                    text(where, button->text(), button, true);
            } else if (auto *box = qobject_cast<QGroupBox *>(w)) {
                text(where, box->title());
            } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
                text(where + u" placeholder"_s, line->placeholderText());
            } else if (auto *edit = qobject_cast<QPlainTextEdit *>(w)) {
                text(where + u" placeholder"_s, edit->placeholderText());
            } else if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    text(where + u" tab"_s, tabs->tabText(i));
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                if (!combo->property("data").toBool()) {
                    for (int i = 0; i < combo->count(); ++i)
                        text(where + u" item"_s, combo->itemText(i));
                }
            } else if (auto *header = qobject_cast<QHeaderView *>(w)) {
                for (int i = 0; i < header->count(); ++i) {
                    if (!header->isSectionHidden(i))
                        text(where + u" column"_s,
                             header->model()->headerData(i, header->orientation()).toString());
                }
            } else if (auto *browser = qobject_cast<QTextEdit *>(w); browser && m_contents) {
                text(where + u" text"_s, browser->toPlainText(), nullptr, false, true);
            }
            if (auto *items = qobject_cast<QAbstractItemView *>(w);
                items && m_contents && !qobject_cast<QHeaderView *>(w))
                view(where, items);
        }
    }

private:
    bool m_contents;
    const std::function<void(const ShownText &)> &m_visit;
};

} // namespace

void visitShownText(QWidget *top, bool withContents,
                    const std::function<void(const ShownText &)> &visit)
{
    Walker(withContents, visit).window(top);
}

} // namespace Soudan::Test
