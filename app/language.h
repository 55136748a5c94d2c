#pragma once

#include <QString>

class QApplication;
class QCoreApplication;

namespace Soudan::Language {

// The language to use when none is asked for: Japanese on a Japanese system, and also where
// the system names no language (the C locale), since the board itself is Japanese; English
// elsewhere.
QString systemDefault();

// Installs the translations of Soudan and of Qt for code ("ja" or "en"), sets the default
// locale for dates and numbers, and a font that shows Japanese well.
void apply(QApplication &app, const QString &code);
// The same without fonts, for runs without a window.
void applyCore(QCoreApplication &app, const QString &code);

} // namespace Soudan::Language
