// Hostile servers, seen from where the listener is: subscribing to an endless or a 2 GB
// "feed", to a server that lies about Content-Length, to a redirect loop or to a server whose
// certificate is not trusted ends with one readable message and nothing stored. HttpClient's
// own tests (tests/net/httpclient_test.cpp: RefusesDocumentsOverTheSizeLimit, BoundsRedirects,
// ReportsTlsErrorsAndNeverIgnoresThem) check the client's messages; these check that the
// subscription reports them and that a lying server cannot get a broken feed stored.

#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionfixture.h"
#include "support/skiporfail.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::Route;

class HostileServerTest : public test::SubscriptionFixture
{
protected:
    // Subscribes and waits; the error, or "" when the show was stored.
    QString subscribe(const QUrl& url)
    {
        QSignalSpy done(&m_subscriber, &Subscriber::subscribed);
        QSignalSpy failed(&m_subscriber, &Subscriber::failed);
        m_subscriber.subscribe(url.toString());
        EXPECT_TRUE(QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 60000));
        return failed.isEmpty() ? QString() : failed.first().at(1).toString();
    }
    QString subscribe(const QString& path) { return subscribe(m_server.url(path)); }

    QByteArray smallFeed() const
    {
        QByteArray feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Vraie "
                          "émission</title>";
        for (int i = 0; i < 20; ++i)
            feed += "<item><guid>g" + QByteArray::number(i) + "</guid><title>Épisode " +
                    QByteArray::number(i) + "</title><enclosure url=\"https://a.example/e" +
                    QByteArray::number(i) + ".mp3\" type=\"audio/mpeg\" length=\"1\"/></item>";
        return feed + "</channel></rss>";
    }

    Subscriber m_subscriber{m_http, m_library, m_workers};
};

TEST_F(HostileServerTest, EndlessAndHugeFeedsAreRefusedAtTheSizeLimit)
{
    const QString tooLarge = QStringLiteral("larger than 512 MB");
    // Announced: 2 GB of Content-Length is refused before the body is read.
    m_server.setRoute(QStringLiteral("/2gb.xml"),
                      Route::generated(2048LL * 1024 * 1024, "application/rss+xml"));
    QString error = subscribe(QStringLiteral("/2gb.xml"));
    EXPECT_TRUE(error.contains(tooLarge)) << qPrintable(error);

    // Endless and well-formed as far as it goes (a feed that never closes its channel, with
    // neither Content-Length nor an end): read while it comes, refused once 512 MB came.
    static const QByteArray head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                                   "<title>Sans fin</title>";
    static const QByteArray filler = "<!-- encore -->\n";
    Route endless;
    endless.contentType = "application/rss+xml";
    endless.generator = [](qint64 offset, qint64 length) {
        QByteArray bytes = head.mid(offset, length);
        for (qint64 at = offset + bytes.size(); bytes.size() < length;) {
            const qint64 phase = (at - head.size()) % filler.size();
            const QByteArray piece = filler.mid(phase, length - bytes.size());
            bytes += piece;
            at += piece.size();
        }
        return bytes;
    };
    endless.chunked = true;
    m_server.setRoute(QStringLiteral("/endless.xml"), endless);
    error = subscribe(QStringLiteral("/endless.xml"));
    EXPECT_TRUE(error.contains(tooLarge)) << qPrintable(error);

    // Endless bytes that are no XML at all are refused after the first piece.
    Route noise = Route::generated(-1, "application/rss+xml");
    noise.chunked = true;
    m_server.setRoute(QStringLiteral("/noise.xml"), noise);
    error = subscribe(QStringLiteral("/noise.xml"));
    EXPECT_TRUE(error.contains(QStringLiteral("is not a podcast feed"))) << qPrintable(error);

    EXPECT_TRUE(m_library.shows().isEmpty());
}

TEST_F(HostileServerTest, ALyingContentLengthNeverStoresABrokenFeed)
{
    const QByteArray feed = smallFeed();
    // Announces more than it sends, then closes: the body broke off.
    Route longer = Route::text(feed, "application/rss+xml");
    longer.lieContentLength = feed.size() * 10;
    m_server.setRoute(QStringLiteral("/longer.xml"), longer);
    QString error = subscribe(QStringLiteral("/longer.xml"));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(error.contains(QLatin1String("closed before the end"))) << qPrintable(error);

    // Announces less than it sends: only the announced bytes are read, a truncated document.
    Route shorter = Route::text(feed, "application/rss+xml");
    shorter.lieContentLength = feed.size() / 2;
    m_server.setRoute(QStringLiteral("/shorter.xml"), shorter);
    error = subscribe(QStringLiteral("/shorter.xml"));
    EXPECT_FALSE(error.isEmpty()) << "half a feed was stored";
    EXPECT_TRUE(m_library.shows().isEmpty());

    // The same feed, told honestly, is stored whole.
    m_server.setRoute(QStringLiteral("/honest.xml"), Route::text(feed, "application/rss+xml"));
    EXPECT_EQ(subscribe(QStringLiteral("/honest.xml")), QString());
    ASSERT_EQ(m_library.shows().size(), 1);
    EXPECT_EQ(m_library.shows().first().episodeCount, 20);
}

TEST_F(HostileServerTest, RedirectLoopsEndWithAMessage)
{
    m_server.setRoute(QStringLiteral("/a"), Route::redirect(302, "/b"));
    m_server.setRoute(QStringLiteral("/b"), Route::redirect(301, "/a"));
    QString error = subscribe(QStringLiteral("/a"));
    EXPECT_TRUE(error.contains(QLatin1String("redirect loop"))) << qPrintable(error);

    // An ever-new address each time (no loop to spot): bounded by the redirect limit.
    for (int i = 0; i < 40; ++i)
        m_server.setRoute(QStringLiteral("/hop") + QString::number(i),
                          Route::redirect(302, "/hop" + QByteArray::number(i + 1)));
    error = subscribe(QStringLiteral("/hop0"));
    EXPECT_TRUE(error.contains(QLatin1String("too many redirects"))) << qPrintable(error);
    EXPECT_EQ(m_server.requestCount(QStringLiteral("/hop20")), 0);

    // A redirect to a local file is not followed.
    m_server.setRoute(QStringLiteral("/evil"), Route::redirect(302, "file:///etc/passwd"));
    error = subscribe(QStringLiteral("/evil"));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(m_library.shows().isEmpty());
}

// A self-signed certificate made with openssl for this run.
struct Certificate
{
    QSslCertificate certificate;
    QSslKey key;
};

std::optional<Certificate> makeCertificate(const QString& dir)
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        return std::nullopt;
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(openssl,
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return std::nullopt;
    QFile cert(dir + QStringLiteral("/cert.pem"));
    QFile key(dir + QStringLiteral("/key.pem"));
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return std::nullopt;
    Certificate result{QSslCertificate(cert.readAll()), QSslKey(key.readAll(), QSsl::Rsa)};
    if (result.certificate.isNull() || result.key.isNull())
        return std::nullopt;
    return result;
}

TEST_F(HostileServerTest, AnUntrustedCertificateIsReportedAndNeverIgnored)
{
    if (!QSslSocket::supportsSsl())
        ONDES_SKIP_OR_FAIL("no TLS backend");
    QTemporaryDir dir;
    const std::optional<Certificate> made = makeCertificate(dir.path());
    if (!made)
        ONDES_SKIP_OR_FAIL("openssl could not make a certificate");

    // A TLS server that would answer with a feed if the handshake were accepted.
    QSslServer tls;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(made->certificate);
    configuration.setPrivateKey(made->key);
    tls.setSslConfiguration(configuration);
    int requestsAnswered = 0;
    QObject::connect(&tls, &QSslServer::pendingConnectionAvailable, &tls, [&] {
        while (QSslSocket* socket = static_cast<QSslSocket*>(tls.nextPendingConnection())) {
            QObject::connect(socket, &QSslSocket::readyRead, socket, [&, socket] {
                ++requestsAnswered;
                const QByteArray feed = smallFeed();
                socket->write(QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                                         "Content-Length: " +
                                         QByteArray::number(feed.size()) + "\r\n\r\n" + feed));
            });
        }
    });
    ASSERT_TRUE(tls.listen(QHostAddress::LocalHost));
    QUrl url(QStringLiteral("https://127.0.0.1/feed.xml"));
    url.setPort(tls.serverPort());

    const QString error = subscribe(url);
    EXPECT_TRUE(error.contains(QLatin1String("secure connection to 127.0.0.1 failed")))
        << qPrintable(error);
    EXPECT_EQ(requestsAnswered, 0) << "a request was sent over an untrusted connection";
    EXPECT_TRUE(m_library.shows().isEmpty());
}

} // namespace
} // namespace ondes
