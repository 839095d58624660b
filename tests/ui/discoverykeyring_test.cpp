// Settings ▸ Discovery with a real keyring (the test's own GNOME Keyring on a private bus): the
// Podcast Index key and secret go to the keyring, not to the settings file, and the page says
// which key is kept when it is opened again.

#include "discoverysettingspage.h"
#include "library/settings.h"
#include "secrets/secretstore.h"
#include "support/skiporfail.h"
#include "support/testkeyring.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(DiscoveryKeyring, TheKeyGoesToTheKeyringAndIsReadBackOnReopen)
{
    test::TestKeyring keyring;
    if (!keyring.startSecretService())
        ONDES_SKIP_OR_FAIL(keyring.failure().toStdString());
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/ondes.conf");
    {
        Settings settings(path);
        DiscoverySettingsPage page(settings);
        page.keyEdit()->setText(QStringLiteral("PIKEY77"));
        page.secretEdit()->setText(QStringLiteral("Zr8-secret"));
        ASSERT_FALSE(page.sessionOnlyBox()->isChecked());
        ASSERT_TRUE(page.validate().isEmpty());
        page.save();
        EXPECT_EQ(page.keyStatus(),
                  DiscoverySettingsPage::tr("The key is kept in the system keyring."));
        EXPECT_TRUE(page.keyEdit()->text().isEmpty());
        EXPECT_TRUE(page.secretEdit()->text().isEmpty());
        settings.sync();
    }
    SecretStore store;
    const SecretResult secret = store.readNow(DiscoverySettingsPage::secretName());
    ASSERT_TRUE(secret.ok()) << secret.error.toStdString();
    EXPECT_FALSE(secret.sessionOnly);
    EXPECT_EQ(secret.secret, QStringLiteral("Zr8-secret"));
    EXPECT_EQ(store.readNow(DiscoverySettingsPage::keyName()).secret, QStringLiteral("PIKEY77"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_FALSE(text.contains(QStringLiteral("Zr8-secret"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("PIKEY77")));
    EXPECT_TRUE(text.contains(QStringLiteral("podcastindex=true")));

    // Opened again: Podcast Index is on and the page names the key the keyring keeps.
    Settings settings(path);
    DiscoverySettingsPage page(settings);
    EXPECT_TRUE(page.providerBox(QStringLiteral("podcastindex"))->isChecked());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !page.keyStatus().isEmpty(); }, 10000));
    EXPECT_TRUE(page.keyStatus().contains(QStringLiteral("PIKEY77")))
        << page.keyStatus().toStdString();
    EXPECT_TRUE(page.keyStatus().contains(DiscoverySettingsPage::tr("system keyring")));
    // Saving other settings leaves the key as it is.
    page.countryEdit()->setText(QStringLiteral("de"));
    ASSERT_TRUE(page.validate().isEmpty());
    page.save();
    EXPECT_EQ(store.readNow(DiscoverySettingsPage::secretName()).secret,
              QStringLiteral("Zr8-secret"));
    store.removeNow(DiscoverySettingsPage::keyName());
    store.removeNow(DiscoverySettingsPage::secretName());
}

} // namespace
} // namespace ondes
