#include "ui/language.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Soudan::Language {

namespace {

QPointer<QTranslator> t_qt;
QPointer<QTranslator> t_soudan;
QString t_current;
QString t_baseFamily; // the application's font family before any language was applied

} // namespace

QString systemDefault()
{
    const QLocale::Language system = QLocale::system().language();
    if (system == QLocale::Japanese || system == QLocale::C)
        return u"ja"_s;
    return u"en"_s;
}

QStringList available()
{
    QStringList codes{u"en"_s};
    const QStringList files = QDir(u":/i18n"_s).entryList({u"soudan_*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(7).chopped(3); // soudan_<code>.qm
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes;
}

bool isKnown(const QString &code)
{
    return code == Pseudo || available().contains(code);
}

QString nativeName(const QString &code)
{
    if (code == u"en"_s)
        return u"English"_s; // not "American English"
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

void applyCore(QCoreApplication &app, const QString &code, const QString &qmFile)
{
    const QLocale locale = code == u"ja"_s ? QLocale(QLocale::Japanese, QLocale::Japan)
                           : code == u"en"_s || code == Pseudo
                               ? QLocale(QLocale::English, QLocale::UnitedStates)
                               : QLocale(code);
    QLocale::setDefault(locale);

    // The ones installed before go; each removal and installation tells every window.
    for (QPointer<QTranslator> *old : {&t_qt, &t_soudan}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    t_qt = qt;
    auto *soudan = new QTranslator(&app);
    const QString file = !qmFile.isEmpty() ? qmFile
                         : code == Pseudo  ? u":/i18n-pseudo/soudan_pseudo.qm"_s
                                           : u":/i18n/soudan_"_s + code + u".qm"_s;
    if (soudan->load(file))
        QCoreApplication::installTranslator(soudan);
    t_soudan = soudan;
    t_current = code;
    // Qt tells windows of a new translator only while the event loop runs; say it once more with
    // both translators in place, so that a switch made before (or without) the loop applies too.
    QEvent changed(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&app, &changed);
}

void apply(QApplication &app, const QString &code, const QString &qmFile)
{
    applyCore(app, code, qmFile);

    // Han characters differ between Japanese and Chinese fonts; prefer the Japanese cut.
    const QString japaneseFont = u"Noto Sans CJK JP"_s;
    if (QFontDatabase::families().contains(japaneseFont)) {
        QFont font = QApplication::font();
        if (t_baseFamily.isEmpty())
            t_baseFamily = font.family();
        font.setFamilies(code == u"ja"_s ? QStringList{japaneseFont}
                                         : QStringList{t_baseFamily, japaneseFont});
        QApplication::setFont(font);
    }
}

QString current()
{
    return t_current;
}

} // namespace Soudan::Language
