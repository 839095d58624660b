// `ondes search --set-podcastindex-key KEY` keeps the key and the secret (read from standard
// input, never an argument) in the keyring — the test's own GNOME Keyring — and not in the
// settings file; a later `ondes search` signs its Podcast Index requests with them.

#include "discovery/podcastindexdirectory.h"
#include "secrets/secretstore.h"
#include "support/directoryanswers.h"
#include "support/ondesprocess.h"
#include "support/skiporfail.h"
#include "support/testhttpserver.h"
#include "support/testkeyring.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class PodcastIndexKeyCommand : public ::testing::Test
{
protected:
    void TearDown() override { qunsetenv("ONDES_DIRECTORY_PODCASTINDEX"); }

    QString settingsText() const
    {
        QFile file(QDir(m_data.path()).filePath(QStringLiteral("config/ondes.conf")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    test::TestKeyring m_keyring;
    QTemporaryDir m_data;
};

// One test: the keyring client of this process keeps the first bus it connects to, so one
// TestKeyring per process.
TEST_F(PodcastIndexKeyCommand, RefusesBadInputThenKeepsTheKeyInTheKeyringAndSearchesSignedWithIt)
{
    if (!m_keyring.startSecretService())
        ONDES_SKIP_OR_FAIL(m_keyring.failure().toStdString());
    // A missing secret, a key of two words, a secret as an argument: refused, nothing stored.
    const test::CommandRun empty =
        test::runOndesWithInput(m_data.path(),
                                {QStringLiteral("search"), QStringLiteral("--set-podcastindex-key"),
                                 QStringLiteral("PIKEY42"), QStringLiteral("--secret-stdin")},
                                "\n");
    EXPECT_EQ(empty.exitCode, 2);
    EXPECT_TRUE(empty.err.contains(QStringLiteral("no secret given"))) << empty.err.toStdString();
    const test::CommandRun spaced =
        test::runOndesWithInput(m_data.path(),
                                {QStringLiteral("search"), QStringLiteral("--set-podcastindex-key"),
                                 QStringLiteral("two words"), QStringLiteral("--secret-stdin")},
                                "secret\n");
    EXPECT_EQ(spaced.exitCode, 2);
    const test::CommandRun secretArgument = test::runOndes(
        m_data.path(), {QStringLiteral("search"), QStringLiteral("--set-podcastindex-key"),
                        QStringLiteral("PIKEY42"), QStringLiteral("s3cr3t")});
    EXPECT_EQ(secretArgument.exitCode, 2); // a secret is never an argument
    EXPECT_TRUE(secretArgument.err.contains(QStringLiteral("usage")));
    SecretStore secrets;
    EXPECT_EQ(secrets.readNow(PodcastIndexDirectory::keyName()).status,
              SecretResult::Status::NotFound);
    EXPECT_FALSE(settingsText().contains(QStringLiteral("podcastindex=true")));

    const test::CommandRun stored =
        test::runOndesWithInput(m_data.path(),
                                {QStringLiteral("search"), QStringLiteral("--set-podcastindex-key"),
                                 QStringLiteral("PIKEY42"), QStringLiteral("--secret-stdin")},
                                "s3cr3t-Vx9\n");
    ASSERT_EQ(stored.exitCode, 0) << stored.err.toStdString();
    EXPECT_TRUE(stored.out.contains(QStringLiteral("keyring"))) << stored.out.toStdString();

    EXPECT_EQ(secrets.readNow(PodcastIndexDirectory::keyName()).secret, QStringLiteral("PIKEY42"));
    const SecretResult secret = secrets.readNow(PodcastIndexDirectory::secretName());
    ASSERT_TRUE(secret.ok()) << secret.error.toStdString();
    EXPECT_FALSE(secret.sessionOnly);
    EXPECT_EQ(secret.secret, QStringLiteral("s3cr3t-Vx9"));
    const QString settings = settingsText();
    EXPECT_FALSE(settings.contains(QStringLiteral("s3cr3t"))) << settings.toStdString();
    EXPECT_FALSE(settings.contains(QStringLiteral("PIKEY42")));
    EXPECT_TRUE(settings.contains(QStringLiteral("podcastindex=true"))) << settings.toStdString();

    // The next search asks Podcast Index, signed with what the keyring keeps.
    test::TestHttpServer index;
    const auto entries = test::directoryEntries(1, QStringLiteral("Signed"),
                                                QStringLiteral("https://feeds.example"));
    index.setRoute(
        QStringLiteral("/api/1.0/search/byterm"),
        test::podcastIndexSigned(
            QStringLiteral("PIKEY42"), QStringLiteral("s3cr3t-Vx9"),
            test::Route::text(test::podcastIndexFeedsAnswer(entries), "application/json")));
    qputenv("ONDES_DIRECTORY_PODCASTINDEX", index.url(QString()).toString().toUtf8());
    const test::CommandRun search = test::runOndes(
        m_data.path(), {QStringLiteral("search"), QStringLiteral("signed"),
                        QStringLiteral("--provider"), QStringLiteral("podcastindex")});
    ASSERT_EQ(search.exitCode, 0) << search.err.toStdString();
    EXPECT_TRUE(search.out.startsWith(QStringLiteral("https://feeds.example/feed/1.xml\tSigned 1")))
        << search.out.toStdString();

    const test::CommandRun forgotten = test::runOndes(
        m_data.path(), {QStringLiteral("search"), QStringLiteral("--forget-podcastindex-key")});
    ASSERT_EQ(forgotten.exitCode, 0) << forgotten.err.toStdString();
    EXPECT_EQ(secrets.readNow(PodcastIndexDirectory::secretName()).status,
              SecretResult::Status::NotFound);
}

} // namespace
} // namespace ondes
