#pragma once

// DiscoverySettingsPage: which podcast directories Ondes may ask when the listener searches
// (each one sees the words searched), the country of their charts, and the Podcast Index key
// and secret, which go to the system keyring (SecretStore), never to the settings file. Without
// a keyring they can be kept for this session only.

#include "settingspage.h"

#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace ondes {

class Settings;

class DiscoverySettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit DiscoverySettingsPage(Settings& settings, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    void save() override;

    QCheckBox* providerBox(const QString& id) const { return m_providers.value(id); }
    QLineEdit* countryEdit() const { return m_country; }
    QLineEdit* keyEdit() const { return m_key; }
    QLineEdit* secretEdit() const { return m_secret; }
    QCheckBox* sessionOnlyBox() const { return m_sessionOnly; }
    QString keyStatus() const;

    // The keyring names of the Podcast Index credentials.
    static QString keyName();
    static QString secretName();

private:
    void saveKey();
    // Says which key the keyring keeps (read asynchronously, shown in keyStatus()).
    void showStoredKey();

    Settings& m_settings;
    QMap<QString, QCheckBox*> m_providers;
    QLineEdit* m_country;
    QLineEdit* m_key;
    QLineEdit* m_secret;
    QCheckBox* m_sessionOnly;
    QLabel* m_keyStatus;
};

} // namespace ondes
