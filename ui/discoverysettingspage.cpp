#include "discoverysettingspage.h"

#include "discovery/directorysearch.h"
#include "discovery/podcastindexdirectory.h"
#include "library/settings.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace ondes {

DiscoverySettingsPage::DiscoverySettingsPage(Settings& settings, QWidget* parent)
    : SettingsPage(parent), m_settings(settings), m_country(new QLineEdit(this)),
      m_key(new QLineEdit(this)), m_secret(new QLineEdit(this)),
      m_sessionOnly(new QCheckBox(tr("Keep the key for this session &only"), this)),
      m_keyStatus(new QLabel(this))
{
    auto* form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const QList<QPair<QString, QString>> providers{
        {QStringLiteral("apple"), tr("Search &Apple Podcasts")},
        {QStringLiteral("podcastindex"), tr("Search &Podcast Index (needs a free key)")},
        {QStringLiteral("gpodder"), tr("Search &gpodder.net")},
        {QStringLiteral("fyyd"), tr("Search &fyyd")}};
    for (const auto& [id, label] : providers) {
        auto* box = new QCheckBox(label, this);
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        m_providers.insert(id, box);
        form->addRow(box);
    }
    addNote(form, tr("A directory sees the words you search for. Directories are asked only "
                     "when you search or preview, and only those ticked here."));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(DirectorySearch::systemCountry());
    addRow(form, tr("&Country of top shows:"), m_country);
    addRow(form, tr("Podcast Index API &key:"), m_key);
    m_secret->setEchoMode(QLineEdit::Password);
    addRow(form, tr("Podcast Index API &secret:"), m_secret);
    m_key->setPlaceholderText(tr("unchanged"));
    m_secret->setPlaceholderText(tr("unchanged"));
    form->addRow(m_sessionOnly);
    addNote(form, tr("The key and secret are kept in the system keyring (GNOME Keyring, KWallet "
                     "or KeePassXC), never in the settings file. Without a keyring they can be "
                     "kept in memory until Ondes quits: tick the box above."));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);
    form->addRow(m_keyStatus);
    load();
}

QString DiscoverySettingsPage::title() const
{
    return tr("Discovery");
}

QString DiscoverySettingsPage::keyName()
{
    return PodcastIndexDirectory::keyName();
}

QString DiscoverySettingsPage::secretName()
{
    return PodcastIndexDirectory::secretName();
}

QString DiscoverySettingsPage::keyStatus() const
{
    return m_keyStatus->text();
}

void DiscoverySettingsPage::load()
{
    for (auto it = m_providers.begin(); it != m_providers.end(); ++it)
        it.value()->setChecked(m_settings.discoveryProviderEnabled(it.key()));
    m_country->setText(m_settings.discoveryCountry());
    m_key->clear();
    m_secret->clear();
    showStoredKey();
}

void DiscoverySettingsPage::showStoredKey()
{
    // The keyring is asked only when Podcast Index is on (it may ask to be unlocked).
    if (!m_settings.discoveryProviderEnabled(QStringLiteral("podcastindex")))
        return;
    auto* secrets = new SecretStore(this);
    secrets->read(keyName(), this, [this, secrets](const SecretResult& key) {
        secrets->deleteLater();
        if (!key.ok() || !m_keyStatus->text().isEmpty())
            return; // none kept, or a newer status (a key just saved) says more
        m_keyStatus->setText(
            key.sessionOnly
                ? tr("Podcast Index key %1 is kept for this session only.").arg(key.secret)
                : tr("Podcast Index key %1 and its secret are kept in the "
                     "system keyring.")
                      .arg(key.secret));
    });
}

QString DiscoverySettingsPage::validate()
{
    const QString country = m_country->text().trimmed();
    const bool letters =
        country.size() == 2 && country.at(0).isLetter() && country.at(1).isLetter();
    if (!country.isEmpty() && !letters) {
        setInvalidControl(m_country);
        return tr("The country is two letters, such as fr or us (or empty for the system's).");
    }
    if (m_key->text().trimmed().isEmpty() != m_secret->text().trimmed().isEmpty()) {
        setInvalidControl(m_key->text().trimmed().isEmpty() ? m_key : m_secret);
        return tr("Podcast Index needs both the key and the secret.");
    }
    return {};
}

void DiscoverySettingsPage::save()
{
    for (auto it = m_providers.begin(); it != m_providers.end(); ++it) {
        if (it.value()->isChecked() != m_settings.discoveryProviderEnabled(it.key()))
            m_settings.setDiscoveryProviderEnabled(it.key(), it.value()->isChecked());
    }
    if (m_country->text().trimmed().toLower() != m_settings.discoveryCountry())
        m_settings.setDiscoveryCountry(m_country->text());
    if (!m_key->text().trimmed().isEmpty())
        saveKey();
}

void DiscoverySettingsPage::saveKey()
{
    const QString key = m_key->text().trimmed();
    const QString secret = m_secret->text().trimmed();
    if (m_sessionOnly->isChecked()) {
        SecretStore::keepForSession(keyName(), key);
        SecretStore::keepForSession(secretName(), secret);
        m_keyStatus->setText(tr("The key is kept for this session only."));
    } else {
        SecretStore store;
        const SecretResult written = store.writeNow(keyName(), key);
        if (!written.ok()) {
            m_keyStatus->setText(
                written.status == SecretResult::Status::NoKeyring
                    ? tr("There is no keyring to keep the key in: %1 Tick “Keep the key for this "
                         "session only” to use it until Ondes quits.")
                          .arg(written.error)
                    : tr("The keyring did not keep the key: %1").arg(written.error));
            return;
        }
        const SecretResult writtenSecret = store.writeNow(secretName(), secret);
        if (!writtenSecret.ok()) {
            m_keyStatus->setText(
                tr("The keyring did not keep the key: %1").arg(writtenSecret.error));
            return;
        }
        m_keyStatus->setText(tr("The key is kept in the system keyring."));
    }
    // A key just given is meant to be used.
    m_settings.setDiscoveryProviderEnabled(QStringLiteral("podcastindex"), true);
    m_providers.value(QStringLiteral("podcastindex"))->setChecked(true);
    m_key->clear();
    m_secret->clear();
}

} // namespace ondes
