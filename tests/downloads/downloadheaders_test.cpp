// The header rules of resumable downloads: Content-Range, Retry-After, If-Range.

#include "downloads/downloadheaders.h"

#include <QDateTime>
#include <QLocale>

#include <gtest/gtest.h>

using namespace Qt::Literals::StringLiterals;
using ondes::ContentRange;
using ondes::ifRangeValidator;
using ondes::parseContentRange;
using ondes::parseRetryAfter;
using ondes::strongEtagEquals;

TEST(DownloadHeaders, ReadsContentRange)
{
    const ContentRange range = parseContentRange("bytes 100-199/1000");
    EXPECT_TRUE(range.valid);
    EXPECT_EQ(range.first, 100);
    EXPECT_EQ(range.last, 199);
    EXPECT_EQ(range.total, 1000);

    const ContentRange unknown = parseContentRange(" bytes 0-9/* ");
    EXPECT_TRUE(unknown.valid);
    EXPECT_EQ(unknown.total, -1);
}

TEST(DownloadHeaders, RefusesMalformedContentRange)
{
    for (const char* header : {"", "bytes */1000", "bytes 5-4/10", "bytes 0-10/10", "items 0-1/2",
                               "bytes -1-5/10", "bytes 1-/10", "bytes 0-9", "bytes a-9/10",
                               "bytes 0-9/x", "bytes 99999999999999999999-1/2"})
        EXPECT_FALSE(parseContentRange(header).valid) << header;
}

TEST(DownloadHeaders, ReadsRetryAfterAndCapsIt)
{
    EXPECT_EQ(parseRetryAfter("", 60000), -1);
    EXPECT_EQ(parseRetryAfter("soon", 60000), -1);
    EXPECT_EQ(parseRetryAfter("3", 60000), 3000);
    EXPECT_EQ(parseRetryAfter("0", 60000), 0);
    EXPECT_EQ(parseRetryAfter("86400", 60000), 60000);
    const QByteArray inTenSeconds = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(10),
                                                  u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                                        .toLatin1();
    const int delay = parseRetryAfter(inTenSeconds, 60000);
    EXPECT_GE(delay, 8000);
    EXPECT_LE(delay, 10000);
    EXPECT_EQ(parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", 60000), 0); // in the past
}

TEST(DownloadHeaders, ComparesEntityTagsStrongly)
{
    EXPECT_TRUE(strongEtagEquals("\"a\"", "\"a\""));
    EXPECT_FALSE(strongEtagEquals("\"a\"", "\"b\""));
    EXPECT_FALSE(strongEtagEquals("W/\"a\"", "W/\"a\""));
    EXPECT_FALSE(strongEtagEquals("", ""));
}

TEST(DownloadHeaders, PicksTheIfRangeValidator)
{
    const QString date = u"Sun, 10 Mar 2024 08:30:00 GMT"_s;
    EXPECT_EQ(ifRangeValidator("\"v1\"", date), "\"v1\"");
    EXPECT_EQ(ifRangeValidator("W/\"v1\"", date), date.toLatin1()); // weak tags cannot be used
    EXPECT_EQ(ifRangeValidator({}, date), date.toLatin1());
    EXPECT_TRUE(ifRangeValidator("W/\"v1\"", {}).isEmpty());
    EXPECT_TRUE(ifRangeValidator({}, {}).isEmpty());
}

TEST(DownloadHeaders, PlacesA200FromTheStart)
{
    ondes::BodyAnswer answer;
    answer.status = 200;
    answer.contentLength = 500;
    const ondes::BodyPlacement placement = ondes::placeBody(answer, 100, true, 500, "\"v1\"");
    EXPECT_TRUE(placement.accepted);
    EXPECT_EQ(placement.start, 0);
    EXPECT_EQ(placement.total, 500);
}

TEST(DownloadHeaders, ContinuesOnlyWithTheMatching206)
{
    ondes::BodyAnswer answer;
    answer.status = 206;
    answer.contentRange = "bytes 100-499/500";
    answer.etag = "\"v1\"";
    const ondes::BodyPlacement placement = ondes::placeBody(answer, 100, true, -1, "\"v1\"");
    EXPECT_TRUE(placement.accepted);
    EXPECT_EQ(placement.start, 100);
    EXPECT_EQ(placement.total, 500);

    EXPECT_FALSE(ondes::placeBody(answer, 0, true, -1, "\"v1\"").accepted);    // another start
    EXPECT_FALSE(ondes::placeBody(answer, 100, true, 600, "\"v1\"").accepted); // another total
    EXPECT_FALSE(ondes::placeBody(answer, 100, true, -1, "\"v2\"").accepted);  // another version
    answer.contentRange = "bytes */500";
    EXPECT_FALSE(ondes::placeBody(answer, 100, true, -1, "\"v1\"").accepted);
    answer.status = 416;
    EXPECT_FALSE(ondes::placeBody(answer, 100, true, -1, "\"v1\"").accepted);
}

TEST(DownloadHeaders, ClassifiesStatusesAndBacksOff)
{
    for (const int status : {500, 502, 503, 504, 408, 429})
        EXPECT_TRUE(ondes::isRetryableStatus(status)) << status;
    for (const int status : {400, 401, 403, 404, 410, 416, 451})
        EXPECT_FALSE(ondes::isRetryableStatus(status)) << status;
    EXPECT_EQ(ondes::retryDelay(1, 1000, 60000), 1000);
    EXPECT_EQ(ondes::retryDelay(2, 1000, 60000), 2000);
    EXPECT_EQ(ondes::retryDelay(5, 1000, 60000), 16000);
    EXPECT_EQ(ondes::retryDelay(7, 1000, 60000), 60000);
    EXPECT_EQ(ondes::retryDelay(100, 1000, 60000), 60000);
    EXPECT_EQ(ondes::retryDelay(1, 1000, 60000, 5000), 5000);     // Retry-After wins
    EXPECT_EQ(ondes::retryDelay(1, 1000, 60000, 500), 1000);      // but never shortens
    EXPECT_EQ(ondes::retryDelay(1, 1000, 60000, 9000000), 60000); // and is capped
}
