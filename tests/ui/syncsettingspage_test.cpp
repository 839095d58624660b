// Settings ▸ Sync: where the password goes (the keyring, or this session's memory, never the
// settings file), which servers are accepted, and Log In / Sync Now against the loopback
// gpodder.net-API server.

#include "application.h"
#include "library/settings.h"
#include "secrets/secretstore.h"
#include "support/skiporfail.h"
#include "support/syncserverprocess.h"
#include "support/testdatadir.h"
#include "support/testkeyring.h"
#include "syncschedule.h"
#include "syncsettingspage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// Unlike any other word in the files it is checked against.
const QString kPassword = QStringLiteral("Zq8-pw-7Lx");

class SyncSettingsPageTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_app.start()) << m_app.errorString().toStdString(); }
    void TearDown() override { SecretStore::forgetForSession(SyncSchedule::passwordKey()); }

    void fill(const QString& server, const QString& password = kPassword)
    {
        m_page.serviceBox()->setCurrentIndex(
            m_page.serviceBox()->findData(QStringLiteral("gpodder")));
        m_page.serverEdit()->setText(server);
        m_page.userEdit()->setText(QStringLiteral("alice"));
        m_page.passwordEdit()->setText(password);
        m_page.deviceEdit()->setText(QStringLiteral("Desk"));
    }
    QString settingsText()
    {
        m_app.settings().sync();
        QFile file(m_app.paths().settingsPath());
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    test::TestKeyring m_keyring; // before anything reads a secret
    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
    SyncSettingsPage m_page{m_app.settings(), m_app.syncSchedule()};
};

TEST_F(SyncSettingsPageTest, OffByDefaultAndTheFieldsFollowTheService)
{
    EXPECT_EQ(m_page.serviceBox()->currentData().toString(), QString());
    EXPECT_FALSE(m_page.serverEdit()->isEnabled());
    EXPECT_TRUE(m_page.validate().isEmpty());
    fill(QStringLiteral("https://sync.example.org"));
    EXPECT_TRUE(m_page.serverEdit()->isEnabled());
    m_page.serviceBox()->setCurrentIndex(
        m_page.serviceBox()->findData(QStringLiteral("nextcloud")));
    EXPECT_EQ(m_page.passwordEdit()->accessibleName(), QStringLiteral("App password"));
}

TEST_F(SyncSettingsPageTest, PlainHttpOnlyWhereAskedAndOnlyForAnotherComputer)
{
    fill(QStringLiteral("http://sync.example.org"));
    EXPECT_TRUE(m_page.plainHttpBox()->isEnabled());
    EXPECT_TRUE(m_page.validate().contains(QStringLiteral("plain HTTP")));
    EXPECT_EQ(m_page.invalidControl(), m_page.serverEdit());
    m_page.plainHttpBox()->setChecked(true);
    EXPECT_EQ(m_page.validate(), QString());

    m_page.serverEdit()->setText(QStringLiteral("http://127.0.0.1:8080"));
    EXPECT_FALSE(m_page.plainHttpBox()->isEnabled()); // this computer: no need
    EXPECT_EQ(m_page.validate(), QString());
    m_page.serverEdit()->setText(QStringLiteral("https://sync.example.org"));
    EXPECT_FALSE(m_page.plainHttpBox()->isEnabled());
    m_page.save();
    EXPECT_FALSE(m_app.settings().syncSettings().allowPlainHttp);

    m_page.serverEdit()->setText(QStringLiteral("ftp://sync.example.org"));
    EXPECT_TRUE(m_page.validate().contains(QStringLiteral("https://")));
    m_page.serverEdit()->setText(QStringLiteral("https://sync.example.org"));
    m_page.userEdit()->clear();
    EXPECT_TRUE(m_page.validate().contains(QStringLiteral("user name")));
    EXPECT_EQ(m_page.invalidControl(), m_page.userEdit());
}

TEST_F(SyncSettingsPageTest, ThePasswordGoesToTheKeyringNeverToTheSettingsFile)
{
    if (!m_keyring.startSecretService())
        ONDES_SKIP_OR_FAIL(m_keyring.failure().toStdString());
    fill(QStringLiteral("https://sync.example.org"));
    ASSERT_EQ(m_page.validate(), QString());
    m_page.save();
    EXPECT_EQ(m_page.status(), QStringLiteral("The password is kept in the system keyring."));
    EXPECT_TRUE(m_page.passwordEdit()->text().isEmpty());

    const SecretResult kept = SecretStore().readNow(SyncSchedule::passwordKey());
    ASSERT_TRUE(kept.ok()) << kept.error.toStdString();
    EXPECT_EQ(kept.secret, kPassword);
    EXPECT_FALSE(kept.sessionOnly);
    const SyncSettings saved = m_app.settings().syncSettings();
    EXPECT_EQ(saved.service, QStringLiteral("gpodder"));
    EXPECT_EQ(saved.server, QStringLiteral("https://sync.example.org"));
    EXPECT_EQ(saved.user, QStringLiteral("alice"));
    EXPECT_EQ(saved.deviceName, QStringLiteral("Desk"));
    const QString text = settingsText();
    EXPECT_TRUE(text.contains(QStringLiteral("sync.example.org"))) << text.toStdString();
    EXPECT_FALSE(text.contains(kPassword)) << text.toStdString();

    // Loaded again, the field stays empty ("unchanged") and saving keeps the password.
    m_page.load();
    EXPECT_TRUE(m_page.passwordEdit()->text().isEmpty());
    m_page.save();
    EXPECT_EQ(SecretStore().readNow(SyncSchedule::passwordKey()).secret, kPassword);
    SecretStore().removeNow(SyncSchedule::passwordKey());
}

TEST_F(SyncSettingsPageTest, WithoutAKeyringThePasswordIsKeptForTheSessionAndSyncUsesIt)
{
    if (!m_keyring.busFailure().isEmpty())
        ONDES_SKIP_OR_FAIL(m_keyring.busFailure().toStdString());
    test::SyncServerProcess server;
    ASSERT_TRUE(server.start({QStringLiteral("alice:") + kPassword}))
        << server.error().toStdString();
    fill(server.url().toString());
    m_page.save();
    // The bus runs but nothing on it keeps secrets: the page says so and keeps the password typed.
    EXPECT_TRUE(m_page.status().contains(QStringLiteral("no keyring")))
        << m_page.status().toStdString();
    EXPECT_EQ(m_page.passwordEdit()->text(), kPassword);

    m_page.sessionOnlyBox()->setChecked(true);
    m_page.save();
    EXPECT_EQ(m_page.status(), QStringLiteral("The password is kept for this session only."));
    const SecretResult kept = SecretStore().readNow(SyncSchedule::passwordKey());
    ASSERT_TRUE(kept.ok()) << kept.error.toStdString();
    EXPECT_TRUE(kept.sessionOnly);
    EXPECT_FALSE(settingsText().contains(kPassword));

    // The running program syncs with it.
    QSignalSpy finished(&m_app.syncSchedule(), &SyncSchedule::finished);
    QTest::mouseClick(m_page.syncNowButton(), Qt::LeftButton);
    ASSERT_TRUE(finished.wait(30000));
    const auto report = finished.first().first().value<SyncReport>();
    EXPECT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_TRUE(m_page.status().startsWith(QStringLiteral("Synced")))
        << m_page.status().toStdString();
}

TEST_F(SyncSettingsPageTest, LogInAsksTheServerWithoutWaiting)
{
    test::SyncServerProcess server;
    ASSERT_TRUE(server.start({QStringLiteral("alice:") + kPassword}))
        << server.error().toStdString();
    QSignalSpy checked(&m_page, &SyncSettingsPage::loginChecked);
    fill(server.url().toString(), QStringLiteral("wrong"));
    QTest::mouseClick(m_page.logInButton(), Qt::LeftButton);
    EXPECT_TRUE(checked.isEmpty()); // the answer comes later
    EXPECT_FALSE(m_page.logInButton()->isEnabled());
    ASSERT_TRUE(checked.wait(30000));
    EXPECT_FALSE(checked.first().first().toBool());
    EXPECT_TRUE(m_page.status().contains(QStringLiteral("401"))) << m_page.status().toStdString();
    EXPECT_TRUE(m_page.logInButton()->isEnabled());

    m_page.passwordEdit()->setText(kPassword);
    QTest::mouseClick(m_page.logInButton(), Qt::LeftButton);
    ASSERT_TRUE(checked.wait(30000));
    EXPECT_TRUE(checked.last().first().toBool()) << m_page.status().toStdString();
    EXPECT_TRUE(m_page.status().startsWith(QStringLiteral("Logged in")));
    // Checking saves nothing.
    EXPECT_EQ(m_app.settings().syncSettings().service, QString());
}

} // namespace
} // namespace ondes
