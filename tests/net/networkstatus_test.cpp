// NetworkStatus: offline after requests in a row find no server, online at the first answer.

#include "net/httpclient.h"
#include "net/networkstatus.h"
#include "support/testhttpserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QTcpServer>

#include <gtest/gtest.h>

namespace ondes::test {
namespace {

TEST(NetworkStatusTest, RequestsThatFindNoServerMeanOffline)
{
    NetworkStatus status;
    QSignalSpy changed(&status, &NetworkStatus::changed);
    status.report(QStringLiteral("a.test"), false, QStringLiteral("host not found: a.test"));
    EXPECT_FALSE(status.isOffline()); // one failure may be that host's problem
    status.report(QStringLiteral("b.test"), true, QStringLiteral("not found (HTTP 404)"));
    EXPECT_FALSE(status.isOffline()); // a server answered: the network works
    status.report(QStringLiteral("a.test"), false, QStringLiteral("host not found: a.test"));
    status.report(QStringLiteral("c.test"), false, QStringLiteral("connection refused"));
    EXPECT_TRUE(status.isOffline());
    EXPECT_EQ(status.problem(), QStringLiteral("c.test: connection refused"));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_TRUE(changed.first().first().toBool());

    status.report(QStringLiteral("b.test"), true, {});
    EXPECT_FALSE(status.isOffline());
    EXPECT_TRUE(status.problem().isEmpty());
    ASSERT_EQ(changed.size(), 2);
    EXPECT_FALSE(changed.last().first().toBool());
}

TEST(NetworkStatusTest, HttpClientReportsWhetherAServerAnswered)
{
    // A port nobody listens on: take one, then close it.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    TestHttpServer server;
    server.setRoute(QStringLiteral("/missing"), Route::error(404));

    HttpClient http;
    NetworkStatus status;
    QObject::connect(&http, &HttpClient::answered, &status,
                     [&status](const QUrl& url, bool reached, const QString& error) {
                         status.report(url.host(), reached, error);
                     });
    QSignalSpy answered(&http, &HttpClient::answered);
    HttpRequestOptions options;
    options.retries = 0;
    const QUrl closed(QStringLiteral("http://127.0.0.1:%1/feed").arg(closedPort));
    http.get(closed, options);
    http.get(closed, options);
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered.size() == 2; }, 10000));
    EXPECT_FALSE(answered.first().at(1).toBool());
    EXPECT_TRUE(status.isOffline());
    EXPECT_FALSE(status.problem().isEmpty());

    http.get(server.url(QStringLiteral("/missing")), options); // a 404 is an answer
    ASSERT_TRUE(QTest::qWaitFor([&] { return answered.size() == 3; }, 10000));
    EXPECT_TRUE(answered.last().at(1).toBool());
    EXPECT_FALSE(status.isOffline());
}

} // namespace
} // namespace ondes::test
