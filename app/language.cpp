#include "app/language.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Soudan::Language {

QString systemDefault()
{
    const QLocale::Language system = QLocale::system().language();
    if (system == QLocale::Japanese || system == QLocale::C)
        return u"ja"_s;
    return u"en"_s;
}

void applyCore(QCoreApplication &app, const QString &code)
{
    const QLocale locale = code == u"ja"_s ? QLocale(QLocale::Japanese, QLocale::Japan)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *soudan = new QTranslator(&app);
    if (soudan->load(u":/i18n/soudan_"_s + code + u".qm"_s))
        QCoreApplication::installTranslator(soudan);
}

void apply(QApplication &app, const QString &code)
{
    applyCore(app, code);

    // Han characters differ between Japanese and Chinese fonts; prefer the Japanese cut.
    const QString japaneseFont = u"Noto Sans CJK JP"_s;
    if (QFontDatabase::families().contains(japaneseFont)) {
        QFont font = QApplication::font();
        font.setFamilies({font.family(), japaneseFont});
        if (code == u"ja"_s)
            font.setFamilies({japaneseFont});
        QApplication::setFont(font);
    }
}

} // namespace Soudan::Language
