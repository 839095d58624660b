#include "feed/feeddates.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

qint64 date(const char* text)
{
    return parseFeedDate(text).value_or(-1);
}

TEST(FeedDatesTest, Rfc822)
{
    EXPECT_EQ(date("Fri, 21 Nov 1997 09:55:06 -0600"), 880127706);
    EXPECT_EQ(date("21 Nov 1997 09:55:06 -0600"), 880127706); // no weekday
    EXPECT_EQ(date("Friday, 21 Nov 1997 09:55:06 -0600"), 880127706);
    EXPECT_EQ(date("Fri,21 Nov 1997 15:55:06 GMT"), 880127706);
    EXPECT_EQ(date("Fri, 21 November 1997 15:55:06 UT"), 880127706);
    EXPECT_EQ(date("Fri, 21 Nov 1997 15:55:06 Z"), 880127706);
    EXPECT_EQ(date("Fri, 21 Nov 1997 15:55:06"), 880127706);    // no zone: UTC
    EXPECT_EQ(date("Fri, 21 Nov 1997 15:55 +0000"), 880127700); // no seconds
    EXPECT_EQ(date("Mon, 6 Jul 2020 04:00:00 -0000"), 1594008000);
    EXPECT_EQ(date("Mon, 02 May 1960 09:05:01 +0100"), -305049299);
    EXPECT_EQ(date("  Mon, 13 Jul 2020 04:00:00 +0000  "), 1594612800);
    EXPECT_EQ(date("Jul 13 2020 04:00:00 GMT"), 1594612800); // month first
    EXPECT_EQ(date("13-Jul-2020 04:00:00 GMT"), 1594612800);
    EXPECT_EQ(date("Mon, 13 Jul. 2020 04:00:00 GMT"), 1594612800);
}

TEST(FeedDatesTest, TwoDigitYears)
{
    EXPECT_EQ(date("21 Nov 97 09:55:06 GMT"), 880106106);
    EXPECT_EQ(date("13 Jul 20 04:00:00 GMT"), 1594612800);
    EXPECT_EQ(date("1 Jan 69 00:00:00 GMT"), -31536000); // 1969, as email.utils reads it
}

TEST(FeedDatesTest, NamedZones)
{
    const qint64 utc = 1594612800; // 2020-07-13 04:00 UTC
    EXPECT_EQ(date("Mon, 13 Jul 2020 00:00:00 EDT"), utc);
    EXPECT_EQ(date("Sun, 12 Jul 2020 23:00:00 EST"), utc);
    EXPECT_EQ(date("Sun, 12 Jul 2020 21:00:00 PDT"), utc);
    EXPECT_EQ(date("Mon, 13 Jul 2020 06:00:00 CEST"), utc);
    EXPECT_EQ(date("Mon, 13 Jul 2020 05:00:00 CET"), utc);
    EXPECT_EQ(date("Mon, 13 Jul 2020 05:00:00 BST"), utc);
    EXPECT_EQ(date("Mon, 13 Jul 2020 14:00:00 AEST"), utc);
    EXPECT_EQ(date("Mon, 13 Jul 2020 06:00:00 GMT+2"), utc);
    EXPECT_EQ(date("Mon, 13 Jul 2020 09:30:00 +05:30"), utc);
}

TEST(FeedDatesTest, Iso8601)
{
    EXPECT_EQ(date("2003-12-13T18:30:02Z"), 1071340202);
    EXPECT_EQ(date("2003-12-13T00:00:00+02:00"), 1071266400);
    EXPECT_EQ(date("2003-12-13T00:00:00+0200"), 1071266400);
    EXPECT_EQ(date("2003-12-13T18:30:02.25Z"), 1071340202);
    EXPECT_EQ(date("2003-12-13 18:30:02"), 1071340202);
    EXPECT_EQ(date("2003-12-13T18:30Z"), 1071340200);
    EXPECT_EQ(date("2003-12-13"), 1071273600);
}

TEST(FeedDatesTest, Rubbish)
{
    EXPECT_FALSE(parseFeedDate(""));
    EXPECT_FALSE(parseFeedDate("unknown"));
    EXPECT_FALSE(parseFeedDate("32 Foo 2020"));
    EXPECT_FALSE(parseFeedDate("2020-13-45T99:99:99Z"));
    EXPECT_FALSE(parseFeedDate("Mon, 13 Jul 2020 04:00:00 +9999"));
    EXPECT_FALSE(parseFeedDate(std::string(500, '9')));
}

TEST(FeedDatesTest, DaysFromCivil)
{
    EXPECT_EQ(daysFromCivil(1970, 1, 1), 0);
    EXPECT_EQ(daysFromCivil(2000, 3, 1), 11017);
    EXPECT_EQ(daysFromCivil(1969, 12, 31), -1);
}

} // namespace
} // namespace ondes
