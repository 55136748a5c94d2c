#pragma once

#include <QString>
#include <QStringList>

class QApplication;
class QCoreApplication;

namespace Soudan::Language {

// The language to use when none is asked for: Japanese on a Japanese system, and also where
// the system names no language (the C locale), since the board itself is Japanese; English
// elsewhere.
QString systemDefault();

// The pseudo-locale for checking translations: every text accented, 40% longer, between ⟦ ⟧;
// dates and numbers in English. Accepted by --lang, not offered in the menu.
inline const QString Pseudo = QStringLiteral("pseudo");

// The languages built into the binary ("en", the source, and one per compiled translation).
QStringList available();
// The codes --lang accepts: available() and the pseudo-locale.
bool isKnown(const QString &code);
// A language's name in itself ("日本語", "English").
QString nativeName(const QString &code);

// Installs the translations of Soudan and of Qt for code ("ja" or "en"), in place of those
// installed before, sets the default locale for dates and numbers and, with a window, a font
// that shows Japanese well. Every open window retranslates itself (QEvent::LanguageChange).
// qmFile, when given, is loaded instead of the built-in translation.
void apply(QApplication &app, const QString &code, const QString &qmFile = {});
// The same without fonts, for runs without a window.
void applyCore(QCoreApplication &app, const QString &code, const QString &qmFile = {});
// The language applied last.
QString current();

} // namespace Soudan::Language
