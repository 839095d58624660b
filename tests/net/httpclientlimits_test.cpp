// HttpClient's limits on requests at once: one per host, four in all, and a request given up
// freeing its place.

#include "httpclienttestsupport.h"
#include "net/httpclient.h"
#include "support/skiporfail.h"
#include "support/testhttpserver.h"

#include <QHostAddress>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using ondes::HttpReply;
using ondes::test::HttpClientTest;
using ondes::test::Outcome;
using ondes::test::RecordedRequest;
using ondes::test::Route;
using ondes::test::TestHttpServer;

namespace {

// The largest number of requests the servers were answering at the same time.
int peakOverlap(const QList<RecordedRequest>& requests)
{
    int peak = 0;
    for (const RecordedRequest& at : requests) {
        const auto overlapping =
            std::count_if(requests.begin(), requests.end(), [&](const RecordedRequest& other) {
                return other.receivedMs <= at.receivedMs && at.receivedMs < other.finishedMs;
            });
        peak = std::max(peak, int(overlapping));
    }
    return peak;
}

} // namespace

TEST_F(HttpClientTest, OneRequestPerHostAtATime)
{
    Route late = Route::text("late");
    late.delayMs = 100;
    for (const QString& path : {u"/s1"_s, u"/s2"_s, u"/s3"_s})
        server.setRoute(path, late);
    std::vector<Outcome> outcomes;
    for (const QString& path : {u"/s1"_s, u"/s2"_s, u"/s3"_s})
        outcomes.emplace_back(client.get(server.url(path)));
    EXPECT_EQ(client.activeCount(), 1);
    EXPECT_EQ(client.queuedCount(), 2);
    for (const Outcome& outcome : outcomes)
        ASSERT_TRUE(outcome.wait());

    const QList<RecordedRequest> requests = server.requests();
    ASSERT_EQ(requests.size(), 3);
    EXPECT_EQ(requests[0].path, u"/s1"_s); // first come, first served
    EXPECT_EQ(requests[1].path, u"/s2"_s);
    EXPECT_EQ(requests[2].path, u"/s3"_s);
    for (int i = 1; i < 3; ++i)
        EXPECT_GE(requests[i].receivedMs, requests[i - 1].finishedMs);
    EXPECT_EQ(peakOverlap(requests), 1);
    EXPECT_EQ(client.activeCount(), 0);
}

TEST_F(HttpClientTest, AtMostFourRequestsAtOnce)
{
    // Six hosts that never answer: exactly four requests reach them until one is given up.
    std::vector<std::unique_ptr<TestHttpServer>> hosts;
    for (int i = 1; i <= 6; ++i) {
        hosts.push_back(std::make_unique<TestHttpServer>(QHostAddress(u"127.0.0.%1"_s.arg(i))));
        if (!hosts.back()->isListening())
            ONDES_SKIP_OR_FAIL("cannot listen on 127.0.0." << i);
        Route silent;
        silent.neverRespond = true;
        hosts.back()->setRoute(u"/d"_s, silent);
    }
    const auto received = [&] {
        int count = 0;
        for (const auto& host : hosts)
            count += host->requestCount(u"/d"_s);
        return count;
    };
    std::vector<HttpReply*> replies;
    for (const auto& host : hosts)
        replies.push_back(client.get(host->url(u"/d"_s)));
    EXPECT_EQ(client.activeCount(), 4);
    EXPECT_EQ(client.queuedCount(), 2);
    ASSERT_TRUE(QTest::qWaitFor([&] { return received() == 4; }, 5000));
    QTest::qWait(100);
    EXPECT_EQ(received(), 4);
    EXPECT_EQ(hosts[4]->requestCount(u"/d"_s), 0); // first come, first served
    EXPECT_EQ(hosts[5]->requestCount(u"/d"_s), 0);

    replies[0]->abort();
    ASSERT_TRUE(QTest::qWaitFor([&] { return received() == 5; }, 5000));
    EXPECT_EQ(hosts[4]->requestCount(u"/d"_s), 1);
    EXPECT_EQ(client.activeCount(), 4);
    EXPECT_EQ(client.queuedCount(), 1);

    client.setMaxConcurrent(2);
    replies[1]->abort();
    replies[2]->abort();
    QTest::qWait(100);
    EXPECT_EQ(received(), 5); // 3 and 4 still run: over the new limit, nothing starts
    replies[3]->abort();
    ASSERT_TRUE(QTest::qWaitFor([&] { return received() == 6; }, 5000));
}

TEST_F(HttpClientTest, AbortFreesTheHostForTheNextRequest)
{
    Route silent;
    silent.neverRespond = true;
    server.setRoute(u"/silent"_s, silent);
    server.setRoute(u"/next"_s, Route::text("next"));
    HttpReply* stuck = client.get(server.url(u"/silent"_s));
    const Outcome stuckOutcome(stuck);
    const Outcome next(client.get(server.url(u"/next"_s)));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount(u"/silent"_s) == 1; }, 5000));
    EXPECT_EQ(client.queuedCount(), 1);
    stuck->abort();
    ASSERT_TRUE(stuckOutcome.wait());
    EXPECT_EQ(stuckOutcome.get().error, u"cancelled"_s);
    ASSERT_TRUE(next.wait());
    EXPECT_EQ(next.get().body, "next");
}
