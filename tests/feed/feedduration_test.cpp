#include "feed/feedduration.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(FeedDurationTest, PodcastparserForms)
{
    EXPECT_EQ(parseFeedDuration("0"), 0);
    EXPECT_EQ(parseFeedDuration("128"), 128);
    EXPECT_EQ(parseFeedDuration("00:00"), 0);
    EXPECT_EQ(parseFeedDuration("00:20"), 20);
    EXPECT_EQ(parseFeedDuration("00:00:20"), 20);
    EXPECT_EQ(parseFeedDuration("01:00:00"), 3600);
    EXPECT_EQ(parseFeedDuration(" 03:02:01"), 10921);
    EXPECT_EQ(parseFeedDuration("61:08"), 3668);
    EXPECT_EQ(parseFeedDuration("25:03:30 "), 90210);
    EXPECT_EQ(parseFeedDuration("25:3:30"), 90210);
    EXPECT_EQ(parseFeedDuration("61.08"), 61);
    EXPECT_EQ(parseFeedDuration("01:02:03.500"), 3723);
    EXPECT_EQ(parseFeedDuration(" "), 0);
}

TEST(FeedDurationTest, Junk)
{
    EXPECT_EQ(parseFeedDuration("01:02:03 min"), 3723);
    EXPECT_EQ(parseFeedDuration("~ 61:08"), 3668);
    EXPECT_EQ(parseFeedDuration("1h 2m 3s"), 3723);
    EXPECT_EQ(parseFeedDuration("1 hr 30 min"), 5400);
    EXPECT_EQ(parseFeedDuration("90 minutes"), 5400);
    EXPECT_EQ(parseFeedDuration("45 sec"), 45);
    EXPECT_EQ(parseFeedDuration("3600 "), 3600);
    EXPECT_EQ(parseFeedDuration("unknown"), 0);
    EXPECT_EQ(parseFeedDuration("3 days"), 0);
    EXPECT_EQ(parseFeedDuration("-5"), 5); // a stray minus is junk around a number
    EXPECT_EQ(parseFeedDuration("99999999999999999999"), 0);
}

TEST(FeedDurationTest, Fractions)
{
    EXPECT_DOUBLE_EQ(parseFeedTime("01:02:03.400").value_or(-1), 3723.4);
    EXPECT_DOUBLE_EQ(parseFeedTime("00:01:30.5").value_or(-1), 90.5);
    EXPECT_DOUBLE_EQ(parseFeedTime("12.25").value_or(-1), 12.25);
    EXPECT_FALSE(parseFeedTime(""));
    EXPECT_FALSE(parseFeedTime("abc"));
}

} // namespace
} // namespace ondes
