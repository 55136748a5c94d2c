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

// The languages built into the binary ("en", the source, and one per compiled translation).
QStringList available();
// A language's name in itself ("日本語", "English").
QString nativeName(const QString &code);

// Installs the translations of Soudan and of Qt for code ("ja" or "en"), in place of those
// installed before, sets the default locale for dates and numbers and, with a window, a font
// that shows Japanese well. Every open window retranslates itself (QEvent::LanguageChange).
// qmFile, when given, is loaded instead of the built-in translation (the pseudo-locale of tests).
void apply(QApplication &app, const QString &code, const QString &qmFile = {});
// The same without fonts, for runs without a window.
void applyCore(QCoreApplication &app, const QString &code, const QString &qmFile = {});
// The language applied last.
QString current();

} // namespace Soudan::Language
