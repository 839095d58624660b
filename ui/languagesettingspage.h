#pragma once

// LanguageSettingsPage: the interface language — the system's, English or French. It applies
// the next time Ondes starts.

#include "settingspage.h"

class QComboBox;

namespace ondes {

class Settings;

class LanguageSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit LanguageSettingsPage(Settings& settings, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    void save() override;

    QComboBox* languageBox() const { return m_language; }

private:
    Settings& m_settings;
    QComboBox* m_language;
};

} // namespace ondes
