#include "translations.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace ondes {

Q_LOGGING_CATEGORY(lcI18n, "ondes.i18n")

namespace {

const QString kSourceLanguage = QStringLiteral("en");
// Names the translators this class installed, so that a second install() can take them back.
const QString kTranslatorName = QStringLiteral("ondes.translator");

// The first of the system's UI languages that Ondes speaks; English when none is.
QString systemLanguage()
{
    const QStringList available = Translations::available();
    for (const QString& uiLanguage : QLocale::system().uiLanguages()) {
        const QString code = uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
        if (available.contains(code))
            return code;
    }
    return kSourceLanguage;
}

void addTranslator(QCoreApplication& app, const QString& fileName)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(fileName)) {
        qCWarning(lcI18n) << "no translation at" << fileName;
        delete translator;
        return;
    }
    QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList Translations::available()
{
    return {kSourceLanguage, QStringLiteral("fr")};
}

QString Translations::preferred(const QString& setting)
{
    const QString session = qEnvironmentVariable("ONDES_LANGUAGE");
    return session.isEmpty() ? setting : session;
}

QString Translations::install(QCoreApplication& app, const QString& language)
{
    const auto previous =
        app.findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    QString chosen = language.section(QLatin1Char('_'), 0, 0).toLower();
    if (!chosen.isEmpty() && !available().contains(chosen)) {
        qCWarning(lcI18n) << "Ondes does not speak" << language << "- following the system";
        chosen.clear();
    }
    const bool followSystem = chosen.isEmpty();
    if (followSystem)
        chosen = systemLanguage();

    // Dates and numbers follow the interface language when the user overrode the system's.
    const QLocale system = QLocale::system();
    if (followSystem || QLocale::languageToCode(system.language()) == chosen)
        QLocale::setDefault(system);
    else
        QLocale::setDefault(QLocale(chosen));

    // Qt's own strings (standard buttons, context menus, key names) come from Debian's
    // qt6-translations-l10n; English, the source language, has only its plural forms.
    if (chosen != kSourceLanguage)
        addTranslator(app, QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                               QStringLiteral("/qtbase_") + chosen + QStringLiteral(".qm"));
    addTranslator(app, QStringLiteral(":/i18n/ondes_") + chosen + QStringLiteral(".qm"));
    qCDebug(lcI18n) << "interface language" << chosen;
    return chosen;
}

} // namespace ondes
