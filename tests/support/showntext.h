#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Soudan::Test {

// One text a window shows, and where.
struct ShownText
{
    QString where;             // "mainWindow › threadList column"
    QString text;              // plain text (HTML made plain)
    QWidget *widget = nullptr; // the label or button that shows it alone, for its size
    bool oneLine = false;      // a label or button that does not wrap
    bool content = false;      // a list's rows, a text view, a tooltip: data as well as words
};

// Everything top shows that a user reads: its title, menus (with status tips), toolbars, labels,
// buttons (not the standard OK / Cancel), group boxes, placeholders, tabs, combo items, column
// headers; with contents, also tooltips, the first rows of every list (text and tooltip) and
// the text of every text view. Hidden widgets and those marked "untranslated" are skipped.
void visitShownText(QWidget *top, bool withContents,
                    const std::function<void(const ShownText &)> &visit);

} // namespace Soudan::Test
