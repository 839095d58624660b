// CDATA sections go around libxml2 (CdataBypass): a description in a CDATA section must read
// exactly as the same text escaped, in any chunking; and what the bypass must leave to libxml2
// passes through it byte for byte.

#include "bypasstestsupport.h"
#include "feed/cdatabypass.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <gtest/gtest.h>

#include <algorithm>

namespace ondes {
namespace {

QByteArray xmlEscaped(const QByteArray& text)
{
    QByteArray out = text;
    return out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
}

// A feed whose descriptions (and titles, and XHTML) hold `texts`, in CDATA sections or escaped.
QByteArray feedOfTexts(const QList<QByteArray>& texts, bool cdata)
{
    QByteArray document = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- a comment -->\n"
                          "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/"
                          "content/\"><channel><title>T</title>\n";
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QByteArray text = texts[i];
        const QByteArray wrapped = cdata ? "<![CDATA[" + text + "]]>" : xmlEscaped(text);
        document += "<item a=\"x > y\" b='>]]>\"'><guid>g" + QByteArray::number(i) +
                    "</guid><title>before " + wrapped + " after</title>\n<description>" + wrapped +
                    "</description>\n<content:encoded>" + wrapped + wrapped +
                    "</content:encoded><?pi ignored?></item>\n";
    }
    return document + "</channel></rss>\n";
}

const QList<QByteArray>& cdataTexts()
{
    static const QList<QByteArray> texts = {
        "<p>Avec Nadia Okbani, sociologue, &amp; « Yoan » — été</p>\n<p>second</p>",
        "plain words",
        "tabs\tand\nnew\nlines\n",
        "a ]] b ]> c ] d",
        "emoji \xF0\x9F\x8E\x99 end",
        "<a href=\"https://example.org/?a=1&b=2\">link</a>",
        QByteArray(5000, 'x') + "\xC3\xA9",
        "\xE2\x80\x99\xC2\xA0:\xE2\x80\xAF!",
        "x"};
    return texts;
}

TEST(FeedParserTest, CdataSectionsReadAsTheSameTextEscaped)
{
    const FeedParseResult escaped = FeedParser::parse(feedOfTexts(cdataTexts(), false));
    const FeedParseResult sections = FeedParser::parse(feedOfTexts(cdataTexts(), true));
    ASSERT_TRUE(escaped.ok()) << qPrintable(escaped.error);
    ASSERT_TRUE(sections.ok()) << qPrintable(sections.error);
    ASSERT_EQ(sections.feed->episodes.size(), cdataTexts().size());
    EXPECT_EQ(FeedJson::toJson(*sections.feed), FeedJson::toJson(*escaped.feed));
    EXPECT_EQ(sections.feed->episodes[3].title, QStringLiteral("before a ]] b ]> c ] d after"));
}

TEST(FeedParserTest, CdataSectionsInAnyChunking)
{
    const QByteArray document = feedOfTexts(cdataTexts(), true);
    const FeedParseResult whole = FeedParser::parse(document);
    ASSERT_TRUE(whole.ok());
    for (const qsizetype chunk : {qsizetype(1), qsizetype(5), qsizetype(9), qsizetype(64),
                                  qsizetype(1000), qsizetype(4099)}) {
        FeedParser parser;
        for (qsizetype offset = 0; offset < document.size(); offset += chunk)
            ASSERT_TRUE(parser.addData(QByteArrayView(document).sliced(
                offset, std::min(chunk, document.size() - offset))));
        const FeedParseResult pieces = parser.finish();
        ASSERT_TRUE(pieces.ok()) << chunk;
        EXPECT_EQ(FeedJson::toJson(*pieces.feed), FeedJson::toJson(*whole.feed)) << chunk;
    }
}

QByteArray cdataBypassed(const QByteArray& document, qsizetype chunk = 0)
{
    CdataBypass bypass;
    return test::bypassedInChunks(bypass, document, chunk);
}

TEST(CdataBypassTest, TakesSectionsInsideTheRootAndNumbersThem)
{
    CdataBypass bypass("cdata");
    const QByteArray out =
        bypass
            .filter("<?xml version='1.0'?><rss><a><![CDATA[one\ntwo]]></a><b><![CDATA[3]]></b>"
                    "<c><![CDATA[]]></c></rss>",
                    true)
            .toByteArray();
    EXPECT_EQ(out, QByteArray("<?xml version='1.0'?><rss><a>&ondes0.cdata;<!--\n--></a>"
                              "<b>&ondes1.cdata;</b><c><![CDATA[]]></c></rss>"));
    EXPECT_EQ(bypass.take("ondes1.cdata"), nullptr); // not the next one
    EXPECT_EQ(bypass.take("other"), nullptr);
    const std::string* first = bypass.take("ondes0.cdata");
    ASSERT_NE(first, nullptr);
    EXPECT_EQ(*first, "one\ntwo");
    const std::string* second = bypass.take("ondes1.cdata");
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(*second, "3");
    EXPECT_EQ(bypass.take("ondes2.cdata"), nullptr);
}

TEST(CdataBypassTest, LeavesToLibxml2WhatItCannotVouchFor)
{
    const QByteArray unchanged[] = {
        // Not UTF-8 as libxml2 reads it, or not text XML allows.
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><a><![CDATA[caf\xE9]]></a></rss>",
        "<rss><a><![CDATA[caf\xE9]]></a></rss>",
        "<rss><a><![CDATA[line\r\nbreak]]></a></rss>",
        "<rss><a><![CDATA[bell\x07]]></a></rss>",
        "<rss><a><![CDATA[\xED\xA0\x80 surrogate]]></a></rss>",
        "<rss><a><![CDATA[\xC0\xAF overlong]]></a></rss>",
        "<rss><a><![CDATA[\xEF\xBF\xBE]]></a></rss>",
        // Not inside the root, or not markup the scanner follows.
        "<![CDATA[before]]><rss/>",
        "<rss></rss><![CDATA[after]]>",
        "<!DOCTYPE rss [<!ENTITY e \"<![CDATA[x]]>\">]><rss><a><![CDATA[x]]></a></rss>",
        "<rss>a < b <![CDATA[x]]></rss>",
        "<rss><a t=\"<![CDATA[x]]>\"/></rss>",
        "<rss><!-- <![CDATA[x]]> --><?pi <![CDATA[x]]>?></rss>",
        "\xFF\xFE<\0r\0s\0s\0>\0",
        "<rss><a><![CDATA[unfinished",
    };
    for (const QByteArray& document : unchanged) {
        EXPECT_EQ(cdataBypassed(document), document) << document.toStdString();
        EXPECT_EQ(cdataBypassed(document, 3), document) << document.toStdString();
    }
}

TEST(CdataBypassTest, PlainXmlText)
{
    qsizetype lines = -1;
    EXPECT_TRUE(isPlainXmlText("", &lines));
    EXPECT_EQ(lines, 0);
    const std::string mixed = std::string(40, 'a') + "\n\xC3\xA9\xE2\x80\x99\xF0\x9F\x8E\x99\t\n" +
                              std::string(33, 'b') + "\xEF\xBF\xBD\n";
    EXPECT_TRUE(isPlainXmlText(mixed, &lines));
    EXPECT_EQ(lines, 3);
    // Every byte sequence cut short fails, wherever it falls in a 16-byte block.
    for (std::size_t pad = 0; pad < 20; ++pad) {
        const std::string head(pad, 'x');
        EXPECT_FALSE(isPlainXmlText(head + "\xE2\x80")) << pad;
        EXPECT_FALSE(isPlainXmlText(head + "\xE2\x80" + std::string(20, 'y'))) << pad;
        EXPECT_FALSE(isPlainXmlText(head + "\x80" + std::string(20, 'y'))) << pad;
        EXPECT_FALSE(isPlainXmlText(head + "\r" + std::string(20, 'y'))) << pad;
        EXPECT_FALSE(isPlainXmlText(head + "\xF4\x90\x80\x80")) << pad;
        EXPECT_TRUE(isPlainXmlText(head + "\xF4\x8F\xBF\xBF" + std::string(20, 'y'))) << pad;
    }
}

} // namespace
} // namespace ondes
