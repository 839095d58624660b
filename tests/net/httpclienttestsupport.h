#pragma once

// What the HttpClient tests share: a reply's outcome, waited for, and the fixture with a client
// and a loopback server.

#include "net/httpclient.h"
#include "support/testhttpserver.h"

#include <QObject>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <optional>

namespace ondes::test {

// Collects the result of a reply; finished() may come later or not at all.
struct Outcome
{
    std::shared_ptr<std::optional<ondes::HttpResult>> result =
        std::make_shared<std::optional<ondes::HttpResult>>();

    explicit Outcome(ondes::HttpReply* reply)
    {
        QObject::connect(reply, &ondes::HttpReply::finished,
                         [result = result](const ondes::HttpResult& r) { *result = r; });
    }
    bool wait(int timeoutMs = 10000) const
    {
        return QTest::qWaitFor([this] { return result->has_value(); }, timeoutMs);
    }
    const ondes::HttpResult& get() const { return **result; }
};

class HttpClientTest : public ::testing::Test
{
protected:
    ondes::HttpResult fetch(const QString& path, const ondes::HttpRequestOptions& options = {})
    {
        return fetchUrl(server.url(path), options);
    }
    ondes::HttpResult fetchUrl(const QUrl& url, const ondes::HttpRequestOptions& options = {})
    {
        const Outcome outcome(client.get(url, options));
        EXPECT_TRUE(outcome.wait()) << "no result for " << qPrintable(url.toString());
        return outcome.result->value_or(ondes::HttpResult{});
    }

    TestHttpServer server;
    ondes::HttpClient client;
};

} // namespace ondes::test
