#include "feed/feedhtml.h"
#include "feed/feedtext.h"
#include "feed/feedurl.h"
#include "feed/htmlentities.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

std::string squashed(std::string_view text)
{
    std::string out;
    appendSquashed(text, out);
    return out;
}

std::string squashedKeepingLines(std::string_view text)
{
    std::string out;
    appendSquashedKeepingLines(text, out);
    return out;
}

std::string htmlText(std::string_view html)
{
    std::string out;
    appendHtmlAsText(html, out);
    return out;
}

std::string decoded(std::string_view text)
{
    std::string out;
    appendDecodedEntities(text, out);
    return out;
}

TEST(FeedTextTest, Squash)
{
    EXPECT_EQ(squashed(" some\t   text  with a    lot of   spaces "),
              "some text with a lot of spaces");
    EXPECT_EQ(squashed("line\none\r\ntwo"), "line one two");
    EXPECT_EQ(squashed("non\xc2\xa0"
                       "breaking\xc2\xa0\xc2\xa0space\xc2\xa0"),
              "non breaking space");
    EXPECT_EQ(squashed("caf\xc3\xa9 \xc2\xab ok \xc2\xbb"), "caf\xc3\xa9 \xc2\xab ok \xc2\xbb");
    EXPECT_EQ(squashed("a long enough clean sentence to take the fast path, no doubt"),
              "a long enough clean sentence to take the fast path, no doubt");
    EXPECT_EQ(squashed("a long enough sentence  with a double space in its second half"),
              "a long enough sentence with a double space in its second half");
    EXPECT_EQ(squashed(""), "");
    EXPECT_EQ(squashed("   "), "");
}

TEST(FeedTextTest, SquashKeepingLines)
{
    EXPECT_EQ(squashedKeepingLines(" linefeeds\ncarriage\r  returns"),
              "linefeeds\ncarriage\r returns");
    EXPECT_EQ(squashedKeepingLines("a  \n  b"), "a \n b");
}

TEST(FeedTextTest, LooksLikeHtml)
{
    EXPECT_TRUE(looksLikeHtml("<h1>HELLO</h1>"));
    EXPECT_TRUE(looksLikeHtml("text<br/>more"));
    EXPECT_TRUE(looksLikeHtml("<a href=\"x\">x</a>"));
    EXPECT_FALSE(looksLikeHtml("a < b < c"));
    EXPECT_FALSE(looksLikeHtml("a <3 b > c"));
    EXPECT_FALSE(looksLikeHtml("plain"));
    EXPECT_FALSE(looksLikeHtml("<"));
}

TEST(FeedTextTest, HtmlToText)
{
    EXPECT_EQ(htmlText("<h1>This is a <em>test</em></h1>"), "This is a test");
    EXPECT_EQ(htmlText("<p>One</p><p>Two<br>Three</p>"), "One\n\nTwo\nThree");
    EXPECT_EQ(htmlText("<ul><li>a</li><li>b</li></ul>"), "* a\n\n * b");
    EXPECT_EQ(htmlText("Fish &amp; chips &eacute;t&eacute; &#233; &#xE9; &bogus;"),
              "Fish & chips \xc3\xa9t\xc3\xa9 \xc3\xa9 \xc3\xa9 &bogus;");
    EXPECT_EQ(htmlText("<script>alert(1)</script>Safe<style>p{}</style>!"), "Safe!");
    EXPECT_EQ(htmlText("a < b"), "a < b");
    EXPECT_EQ(htmlText("<p>\n\n\n\nx</p>"), "x");
}

TEST(FeedTextTest, Entities)
{
    EXPECT_EQ(decoded("&lt;&gt;&amp;&quot;&apos;"), "<>&\"'");
    EXPECT_EQ(decoded("&#0;&#xD800;&#1114112;"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
    EXPECT_EQ(decoded("& &; &#; &#x; &amp"), "& &; &#; &#x; &amp");
    EXPECT_EQ(htmlEntityValue("nbsp"), "\xc2\xa0");
    EXPECT_EQ(htmlEntityValue("hellip"), "\xe2\x80\xa6");
    EXPECT_TRUE(htmlEntityValue("nope").empty());
    EXPECT_EQ(htmlEntityIndex("AElig"), 0);
}

TEST(FeedTextTest, RepairsLatin1)
{
    std::string out;
    appendRepairedUtf8("caf\xe9 \xe2\x82\xac \x80 \x93", out);
    EXPECT_EQ(out, "caf\xc3\xa9 \xe2\x82\xac \xe2\x82\xac \xe2\x80\x9c");
}

TEST(FeedUrlTest, Resolve)
{
    const QUrl base(QStringLiteral("file://tests/data/relative.rss"));
    EXPECT_EQ(resolveFeedUrl(base, "example.mp3"), QStringLiteral("file://tests/data/example.mp3"));
    EXPECT_EQ(resolveFeedUrl(base, "/favicon.ico"), QStringLiteral("file://tests/favicon.ico"));
    EXPECT_EQ(resolveFeedUrl(base, " http://a.example/x "), QStringLiteral("http://a.example/x"));
    EXPECT_EQ(resolveFeedUrl(base, "urn:uuid:1"), QStringLiteral("urn:uuid:1"));
    EXPECT_EQ(resolveFeedUrl(base, "episode::x"), QStringLiteral("episode::x"));
    EXPECT_EQ(resolveFeedUrl(base, ""), QString());
    EXPECT_EQ(resolveFeedUrl(QUrl(), "relative/x"), QStringLiteral("relative/x"));
}

TEST(FeedUrlTest, Normalise)
{
    const QUrl none;
    EXPECT_EQ(normalizedFeedUrl(none, "itpc://example.org/podcast.rss"),
              QStringLiteral("http://example.org/podcast.rss"));
    EXPECT_EQ(normalizedFeedUrl(none, "curry.com/x"), QStringLiteral("http://curry.com/x"));
    EXPECT_EQ(normalizedFeedUrl(none, "http://Example.COM"), QStringLiteral("http://example.com/"));
    EXPECT_EQ(normalizedFeedUrl(none, "HTTPS://Example.COM/A?B"),
              QStringLiteral("https://example.com/A?B"));
    EXPECT_EQ(normalizedFeedUrl(none, "http://example.com?x=1"),
              QStringLiteral("http://example.com/?x=1"));
    EXPECT_EQ(normalizedFeedUrl(none, "http://"), QString());
    EXPECT_EQ(normalizedFeedUrl(none, "gopher://gopher.example.org/file.txt"), QString());
    EXPECT_EQ(fileBaseName(QStringLiteral("http://example.com/test.ogg")), QStringLiteral("test"));
    EXPECT_EQ(fileBaseName(QStringLiteral("http://example.com/.hidden")),
              QStringLiteral(".hidden"));
}

} // namespace
} // namespace ondes
