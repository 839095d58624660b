// Runs of plain text go around libxml2 as CDATA sections do (CdataBypass): a feed must read
// exactly as libxml2 alone reads it, in any chunking. A DOCTYPE turns the bypass off for the
// whole document, which gives libxml2's own reading of the same text to compare with.

#include "bypasstestsupport.h"
#include "feed/cdatabypass.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

QByteArray bypassed(const QByteArray& document, qsizetype chunk = 0)
{
    CdataBypass bypass("t");
    return test::bypassedInChunks(bypass, document, chunk);
}

const QByteArray kLong = "Un texte assez long pour passer autour de libxml2, sans rien d'autre";

TEST(TextBypassTest, TakesLongRunsBetweenTagsAndKeepsTheirLines)
{
    CdataBypass bypass("t");
    const QByteArray document = "<rss><a>" + kLong +
                                "</a><b>\xC3\xA9t\xC3\xA9 au bord\nde l'eau</b>"
                                "<c>short ascii</c><d>" +
                                kLong + "<e/>" + kLong + "</d></rss>";
    const QByteArray out = bypass.filter(document, true).toByteArray();
    EXPECT_EQ(out, QByteArray("<rss><a>&ondes0.t;</a><b>&ondes1.t;<!--\n--></b><c>short ascii</c>"
                              "<d>&ondes2.t;<e/>&ondes3.t;</d></rss>"));
    const std::string* first = bypass.take("ondes0.t");
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(*first, kLong.toStdString());
    const std::string* second = bypass.take("ondes1.t");
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(*second, "\xC3\xA9t\xC3\xA9 au bord\nde l'eau");
}

TEST(TextBypassTest, LeavesToLibxml2TextItCannotVouchFor)
{
    const QByteArray unchanged[] = {
        "<rss><a>" + kLong + " &amp; more</a></rss>",      // a reference
        "<rss><a>" + kLong + " &undeclared; </a></rss>",   // an entity libxml2 reports
        "<rss><a>" + kLong + " ]]> is an error</a></rss>", // "]]>" in text
        "<rss><a>" + kLong + "\r\n</a></rss>",             // a carriage return
        "<rss><a>" + kLong + " caf\xE9</a></rss>",         // not UTF-8
        "<rss><a>" + kLong + " bell\x07</a></rss>",        // not an XML character
        "<rss><a>                                                             </a></rss>",
        "<rss><a>short ascii text, under the threshold</a></rss>",
        "<rss>" + kLong + " < no markup</rss>",
        "<rss></rss>" + kLong + "<after/>",
        "<!DOCTYPE rss><rss><a>" + kLong + "</a></rss>",
        "<rss><a>" + kLong,
    };
    for (const QByteArray& document : unchanged) {
        EXPECT_EQ(bypassed(document), document) << document.toStdString();
        EXPECT_EQ(bypassed(document, 7), document) << document.toStdString();
    }
}

TEST(TextBypassTest, TextAChunkStartsWithStays)
{
    // The run goes on from the previous chunk: only whole runs are taken.
    const QByteArray document = "<rss><a>" + kLong + kLong + "</a></rss>";
    CdataBypass bypass("t");
    const qsizetype cut = 8 + kLong.size();
    QByteArray out = bypass.filter(QByteArrayView(document).first(cut), false).toByteArray();
    out += bypass.filter(QByteArrayView(document).sliced(cut), true).toByteArray();
    EXPECT_EQ(out, document);
    EXPECT_EQ(bypass.bypassedCount(), 0);
}

// Text libxml2 reads a character at a time and text it reads in one go, in titles, plain and
// HTML descriptions, summaries, persons and XHTML written into a description.
QByteArray feedOfPlainTexts(bool withDoctype)
{
    const QList<QByteArray> texts = {
        kLong,
        "\xC3\xA9t\xC3\xA9 \xE2\x80\x99 \xC2\xAB guillemets \xC2\xBB et espaces\xC2\xA0: "
        "fines\xE2\x80\xAF!",
        "lines\n\n  indented\n\ttabbed\n and a > sign, a ] and ]] and ]>",
        "emoji \xF0\x9F\x8E\x99 in a run long enough to be taken out of the document",
        "Zo\xC3\xAB Lef\xC3\xA8vre",
        QByteArray(3000, 'x') + " \xC3\xA9",
        "<p>escaped html is left to libxml2</p>",
        "  spaces around a run long enough to be taken, kept as they are  ",
    };
    QByteArray document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    if (withDoctype)
        document += "<!DOCTYPE rss>\n";
    document += "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\" "
                "xmlns:podcast=\"https://podcastindex.org/namespace/1.0\">\n<channel>\n"
                "<title>" +
                texts[1] + "</title>\n<itunes:author>" + texts[4] + "</itunes:author>\n";
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QByteArray text = texts[i];
        text.replace("&", "&amp;").replace("<", "&lt;");
        document += "<item>\n  <guid>g" + QByteArray::number(i) + "</guid>\n  <title>" + text +
                    "</title>\n  <description>" + text + "</description>\n  <itunes:summary>" +
                    text + " " + kLong + "</itunes:summary>\n  <podcast:person role=\"guest\">" +
                    text + "</podcast:person>\n</item>\n<item>\n  <guid>x" + QByteArray::number(i) +
                    "</guid>\n  <description><p>" + text + "<br/>" + kLong + "</p>\n" + text +
                    "</description>\n</item>\n";
    }
    return document + "</channel>\n</rss>\n";
}

TEST(TextBypassTest, FeedsReadAsLibxml2AloneReadsThem)
{
    const FeedParseResult alone = FeedParser::parse(feedOfPlainTexts(true));
    ASSERT_TRUE(alone.ok()) << qPrintable(alone.error);
    const QByteArray expected = FeedJson::toJson(*alone.feed);
    const QByteArray document = feedOfPlainTexts(false);
    CdataBypass probe;
    probe.filter(document, true);
    EXPECT_GE(probe.bypassedCount(), 30); // the bypass did take runs out
    for (const qsizetype chunk :
         {qsizetype(0), qsizetype(1), qsizetype(7), qsizetype(64), qsizetype(1000)}) {
        FeedParser parser;
        const qsizetype step = chunk == 0 ? document.size() : chunk;
        for (qsizetype offset = 0; offset < document.size(); offset += step)
            ASSERT_TRUE(parser.addData(
                QByteArrayView(document).sliced(offset, std::min(step, document.size() - offset))));
        const FeedParseResult pieces = parser.finish();
        ASSERT_TRUE(pieces.ok()) << chunk << qPrintable(pieces.error);
        EXPECT_EQ(FeedJson::toJson(*pieces.feed), expected) << chunk;
    }
}

TEST(TextBypassTest, ErrorsAfterARunKeepTheirLineNumbers)
{
    const QByteArray document = "<rss><channel><item><title>" + kLong + "\n" + kLong + "\n" +
                                kLong + "</title></item>\n<item></wrong></channel></rss>";
    const FeedParseResult result = FeedParser::parse(document);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("line 4"))) << qPrintable(result.error);
}

} // namespace
} // namespace ondes
