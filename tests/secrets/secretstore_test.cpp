#include "secrets/secretstore.h"
#include "support/skiporfail.h"
#include "support/testkeyring.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using ondes::SecretResult;
using ondes::SecretStore;
using ondes::test::TestKeyring;

namespace {

using Status = SecretResult::Status;

class SecretStoreTest : public ::testing::Test
{
protected:
    void TearDown() override { SecretStore::forgetForSession(QStringLiteral("sync/password")); }
    TestKeyring keyring;
};

TEST_F(SecretStoreTest, KeepsASecretInTheKeyringAndReadsItBack)
{
    if (!keyring.startSecretService())
        ONDES_SKIP_OR_FAIL(keyring.failure().toStdString());
    SecretStore store;
    EXPECT_EQ(store.readNow(QStringLiteral("sync/password")).status, Status::NotFound);

    const SecretResult written =
        store.writeNow(QStringLiteral("sync/password"), QStringLiteral("pâté & 0x27'"));
    ASSERT_TRUE(written.ok()) << written.error.toStdString();
    const SecretResult read = store.readNow(QStringLiteral("sync/password"));
    ASSERT_TRUE(read.ok()) << read.error.toStdString();
    EXPECT_EQ(read.secret, QStringLiteral("pâté & 0x27'"));
    EXPECT_FALSE(read.sessionOnly);
    // Another key is another secret.
    EXPECT_EQ(store.readNow(QStringLiteral("discovery/podcastindex-secret")).status,
              Status::NotFound);

    EXPECT_TRUE(store.removeNow(QStringLiteral("sync/password")).ok());
    EXPECT_EQ(store.readNow(QStringLiteral("sync/password")).status, Status::NotFound);
    // Removing what is not there is fine.
    EXPECT_TRUE(store.removeNow(QStringLiteral("sync/password")).ok());
}

TEST_F(SecretStoreTest, AnswersLaterAndNotAfterItsContextIsGone)
{
    if (!keyring.startSecretService())
        ONDES_SKIP_OR_FAIL(keyring.failure().toStdString());
    SecretStore store;
    bool written = false;
    QObject context;
    store.write(QStringLiteral("sync/password"), QStringLiteral("s3cret"), &context,
                [&](const SecretResult& result) { written = result.ok(); });
    EXPECT_FALSE(written); // never inside the call
    EXPECT_TRUE(QTest::qWaitFor([&] { return written; }, 10000));

    int answers = 0;
    {
        QObject shortLived;
        store.read(QStringLiteral("sync/password"), &shortLived,
                   [&](const SecretResult&) { ++answers; });
    }
    QString secret;
    store.read(QStringLiteral("sync/password"), &context,
               [&](const SecretResult& result) { secret = result.secret; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return !secret.isEmpty(); }, 10000));
    EXPECT_EQ(secret, QStringLiteral("s3cret"));
    EXPECT_EQ(answers, 0);
    store.removeNow(QStringLiteral("sync/password"));
}

TEST_F(SecretStoreTest, SaysSoWhenThereIsNoKeyringAndKeepsTheSecretForTheSessionOnly)
{
    if (!keyring.busFailure().isEmpty())
        ONDES_SKIP_OR_FAIL(keyring.busFailure().toStdString());
    // The bus runs, but nothing on it keeps secrets.
    SecretStore store;
    const SecretResult written =
        store.writeNow(QStringLiteral("sync/password"), QStringLiteral("s3cret"));
    EXPECT_EQ(written.status, Status::NoKeyring) << written.error.toStdString();
    EXPECT_FALSE(written.error.isEmpty());
    EXPECT_EQ(store.readNow(QStringLiteral("sync/password")).status, Status::NoKeyring);

    SecretStore::keepForSession(QStringLiteral("sync/password"), QStringLiteral("s3cret"));
    const SecretResult read = store.readNow(QStringLiteral("sync/password"));
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.secret, QStringLiteral("s3cret"));
    EXPECT_TRUE(read.sessionOnly);

    EXPECT_NE(store.removeNow(QStringLiteral("sync/password")).status, Status::Ok);
    EXPECT_EQ(store.readNow(QStringLiteral("sync/password")).status, Status::NoKeyring);
}

} // namespace
