#pragma once

// A provider's question answered by a loopback server, waited for.

#include "discovery/directoryprovider.h"
#include "net/httpclient.h"
#include "support/testhttpserver.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace ondes::test {

class DirectoryFixture : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_server.isListening()); }

    QUrl base() const { return m_server.url(QString()); }

    // Starts the query and waits (at most 10 s) for the one answer.
    static DirectoryAnswer ask(DirectoryProvider& provider, const DirectoryQuery& query)
    {
        QSignalSpy spy(&provider, &DirectoryProvider::finished);
        provider.start(query);
        EXPECT_TRUE(spy.count() > 0 || spy.wait(10000)) << "no answer";
        EXPECT_EQ(spy.count(), 1);
        return spy.isEmpty() ? DirectoryAnswer{} : spy.first().first().value<DirectoryAnswer>();
    }

    static DirectoryQuery search(const QString& term, int limit = 50)
    {
        DirectoryQuery query;
        query.term = term;
        query.limit = limit;
        return query;
    }

    static QByteArray json() { return "application/json; charset=utf-8"; }

    HttpClient m_http;
    TestHttpServer m_server;
};

} // namespace ondes::test
