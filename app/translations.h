#pragma once

// Translations puts Ondes's interface in English (the source strings) or French: it installs the
// translators compiled into the binary (:/i18n) and Qt's own, and sets the default QLocale to
// match.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ondes {

class Translations
{
public:
    // The languages Ondes speaks, as ISO 639-1 codes; the first is the source language.
    static QStringList available();

    // The language to ask install() for: the ONDES_LANGUAGE environment variable when set (a
    // session override for screenshots and tests), otherwise the ui/language setting.
    static QString preferred(const QString& setting);

    // language: "en", "fr", or "" to follow the system's UI languages. Replaces the translators
    // a previous call installed. Returns the language now in use.
    static QString install(QCoreApplication& app, const QString& language);
};

} // namespace ondes
