#include "discoverysettingspage.h"
#include "library/settings.h"
#include "secrets/secretstore.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class DiscoverySettingsPageTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        SecretStore::forgetForSession(DiscoverySettingsPage::keyName());
        SecretStore::forgetForSession(DiscoverySettingsPage::secretName());
    }

    QString settingsText()
    {
        m_settings.sync();
        QFile file(m_dir.path() + QStringLiteral("/ondes.conf"));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QTemporaryDir m_dir;
    Settings m_settings{m_dir.path() + QStringLiteral("/ondes.conf")};
    DiscoverySettingsPage m_page{m_settings};
};

TEST_F(DiscoverySettingsPageTest, KeylessDirectoriesAreOnAndPodcastIndexOff)
{
    EXPECT_TRUE(m_page.providerBox(QStringLiteral("apple"))->isChecked());
    EXPECT_TRUE(m_page.providerBox(QStringLiteral("gpodder"))->isChecked());
    EXPECT_TRUE(m_page.providerBox(QStringLiteral("fyyd"))->isChecked());
    EXPECT_FALSE(m_page.providerBox(QStringLiteral("podcastindex"))->isChecked());
    m_page.providerBox(QStringLiteral("apple"))->setChecked(false);
    m_page.countryEdit()->setText(QStringLiteral("FR"));
    ASSERT_TRUE(m_page.validate().isEmpty());
    m_page.save();
    EXPECT_FALSE(m_settings.discoveryProviderEnabled(QStringLiteral("apple")));
    EXPECT_EQ(m_settings.discoveryCountry(), QStringLiteral("fr"));
}

TEST_F(DiscoverySettingsPageTest, BadValuesAreRefusedWithAReason)
{
    m_page.countryEdit()->setText(QStringLiteral("f1"));
    EXPECT_FALSE(m_page.validate().isEmpty());
    EXPECT_EQ(m_page.invalidControl(), m_page.countryEdit());
    m_page.countryEdit()->clear();
    m_page.keyEdit()->setText(QStringLiteral("KEY"));
    EXPECT_TRUE(m_page.validate().contains(QStringLiteral("both")));
    EXPECT_EQ(m_page.invalidControl(), m_page.secretEdit());
}

TEST_F(DiscoverySettingsPageTest, AKeyForTheSessionIsKeptInMemoryNeverInTheSettingsFile)
{
    m_page.keyEdit()->setText(QStringLiteral("APIKEY123"));
    m_page.secretEdit()->setText(QStringLiteral("s3cr3t-value"));
    m_page.sessionOnlyBox()->setChecked(true);
    ASSERT_TRUE(m_page.validate().isEmpty());
    m_page.save();
    SecretStore store;
    const SecretResult key = store.readNow(DiscoverySettingsPage::keyName());
    ASSERT_TRUE(key.ok()) << key.error.toStdString();
    EXPECT_TRUE(key.sessionOnly);
    EXPECT_EQ(key.secret, QStringLiteral("APIKEY123"));
    EXPECT_EQ(store.readNow(DiscoverySettingsPage::secretName()).secret,
              QStringLiteral("s3cr3t-value"));
    EXPECT_TRUE(m_settings.discoveryProviderEnabled(QStringLiteral("podcastindex")));
    EXPECT_TRUE(m_page.keyEdit()->text().isEmpty());
    const QString text = settingsText();
    EXPECT_FALSE(text.contains(QStringLiteral("APIKEY123")));
    EXPECT_FALSE(text.contains(QStringLiteral("s3cr3t")));
    EXPECT_TRUE(text.contains(QStringLiteral("podcastindex=true"))) << text.toStdString();
}

} // namespace
} // namespace ondes
