#include "ui/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace leadbox {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale);
    }
    // English plural forms ("1 lead", "2 leads") come from leadbox_en; the user's language goes
    // on top of it, so a string it lacks still reads well.
    auto* english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/leadbox_en.qm"))) {
        QCoreApplication::installTranslator(english);
    } else {
        delete english;
    }
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("leadbox"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return locale.name();
}

} // namespace leadbox
