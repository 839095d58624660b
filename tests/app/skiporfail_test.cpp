// ONDES_SKIP_OR_FAIL: a skip on a developer's machine, a failure with the reason when CI=true.

#include "support/skiporfail.h"

#include <QByteArray>
#include <QtGlobal>

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace ondes::test {
namespace {

// Sets CI for one test, and puts back what was there.
class CiVariable
{
public:
    explicit CiVariable(std::optional<QByteArray> value)
        : m_had(qEnvironmentVariableIsSet("CI")), m_old(qgetenv("CI"))
    {
        if (value)
            qputenv("CI", *value);
        else
            qunsetenv("CI");
    }
    ~CiVariable()
    {
        if (m_had)
            qputenv("CI", m_old);
        else
            qunsetenv("CI");
    }

private:
    bool m_had;
    QByteArray m_old;
};

bool reachedTheEnd = false;

void needsTool(int number)
{
    reachedTheEnd = false;
    ONDES_SKIP_OR_FAIL("tool " << number << " is missing");
    reachedTheEnd = true;
}

// What needsTool reported, caught before it reaches this test's own result.
void runNeedsTool(::testing::TestPartResultArray& results)
{
    ::testing::ScopedFakeTestPartResultReporter reporter(
        ::testing::ScopedFakeTestPartResultReporter::INTERCEPT_ONLY_CURRENT_THREAD, &results);
    needsTool(7);
}

TEST(SkipOrFail, SkipsOutsideCi)
{
    for (const std::optional<QByteArray>& value :
         {std::optional<QByteArray>(), std::optional<QByteArray>("false"),
          std::optional<QByteArray>("")}) {
        CiVariable ci(value);
        EXPECT_FALSE(runsInCi()) << value.value_or("(unset)").constData();
        ::testing::TestPartResultArray results;
        runNeedsTool(results);
        ASSERT_EQ(results.size(), 1);
        EXPECT_TRUE(results.GetTestPartResult(0).skipped());
        EXPECT_STREQ(results.GetTestPartResult(0).message(), "tool 7 is missing");
        EXPECT_FALSE(reachedTheEnd);
    }
}

TEST(SkipOrFail, FailsWithTheReasonInCi)
{
    for (const QByteArray& value : {QByteArray("true"), QByteArray("TRUE"), QByteArray("1")}) {
        CiVariable ci(value);
        EXPECT_TRUE(runsInCi()) << value.constData();
        ::testing::TestPartResultArray results;
        runNeedsTool(results);
        ASSERT_EQ(results.size(), 1);
        EXPECT_TRUE(results.GetTestPartResult(0).fatally_failed());
        const std::string message = results.GetTestPartResult(0).message();
        EXPECT_NE(message.find("tool 7 is missing — CI=true"), std::string::npos) << message;
        EXPECT_FALSE(reachedTheEnd);
    }
}

} // namespace
} // namespace ondes::test
