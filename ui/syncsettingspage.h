#pragma once

// SyncSettingsPage (Settings ▸ Sync): the service (a gpodder.net-API server or Nextcloud GPodder
// Sync), the server's address, the user, the password or app password — kept in the system
// keyring (SecretStore), never in the settings file; without a keyring it can be kept for this
// session only — this computer's name on the server, and plain HTTP allowed for a server other
// than this computer. "Log In" checks the user and password with the server without waiting;
// "Sync Now" syncs with the saved settings. Both answer in the page's status line.

#include "settingspage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ondes {

class Settings;
class SyncLoginCheck;
class SyncSchedule;
struct SyncReport;

class SyncSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    SyncSettingsPage(Settings& settings, SyncSchedule& schedule, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    void save() override;

    QComboBox* serviceBox() const { return m_service; }
    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* sessionOnlyBox() const { return m_sessionOnly; }
    QLineEdit* deviceEdit() const { return m_device; }
    QCheckBox* plainHttpBox() const { return m_plainHttp; }
    QPushButton* logInButton() const { return m_logIn; }
    QPushButton* syncNowButton() const { return m_syncNow; }
    QString status() const;

Q_SIGNALS:
    // The answer of Log In is in status().
    void loginChecked(bool accepted);

private:
    QString selectedService() const;
    void followService();
    void followServer();
    void savePassword();
    void checkLogin();
    void showReport(const ondes::SyncReport& report);

    Settings& m_settings;
    SyncSchedule& m_schedule;
    SyncLoginCheck* m_check;
    QComboBox* m_service;
    QLineEdit* m_server;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QCheckBox* m_sessionOnly;
    QLineEdit* m_device;
    QCheckBox* m_plainHttp;
    QPushButton* m_logIn;
    QPushButton* m_syncNow;
    QLabel* m_status;
    bool m_syncAsked = false;
};

} // namespace ondes
