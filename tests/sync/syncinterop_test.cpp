#include "support/qtprinters.h"
#include "sync/syncjson.h"
#include "syncfixture.h"

#include <QProcess>

namespace ondes::test {
namespace {

const QString kInteropShow = QStringLiteral("https://podcasts.example/feed.xml");

class SyncInteropTest : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        startServer();
    }
    // gPodder's client library (python3-mygpoclient), as another device of the same user.
    QStringList mygpo(const QStringList& arguments)
    {
        QProcess python;
        python.start(
            SyncServerProcess::python(),
            QStringList{QStringLiteral("-B"),
                        SyncServerProcess::scriptDir() + QStringLiteral("/mygpo_interop.py"),
                        QString::number(m_server.port()), QStringLiteral("alice"),
                        QStringLiteral("secret")} +
                arguments);
        EXPECT_TRUE(python.waitForFinished(60000));
        EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        return QString::fromUtf8(python.readAllStandardOutput())
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    SyncEngine m_engine{m_library};
};

TEST_F(SyncInteropTest, GpodderClientLibraryReadsWhatOndesSentAndOndesAppliesWhatItSent)
{
    addShow(kInteropShow, {QStringLiteral("e1"), QStringLiteral("e2")});
    // Stopped at 23:41.
    ASSERT_TRUE(m_library.savePosition(episodeId(QStringLiteral("e1")), (23 * 60 + 41) * 1000));
    ASSERT_TRUE(runSync(m_engine, request()).ok());

    EXPECT_EQ(mygpo({QStringLiteral("read"), kInteropShow,
                     enclosure(kInteropShow, QStringLiteral("e1"))}),
              (QStringList{QStringLiteral("subscribed"), QStringLiteral("position 1421")}));

    const QString other = QStringLiteral("https://other.example/rss");
    const QString later = syncjson::isoTimestamp(QDateTime::currentSecsSinceEpoch() + 60);
    EXPECT_EQ(mygpo({QStringLiteral("write"), other, kInteropShow,
                     enclosure(kInteropShow, QStringLiteral("e2")), QStringLiteral("600"), later}),
              QStringList{QStringLiteral("written")});
    const SyncReport report = runSync(m_engine, request());
    ASSERT_TRUE(report.ok()) << report.error.toStdString();
    EXPECT_TRUE(m_library.showIdForUrl(other));
    EXPECT_EQ(position(QStringLiteral("e2")), 600000);
    EXPECT_EQ(position(QStringLiteral("e1")), 1421000);
}

} // namespace
} // namespace ondes::test
