#pragma once

// The services subscribing and refreshing need, on a fresh library, with a loopback server.

#include "library/database.h"
#include "library/library.h"
#include "net/httpclient.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"

#include <QThreadPool>

#include <gtest/gtest.h>

namespace ondes::test {

class SubscriptionFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_database.open()) << m_database.errorString().toStdString();
        ASSERT_TRUE(m_server.isListening());
        m_workers.setMaxThreadCount(1);
    }
    void TearDown() override { m_workers.waitForDone(); }

    QByteArray fixture(const QString& relative) const
    {
        QFile file(testDataPath(relative));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    TestDataDir m_dir;
    Database m_database{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_database};
    HttpClient m_http;
    QThreadPool m_workers;
    TestHttpServer m_server;
};

} // namespace ondes::test
