#pragma once

// PrivacySettingsPage: whether episode descriptions may load images from other sites (which
// tells those sites when you read them).

#include "settingspage.h"

class QCheckBox;

namespace ondes {

class Settings;

class PrivacySettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit PrivacySettingsPage(Settings& settings, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    void save() override;

    QCheckBox* remoteImagesBox() const { return m_remoteImages; }

private:
    Settings& m_settings;
    QCheckBox* m_remoteImages;
};

} // namespace ondes
