#pragma once

// LibrarySettingsPage: whether every show is refreshed on start, and how often afterwards.

#include "settingspage.h"

class QCheckBox;
class QSpinBox;

namespace ondes {

class Settings;

class LibrarySettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit LibrarySettingsPage(Settings& settings, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    void save() override;

    QCheckBox* refreshOnStartBox() const { return m_onStart; }
    QSpinBox* intervalBox() const { return m_interval; } // hours, 0: never

private:
    Settings& m_settings;
    QCheckBox* m_onStart;
    QSpinBox* m_interval;
};

} // namespace ondes
