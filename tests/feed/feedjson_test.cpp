#include "feed/feedjson.h"
#include "feed/feedparser.h"
#include "feed/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

namespace ondes {
namespace {

TEST(FeedJsonTest, PodcastparserFieldNames)
{
    FeedParseOptions options;
    options.baseUrl = QUrl(QStringLiteral("file://tests/data/simple.rss"));
    const FeedParseResult result = FeedParser::parse(
        "<rss><channel><title>Podcast</title><itunes:explicit>no</itunes:explicit>"
        "<item><title>Quote \" and \\ and \x01</title>"
        "<enclosure url=\"http://example.org/example.mp3\"/>"
        "<psc:chapters><psc:chapter start=\"1.5\" title=\"c\"/></psc:chapters>"
        "</item></channel></rss>",
        options);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(FeedJson::toJson(*result.feed), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    const QJsonObject feed = document.object();
    EXPECT_EQ(feed[QStringLiteral("title")].toString(), QStringLiteral("Podcast"));
    EXPECT_EQ(feed[QStringLiteral("explicit")].toBool(true), false);
    EXPECT_FALSE(feed.contains(QStringLiteral("link")));
    const QJsonObject episode = feed[QStringLiteral("episodes")].toArray().at(0).toObject();
    EXPECT_EQ(episode[QStringLiteral("title")].toString(), QStringLiteral("Quote \" and \\ and"));
    EXPECT_EQ(episode[QStringLiteral("guid")].toString(),
              QStringLiteral("http://example.org/example.mp3"));
    EXPECT_TRUE(episode[QStringLiteral("payment_url")].isNull());
    EXPECT_EQ(episode[QStringLiteral("total_time")].toInt(-1), 0);
    const QJsonObject enclosure = episode[QStringLiteral("enclosures")].toArray().at(0).toObject();
    EXPECT_EQ(enclosure[QStringLiteral("mime_type")].toString(),
              QStringLiteral("application/octet-stream"));
    EXPECT_EQ(enclosure[QStringLiteral("file_size")].toInt(), -1);
    const QJsonObject chapter = episode[QStringLiteral("chapters")].toArray().at(0).toObject();
    EXPECT_EQ(chapter[QStringLiteral("start")].toInt(), 1);
    EXPECT_EQ(chapter[QStringLiteral("ondes_start")].toDouble(), 1.5);
}

// JsonWriter, FeedJson's writer: the bytes of dump-feed's JSON must not change with it, so
// every string is checked against the plain way of writing it (QStringEncoder's UTF-8, then one
// escape per byte), on hand-picked cases and on many random ones (control characters, quotes,
// accents, emoji, lone surrogates, strings across the writer's growth steps).

QByteArray plainlyEscaped(const QByteArray& utf8)
{
    QByteArray out("\"");
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        if (c == '"')
            out += "\\\"";
        else if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20)
            out += "\\u00" + QByteArray::number(c, 16).rightJustified(2, '0');
        else
            out += byte;
    }
    return out + '"';
}

QByteArray plainlyEscaped(const QString& text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    return plainlyEscaped(QByteArray(encoder.encode(text)));
}

QByteArray writtenByJsonWriter(const QString& text)
{
    QByteArray out;
    {
        JsonWriter json(out);
        json.string(QStringView(text));
    }
    return out;
}

QByteArray writtenByJsonWriter(const QByteArray& utf8)
{
    QByteArray out;
    {
        JsonWriter json(out);
        json.string(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    }
    return out;
}

TEST(JsonWriterTest, EscapesAsJsonWants)
{
    EXPECT_EQ(writtenByJsonWriter(QStringLiteral("a\"b\\c\nd\re\tf\x01g\x1fh")),
              QByteArray(R"("a\"b\\c\nd\re\tf\u0001g\u001fh")"));
    EXPECT_EQ(writtenByJsonWriter(QByteArray("\x08\x0c\x7f")),
              QByteArray("\"\\u0008\\u000c\x7f\""));
    EXPECT_EQ(writtenByJsonWriter(QString()), QByteArray("\"\""));
    EXPECT_EQ(writtenByJsonWriter(QByteArray()), QByteArray("\"\""));
}

TEST(JsonWriterTest, EncodesUtf16AsQStringEncoderDoes)
{
    const QString cases[] = {
        QStringLiteral("Épisode — « fenêtre » ’"),
        QString::fromUtf8("emoji \xF0\x9F\x8E\x99 microphone"),
        QString(QChar(0xD83C)),                                    // a high surrogate, alone
        QString(QChar(0xDF99)) + QStringLiteral("x"),              // a low one, alone
        QStringLiteral("x") + QChar(0xD83C) + QStringLiteral("y"), // a high one, then a letter
        QStringLiteral("end ") + QChar(0xD83C),                    // a high one, last
        QString(QChar(0xFFFF)) + QChar(0x800) + QChar(0x7FF),      // the ends of the ranges
    };
    for (const QString& text : cases)
        EXPECT_EQ(writtenByJsonWriter(text), plainlyEscaped(text))
            << qPrintable(text.toHtmlEscaped());
}

TEST(JsonWriterTest, RandomStringsComeOutAsThePlainWayWritesThem)
{
    std::mt19937 random(20261207);
    const char16_t alphabet[] = {u'a', u'"',   u'\\',  u'\n',  0x01,   0x1F,   u' ',
                                 0xE9, 0x2019, 0x00A0, 0xD83C, 0xDF99, 0xFFFD, 0x7F};
    for (int round = 0; round < 3000; ++round) {
        const int length = static_cast<int>(random() % 300);
        QString text;
        for (int i = 0; i < length; ++i)
            text += QChar(alphabet[random() % std::size(alphabet)]);
        ASSERT_EQ(writtenByJsonWriter(text), plainlyEscaped(text)) << round;
        const QByteArray utf8 = text.toUtf8();
        ASSERT_EQ(writtenByJsonWriter(utf8), plainlyEscaped(utf8)) << round;
    }
}

// Mostly plain ASCII, as URLs and names are: the writer takes such text eight units at a time,
// so a unit that needs more (an escape, two or three bytes, a surrogate pair) is put at every
// offset of a block, and at the ends of the text.
TEST(JsonWriterTest, PlainAsciiRunsWithOddUnitsAnywhereComeOutAsThePlainWayWritesThem)
{
    std::mt19937 random(20261208);
    const char16_t odd[] = {u'"', u'\\',  u'\n',  0x01,   0x1F,   0x7F,   0x80,
                            0xE9, 0x2019, 0xFF20, 0xD83C, 0xDF99, 0x8000, 0x00A0};
    for (int round = 0; round < 3000; ++round) {
        const int length = static_cast<int>(random() % 70);
        QString text;
        for (int i = 0; i < length; ++i) {
            if (random() % 12 == 0)
                text += QChar(odd[random() % std::size(odd)]);
            else
                text += QChar(char16_t(u' ' + random() % 95)); // printable ASCII, '"' and '\\' too
        }
        ASSERT_EQ(writtenByJsonWriter(text), plainlyEscaped(text)) << round;
    }
    EXPECT_EQ(writtenByJsonWriter(QStringLiteral("https://example.org/a\"b/c\\d/éèà/0123456789")),
              QByteArray(R"("https://example.org/a\"b/c\\d/)") +
                  QByteArray("\xC3\xA9\xC3\xA8\xC3\xA0") + QByteArray("/0123456789\""));
}

TEST(JsonWriterTest, AppendsAfterWhatTheArrayHeldAcrossManyGrowths)
{
    QByteArray out("prefix:");
    QByteArray expected = out;
    {
        JsonWriter json(out);
        for (int i = 0; i < 5000; ++i) {
            json.raw(i > 0 ? std::string_view(",") : std::string_view("["));
            json.integer(i - 2500);
            json.raw(',');
            json.number(i / 4.0);
            json.raw(',');
            json.string(QStringView(QStringLiteral("é\"")));
            expected += (i > 0 ? "," : "[") + QByteArray::number(i - 2500) + "," +
                        QByteArray::number(i / 4.0) + ",\"é\\\"\"";
        }
    }
    EXPECT_EQ(out, expected);
}

TEST(JsonWriterTest, NumbersThatJsonCannotSayAreZero)
{
    QByteArray out;
    {
        JsonWriter json(out);
        json.number(std::numeric_limits<double>::quiet_NaN());
        json.raw(',');
        json.number(std::numeric_limits<double>::infinity());
        json.raw(',');
        json.number(12.25);
        json.raw(',');
        json.integer(std::numeric_limits<qint64>::min());
    }
    EXPECT_EQ(out, QByteArray("0,0,12.25,-9223372036854775808"));
}

// number()'s quick path for whole numbers and up to three decimals must write what
// std::to_chars writes.
TEST(JsonWriterTest, NumbersWithFewDecimalsAreWrittenAsToCharsWritesThem)
{
    std::vector<double> values;
    for (int k = -1'000'010; k <= 1'000'010; ++k)
        values.push_back(k / 10.0);
    for (int k = -1'000'000; k <= 1'000'000; ++k)
        values.push_back(k / 1000.0);
    for (qint64 k = -100'000'100; k <= 100'000'100; k += 997)
        values.push_back(static_cast<double>(k) / 1000);
    for (const double v : {0.0, -0.0, 0.05, -0.05, 0.0005, 0.0015, 0.001, 99999.999, 1e5, -1e5,
                           99999.95, 1e-300, 0.30000000000000004, 123456.5, 1e21, 5e-324}) {
        values.push_back(v);
        values.push_back(std::nextafter(v, 1e300));
        values.push_back(std::nextafter(v, -1e300));
    }
    for (int k = -20000; k <= 20000; ++k) {
        values.push_back(std::nextafter(k / 1000.0, 1e300));
        values.push_back(std::nextafter(k / 1000.0, -1e300));
    }
    QByteArray out;
    QByteArray expected;
    {
        JsonWriter json(out);
        char buffer[64];
        for (const double v : values) {
            json.number(v);
            json.raw(',');
            const char* end = std::to_chars(buffer, buffer + sizeof buffer, v).ptr;
            expected.append(buffer, end - buffer);
            expected += ',';
        }
    }
    EXPECT_EQ(out, expected);
    EXPECT_TRUE(out.startsWith("-100001,-100000.9,")) << out.left(40).constData();
    EXPECT_TRUE(out.contains(",-0.1,0,0.1,")) << "a zero between tenths";
}

} // namespace
} // namespace ondes
