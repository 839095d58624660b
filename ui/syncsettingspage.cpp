#include "syncsettingspage.h"

#include "library/settings.h"
#include "secrets/secretstore.h"
#include "sync/syncserverpolicy.h"
#include "synclogincheck.h"
#include "syncschedule.h"
#include "syncstatustext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace ondes {

namespace {

const QString kGpodder = QStringLiteral("gpodder");
const QString kNextcloud = QStringLiteral("nextcloud");

QUrl serverUrl(const QLineEdit* edit)
{
    return QUrl(edit->text().trimmed(), QUrl::StrictMode);
}

} // namespace

SyncSettingsPage::SyncSettingsPage(Settings& settings, SyncSchedule& schedule, QWidget* parent)
    : SettingsPage(parent), m_settings(settings), m_schedule(schedule),
      m_check(new SyncLoginCheck(this)), m_service(new QComboBox(this)),
      m_server(new QLineEdit(this)), m_user(new QLineEdit(this)), m_passwordLabel(nullptr),
      m_password(new QLineEdit(this)),
      m_sessionOnly(new QCheckBox(tr("Keep the password for this &session only"), this)),
      m_device(new QLineEdit(this)),
      m_plainHttp(new QCheckBox(tr("Allow plain &HTTP for this server"), this)),
      m_logIn(new QPushButton(tr("&Log In"), this)),
      m_syncNow(new QPushButton(tr("S&ync Now"), this)), m_status(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_service->addItem(tr("Off"), QString());
    m_service->addItem(tr("gpodder.net or a compatible server"), kGpodder);
    m_service->addItem(tr("Nextcloud GPodder Sync"), kNextcloud);
    addRow(form, tr("Ser&vice:"), m_service);
    m_server->setPlaceholderText(QStringLiteral("https://gpodder.net"));
    addRow(form, tr("Se&rver address:"), m_server);
    addRow(form, tr("&User name:"), m_user);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("unchanged"));
    m_passwordLabel = addRow(form, tr("&Password:"), m_password);
    form->addRow(m_sessionOnly);
    addNote(form, tr("The password is kept in the system keyring (GNOME Keyring, KWallet or "
                     "KeePassXC), never in the settings file. Without a keyring it can be kept "
                     "in memory until Ondes quits: tick the box above."));
    m_device->setPlaceholderText(QStringLiteral("Ondes"));
    addRow(form, tr("&Device name:"), m_device);
    form->addRow(m_plainHttp);
    addNote(form, tr("Plain HTTP sends the password and what you listen to unencrypted. It is "
                     "needed only for a server on another computer without https://."));
    auto* buttons = new QWidget(this);
    auto* buttonLayout = new QHBoxLayout(buttons);
    buttonLayout->setContentsMargins(0, 0, 0, 0);
    buttonLayout->addWidget(m_logIn);
    buttonLayout->addWidget(m_syncNow);
    buttonLayout->addStretch(1);
    form->addRow(buttons);
    m_logIn->setToolTip(tr("Checks the user name and password with the server"));
    m_syncNow->setToolTip(tr("Syncs now with the saved settings"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Sync status"));
    form->addRow(m_status);

    connect(m_service, &QComboBox::currentIndexChanged, this, &SyncSettingsPage::followService);
    connect(m_server, &QLineEdit::textChanged, this, &SyncSettingsPage::followServer);
    connect(m_logIn, &QPushButton::clicked, this, &SyncSettingsPage::checkLogin);
    connect(m_check, &SyncLoginCheck::finished, this, [this](const QString& error) {
        m_logIn->setEnabled(true);
        m_status->setText(error.isEmpty()
                              ? tr("Logged in: the server accepts this user name and password.")
                              : tr("Not logged in: %1").arg(error));
        Q_EMIT loginChecked(error.isEmpty());
    });
    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (!m_schedule.isConfigured()) {
            m_status->setText(tr("Sync is not set up yet: choose a service, fill in the server "
                                 "and the user name, then Apply."));
            return;
        }
        m_syncAsked = true;
        m_status->setText(tr("Syncing…"));
        m_schedule.syncNow();
    });
    connect(&m_schedule, &SyncSchedule::finished, this, &SyncSettingsPage::showReport);
    load();
}

QString SyncSettingsPage::title() const
{
    return tr("Sync");
}

QString SyncSettingsPage::status() const
{
    return m_status->text();
}

QString SyncSettingsPage::selectedService() const
{
    return m_service->currentData().toString();
}

void SyncSettingsPage::load()
{
    const SyncSettings sync = m_settings.syncSettings();
    const int index = m_service->findData(sync.service);
    m_service->setCurrentIndex(index < 0 ? 0 : index);
    m_server->setText(sync.server);
    m_user->setText(sync.user);
    m_device->setText(sync.deviceName);
    m_password->clear();
    m_plainHttp->setChecked(sync.allowPlainHttp);
    followService();
    followServer();
}

void SyncSettingsPage::followService()
{
    const QString service = selectedService();
    const bool on = !service.isEmpty();
    for (QWidget* field : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_user),
                           static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_device),
                           static_cast<QWidget*>(m_sessionOnly), static_cast<QWidget*>(m_logIn)})
        field->setEnabled(on);
    m_passwordLabel->setText(service == kNextcloud ? tr("App &password:") : tr("&Password:"));
    m_password->setAccessibleName(service == kNextcloud ? tr("App password") : tr("Password"));
    followServer();
}

void SyncSettingsPage::followServer()
{
    // Only an http:// server elsewhere needs the permission; https and this computer never do.
    const QUrl url = serverUrl(m_server);
    const bool plain = url.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0 &&
                       !url.host().isEmpty() && !syncserverpolicy::isLoopback(url);
    m_plainHttp->setEnabled(!selectedService().isEmpty() && plain);
}

QString SyncSettingsPage::validate()
{
    if (selectedService().isEmpty())
        return {};
    const QUrl url = serverUrl(m_server);
    const QString refusal =
        syncserverpolicy::refusal(url, m_plainHttp->isEnabled() && m_plainHttp->isChecked());
    if (!refusal.isEmpty()) {
        setInvalidControl(m_server);
        return refusal;
    }
    if (m_user->text().trimmed().isEmpty()) {
        setInvalidControl(m_user);
        return tr("Sync needs the user name you have on the server.");
    }
    return {};
}

void SyncSettingsPage::save()
{
    SyncSettings sync = m_settings.syncSettings();
    const SyncSettings before = sync;
    sync.service = selectedService();
    if (!sync.service.isEmpty()) {
        sync.server = m_server->text().trimmed();
        sync.user = m_user->text().trimmed();
        sync.deviceName = m_device->text().trimmed();
        sync.allowPlainHttp = m_plainHttp->isEnabled() && m_plainHttp->isChecked();
    }
    if (sync.service != before.service || sync.server != before.server ||
        sync.user != before.user || sync.deviceName != before.deviceName ||
        sync.allowPlainHttp != before.allowPlainHttp)
        m_settings.setSyncSettings(sync);
    if (!sync.service.isEmpty() && !m_password->text().isEmpty())
        savePassword();
}

void SyncSettingsPage::savePassword()
{
    const QString key = SyncSchedule::passwordKey();
    const QString password = m_password->text();
    if (m_sessionOnly->isChecked()) {
        SecretStore::keepForSession(key, password);
        m_status->setText(tr("The password is kept for this session only."));
        m_password->clear();
        return;
    }
    SecretStore store;
    const SecretResult written = store.writeNow(key, password);
    if (!written.ok()) {
        m_status->setText(written.status == SecretResult::Status::NoKeyring
                              ? tr("There is no keyring to keep the password in: %1 Tick “Keep "
                                   "the password for this session only” to use it until Ondes "
                                   "quits.")
                                    .arg(written.error)
                              : tr("The keyring did not keep the password: %1").arg(written.error));
        return;
    }
    // The keyring's password is the one to use from now on, not one kept for the session.
    SecretStore::forgetForSession(key);
    m_status->setText(tr("The password is kept in the system keyring."));
    m_password->clear();
}

void SyncSettingsPage::checkLogin()
{
    const QString error = validate();
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    SyncRequest request;
    request.service = selectedService();
    const QString device =
        m_device->text().trimmed().isEmpty() ? QStringLiteral("Ondes") : m_device->text().trimmed();
    request.account = SyncAccountInfo{serverUrl(m_server), m_user->text().trimmed(),
                                      m_password->text(), SyncEngine::deviceIdFor(device), device};
    request.allowPlainHttp = m_plainHttp->isEnabled() && m_plainHttp->isChecked();
    m_logIn->setEnabled(false);
    m_status->setText(tr("Checking with the server…"));
    m_check->check(request);
}

void SyncSettingsPage::showReport(const SyncReport& report)
{
    if (!std::exchange(m_syncAsked, false))
        return;
    m_status->setText(SyncStatusText::summary(report));
}

} // namespace ondes
