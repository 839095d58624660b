// Hostile XML: external entities (XXE) and entity bombs in feeds and OPML files. No local file
// is opened, no network request is made, memory and time stay bounded, and what comes out is a
// readable refusal or a harmless document. The parsers' own unit tests (tests/feed/
// feedparser_test.cpp, opml_test.cpp) check the parsed values; these check the process.

#include "feed/feedjson.h"
#include "feed/feedparser.h"
#include "feed/opml.h"
#include "hardening/hostileinput.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::FileAccessWatch;
using test::Route;

const QByteArray secretMarker = "ONDES-SECRET-7f3a9c";

// A secret file and a DTD that defines an entity holding the secret, in a temporary folder,
// watched for any open.
class SecretFiles
{
public:
    SecretFiles()
    {
        write(QStringLiteral("secret.txt"), secretMarker + "\n");
        write(QStringLiteral("evil.dtd"), "<!ENTITY leak \"" + secretMarker +
                                              "\">\n"
                                              "<!ENTITY % nested SYSTEM \"" +
                                              fileUrl("secret.txt") + "\">\n");
        m_secretWatch = std::make_unique<FileAccessWatch>(path("secret.txt"));
        m_dtdWatch = std::make_unique<FileAccessWatch>(path("evil.dtd"));
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }
    QByteArray fileUrl(const char* name) const
    {
        return QUrl::fromLocalFile(path(name)).toEncoded();
    }
    bool isWatching() const { return m_secretWatch->isWatching() && m_dtdWatch->isWatching(); }
    int accesses() { return m_secretWatch->accesses() + m_dtdWatch->accesses(); }
    // Reads the secret as a parser would: the watch must see it (else it proves nothing).
    bool watchSeesAReader()
    {
        QFile file(path("secret.txt"));
        return file.open(QIODevice::ReadOnly) && !file.readAll().isEmpty() && accesses() > 0;
    }

private:
    void write(const QString& name, const QByteArray& bytes)
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<FileAccessWatch> m_secretWatch;
    std::unique_ptr<FileAccessWatch> m_dtdWatch;
};

// Every way XML has to pull in something from outside: an external DTD, external general and
// parameter entities, XInclude, each from a file and from the network. rootName is "rss" or
// "opml"; body goes after the prolog and uses &file; &net; &leak; &nested;.
QByteArray externalEntities(SecretFiles& files, const test::TestHttpServer& server,
                            const char* rootName, const QByteArray& body)
{
    const QByteArray net = server.url(QStringLiteral("/xxe")).toEncoded();
    const QByteArray dtd = server.url(QStringLiteral("/evil.dtd")).toEncoded();
    return "<?xml version=\"1.0\"?>\n<!DOCTYPE " + QByteArray(rootName) + " SYSTEM \"" +
           files.fileUrl("evil.dtd") +
           "\" [\n"
           "  <!ENTITY file SYSTEM \"" +
           files.fileUrl("secret.txt") +
           "\">\n"
           "  <!ENTITY net SYSTEM \"" +
           net +
           "\">\n"
           "  <!ENTITY % local SYSTEM \"" +
           files.fileUrl("evil.dtd") +
           "\">\n"
           "  %local;\n"
           "  <!ENTITY % remote SYSTEM \"" +
           dtd +
           "\">\n"
           "  %remote;\n"
           "]>\n" +
           body;
}

QByteArray xxeFeed(SecretFiles& files, const test::TestHttpServer& server)
{
    return externalEntities(
        files, server, "rss",
        "<rss version=\"2.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><channel>"
        "<title>Show &file; &net; &leak;</title><description>&nested; <xi:include href=\"" +
            files.fileUrl("secret.txt") +
            "\" parse=\"text\"/></description>"
            "<item><title>One &file;</title><guid>g1</guid><description>&leak;</description>"
            "<enclosure url=\"https://a.example/&file;.mp3\" type=\"audio/mpeg\" length=\"1\"/>"
            "</item></channel></rss>");
}

// A billion laughs (10^9 "lol") in element content and in an attribute value.
QByteArray laughs(const char* rootName, const QByteArray& body)
{
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + QByteArray(rootName) +
                      " [\n <!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        bomb += " <!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            bomb += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        bomb += "\">\n";
    }
    return bomb + "]>\n" + body;
}

// One 60 KB entity referenced 40,000 times: 2.4 GB once expanded.
QByteArray quadratic(const char* rootName, const QByteArray& open, const QByteArray& close)
{
    QByteArray bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE " + QByteArray(rootName) +
                      " [<!ENTITY a \"" + QByteArray(60000, 'a') + "\">]>\n" + open;
    for (int i = 0; i < 40000; ++i)
        bomb += "&a;";
    return bomb + close;
}

QByteArray feedOutput(const FeedParseResult& result)
{
    return result.ok() ? FeedJson::toJson(*result.feed) : result.error.toUtf8();
}

QByteArray opmlOutput(const OpmlParseResult& result)
{
    return result.ok() ? Opml::write(*result.document) : result.error.toUtf8();
}

class XmlEntitiesTest : public test::SubscriptionFixture
{
protected:
    // Subscribes and waits; the error, or "" when the show was stored.
    QString subscribe(const QString& path)
    {
        QSignalSpy done(&m_subscriber, &Subscriber::subscribed);
        QSignalSpy failed(&m_subscriber, &Subscriber::failed);
        m_subscriber.subscribe(m_server.url(path).toString());
        EXPECT_TRUE(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000));
        return failed.isEmpty() ? QString() : failed.first().at(1).toString();
    }
    // Everything the library holds, as one text.
    QString libraryText()
    {
        QString text;
        for (const ShowRow& show : m_library.shows()) {
            text += show.title + show.description + show.link + show.lastError;
            for (const EpisodeRow& episode : m_library.episodes(show.id))
                text += episode.title + episode.description + episode.descriptionHtml +
                        episode.enclosureUrl + episode.link;
        }
        return text;
    }

    Subscriber m_subscriber{m_http, m_library, m_workers};
};

TEST_F(XmlEntitiesTest, FeedNeverReadsAFileOrTheNetworkForAnEntity)
{
    SecretFiles files;
    ASSERT_TRUE(files.isWatching());
    m_server.setRoute(QStringLiteral("/xxe"), Route::text(secretMarker));
    m_server.setRoute(QStringLiteral("/evil.dtd"),
                      Route::text("<!ENTITY leak \"" + secretMarker + "\">"));
    const QByteArray feed = xxeFeed(files, m_server);

    const FeedParseResult whole = FeedParser::parse(feed);
    EXPECT_FALSE(feedOutput(whole).contains(secretMarker));
    // Streamed in small chunks, as the network delivers it.
    FeedParser streamed;
    for (qsizetype i = 0; i < feed.size(); i += 7)
        streamed.addData(QByteArrayView(feed).sliced(i, qMin<qsizetype>(7, feed.size() - i)));
    EXPECT_FALSE(feedOutput(streamed.finish()).contains(secretMarker));

    // Through the whole subscription: fetched, parsed on a worker, stored.
    m_server.setRoute(QStringLiteral("/feed.xml"), Route::text(feed, "application/rss+xml"));
    const QString error = subscribe(QStringLiteral("/feed.xml"));
    EXPECT_FALSE(error.contains(QLatin1String(secretMarker))) << qPrintable(error);
    EXPECT_FALSE(libraryText().contains(QLatin1String(secretMarker)));

    EXPECT_EQ(files.accesses(), 0) << "the secret file or the DTD was opened";
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/xxe")), 0);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/evil.dtd")), 0);
    EXPECT_EQ(m_server.requests().size(), 1); // the feed itself
    EXPECT_TRUE(files.watchSeesAReader());
}

TEST_F(XmlEntitiesTest, OpmlNeverReadsAFileOrTheNetworkForAnEntity)
{
    SecretFiles files;
    ASSERT_TRUE(files.isWatching());
    m_server.setRoute(QStringLiteral("/xxe"), Route::text(secretMarker));
    const QByteArray opml = externalEntities(
        files, m_server, "opml",
        "<opml version=\"2.0\"><head><title>T &file; &net; &leak;</title></head><body>"
        "<outline text=\"&file;\" title=\"&net; &nested;\" xmlUrl=\"https://a.example/&file;\"/>"
        "<outline text=\"&leak;\" xmlUrl=\"https://b.example/rss\"/></body></opml>");
    const OpmlParseResult result = Opml::parse(opml);
    EXPECT_FALSE(opmlOutput(result).contains(secretMarker));
    EXPECT_EQ(files.accesses(), 0) << "the secret file or the DTD was opened";
    EXPECT_EQ(m_server.requests().size(), 0);
    EXPECT_TRUE(files.watchSeesAReader());
}

TEST_F(XmlEntitiesTest, FeedEntityBombsAreRefusedInBoundedTimeAndMemory)
{
    const QList<QByteArray> bombs = {
        laughs("rss", "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>"),
        laughs("rss", "<rss version=\"2.0\"><channel><title>t</title><item><guid>g</guid>"
                      "<enclosure url=\"https://a.example/&lol9;.mp3\" type=\"audio/mpeg\"/>"
                      "</item></channel></rss>"),
        quadratic("rss", "<rss version=\"2.0\"><channel><title>", "</title></channel></rss>"),
    };
    const qint64 peakBefore = test::peakResidentBytes();
    for (const QByteArray& bomb : bombs) {
        QElapsedTimer timer;
        timer.start();
        const FeedParseResult result = FeedParser::parse(bomb);
        EXPECT_LT(timer.elapsed(), 5000 * test::sanitizerSlowdown);
        ASSERT_FALSE(result.ok()) << "an entity bomb was accepted";
        EXPECT_TRUE(result.error.contains(QLatin1String("entit"))) << qPrintable(result.error);
    }
    EXPECT_LT(test::peakResidentBytes() - peakBefore, 256LL * 1024 * 1024);

    // The user sees why the subscription failed, and nothing is stored.
    m_server.setRoute(QStringLiteral("/bomb.xml"), Route::text(bombs.first(), "text/xml"));
    const QString error = subscribe(QStringLiteral("/bomb.xml"));
    EXPECT_TRUE(error.contains(QLatin1String("entit"))) << qPrintable(error);
    EXPECT_TRUE(m_library.shows().isEmpty());
}

TEST_F(XmlEntitiesTest, OpmlEntityBombsStayBoundedInTimeAndMemory)
{
    const QList<QByteArray> bombs = {
        laughs("opml", "<opml version=\"2.0\"><head><title>&lol9;</title></head><body>"
                       "<outline text=\"a\" xmlUrl=\"https://a.example/rss\"/></body></opml>"),
        laughs("opml", "<opml version=\"2.0\"><body><outline text=\"&lol9;\" "
                       "xmlUrl=\"https://a.example/&lol9;\"/></body></opml>"),
        quadratic("opml",
                  "<opml version=\"2.0\"><body><outline xmlUrl=\"https://a.example/rss\" "
                  "text=\"",
                  "\"/></body></opml>"),
    };
    const qint64 peakBefore = test::peakResidentBytes();
    for (const QByteArray& bomb : bombs) {
        QElapsedTimer timer;
        timer.start();
        const OpmlParseResult result = Opml::parse(bomb);
        EXPECT_LT(timer.elapsed(), 5000 * test::sanitizerSlowdown);
        if (result.ok()) {
            EXPECT_LT(Opml::write(*result.document).size(), 1024 * 1024);
        } else {
            EXPECT_FALSE(result.error.isEmpty());
        }
    }
    EXPECT_LT(test::peakResidentBytes() - peakBefore, 256LL * 1024 * 1024);
}

} // namespace
} // namespace ondes
