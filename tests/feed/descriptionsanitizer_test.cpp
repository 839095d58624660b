#include "feed/descriptionsanitizer.h"
#include "support/qtprinters.h"
#include "support/sanitizerslowdown.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

QString safe(const char* html, SanitizeOptions options = {})
{
    options.format = SanitizeOptions::Format::Html;
    return DescriptionSanitizer::toSafeHtml(QString::fromUtf8(html), options);
}

// Nothing that can run or call home is left.
void expectHarmless(const QString& out)
{
    const QString lower = out.toLower();
    for (const char* bad :
         {"<script", "<style", "<iframe", "<object", "<embed", "<svg", "<form", "<img",
          "javascript:", "vbscript:", "data:", "file:", "onerror", "onload", "onclick", "style="})
        EXPECT_FALSE(lower.contains(QLatin1String(bad)))
            << bad << " in " << out.left(300).toStdString();
}

} // namespace

TEST(DescriptionSanitizerTest, KeepsSimpleFormattingAndLinks)
{
    EXPECT_EQ(safe("<p>Un <b>gras</b>, un <em>italique</em><br>et <a "
                   "href=\"https://ex.org/a?b=1&amp;c=2\" "
                   "target=\"_blank\" class=\"x\">un lien</a>.</p>"),
              QStringLiteral("<p>Un <b>gras</b>, un <em>italique</em><br>et "
                             "<a href=\"https://ex.org/a?b=1&amp;c=2\">un lien</a>.</p>"));
    EXPECT_EQ(safe("<h2>Titre</h2><ul><li>un</li><li>deux</li></ul><blockquote>cité</blockquote>"),
              QStringLiteral(
                  "<h2>Titre</h2><ul><li>un</li><li>deux</li></ul><blockquote>cité</blockquote>"));
    EXPECT_EQ(safe("<a href=\"mailto:jo@ex.org\">écrire</a>"),
              QStringLiteral("<a href=\"mailto:jo@ex.org\">écrire</a>"));
    // Entities decoded then escaped again where needed.
    EXPECT_EQ(safe("<p>&eacute;t&eacute; &lt;3 &amp; &#x1F600;</p>"),
              QStringLiteral("<p>été &lt;3 &amp; 😀</p>"));
}

TEST(DescriptionSanitizerTest, DropsScriptsHandlersAndDangerousUrls)
{
    const QString out = safe(
        "<p onclick=\"steal()\" style=\"color:red\">Bonjour</p>"
        "<script>alert(1)</script><style>p{}</style><iframe src=\"https://evil\"></iframe>"
        "<object data=\"x.swf\"></object><embed src=\"x\"><svg "
        "onload=\"x()\"><text>svg</text></svg>"
        "<img src=\"x\" onerror=\"alert(1)\"><p>après</p><embed src=\"x.swf\"><p>suite</p>"
        "<a href=\"javascript:alert(1)\">js</a> <a href=\" JaVaScRiPt:alert(1)\">js2</a> "
        "<a href=\"&#106;avascript:alert(1)\">js3</a> <a href=\"data:text/html,<script>\">data</a> "
        "<a href=\"vbscript:x\">vb</a> <a href=\"file:///etc/passwd\">file</a> "
        "<a href=\"java&#x09;script:alert(1)\">tab</a>"
        "<form action=\"https://evil\"><input value=\"x\"><button>Go</button></form>"
        "<div onmouseover=\"x\">fin</div>");
    expectHarmless(out);
    EXPECT_TRUE(out.startsWith(QStringLiteral("<p>Bonjour</p>"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("alert"))) << out.toStdString();
    // The text of removed links stays.
    for (const char* text :
         {"après", "suite", "js", "js2", "js3", "data", "vb", "file", "tab", "fin"})
        EXPECT_TRUE(out.contains(QString::fromUtf8(text))) << text;
    EXPECT_FALSE(out.contains(QStringLiteral("<a"))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("Go")));
}

TEST(DescriptionSanitizerTest, RemoteImagesOnlyWhenAllowed)
{
    const char* html = "<p>Avant<img src=\"https://cdn.ex.org/a.jpg\" alt=\"une "
                       "&quot;image&quot;\" width=1>après</p>";
    EXPECT_EQ(safe(html), QStringLiteral("<p>Avantaprès</p>"));
    SanitizeOptions options;
    options.allowRemoteImages = true;
    EXPECT_EQ(safe(html, options), QStringLiteral("<p>Avant<img src=\"https://cdn.ex.org/a.jpg\" "
                                                  "alt=\"une &quot;image&quot;\">après</p>"));
    // Even allowed, only http(s) images.
    EXPECT_EQ(safe("<img src=\"data:image/png;base64,AAAA\"><img src=\"file:///x.png\">", options),
              QString());
}

TEST(DescriptionSanitizerTest, RelativeLinksNeedABase)
{
    EXPECT_EQ(safe("<a href=\"/notes\">notes</a>"), QStringLiteral("notes"));
    SanitizeOptions options;
    options.baseUrl = QStringLiteral("https://show.example/ep/1");
    EXPECT_EQ(safe("<a href=\"/notes\">notes</a>", options),
              QStringLiteral("<a href=\"https://show.example/notes\">notes</a>"));
}

TEST(DescriptionSanitizerTest, ContainersBecomeLineBreaksAndUnknownElementsAreUnwrapped)
{
    EXPECT_EQ(safe("<div>un</div><div>deux</div><span style=\"x\">trois</span>"),
              QStringLiteral("un<br>deux<br>trois"));
    EXPECT_EQ(safe("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"),
              QStringLiteral("ab<br>c")); // no break left dangling at the end
    EXPECT_EQ(safe("<custom-tag>x</custom-tag><font color=red>y</font>"), QStringLiteral("xy"));
}

TEST(DescriptionSanitizerTest, LinksBareUrlsAndTimestampsOutsideLinks)
{
    EXPECT_EQ(
        safe("<p>Voir https://ex.org/page?a=1. Et 12:34 : la suite.</p>"),
        QStringLiteral("<p>Voir <a href=\"https://ex.org/page?a=1\">https://ex.org/page?a=1</a>. "
                       "Et <a href=\"seek:754\">12:34</a> : la suite.</p>"));
    // A timestamp inside a URL is part of the URL. (libxml2 puts bare text in a paragraph.)
    EXPECT_EQ(
        safe("https://ex.org/t/12:34"),
        QStringLiteral("<p><a href=\"https://ex.org/t/12:34\">https://ex.org/t/12:34</a></p>"));
    SanitizeOptions off;
    off.linkTimestamps = false;
    off.linkUrls = false;
    EXPECT_EQ(safe("12:34 https://ex.org", off), QStringLiteral("<p>12:34 https://ex.org</p>"));
}

TEST(DescriptionSanitizerTest, DetectsHtmlOrPlainText)
{
    EXPECT_TRUE(DescriptionSanitizer::looksLikeHtml(u"<p>x</p>"));
    EXPECT_TRUE(DescriptionSanitizer::looksLikeHtml(u"a<br/>b"));
    EXPECT_TRUE(DescriptionSanitizer::looksLikeHtml(u"caf&eacute;"));
    EXPECT_FALSE(DescriptionSanitizer::looksLikeHtml(u"a < b and c > d"));
    EXPECT_FALSE(DescriptionSanitizer::looksLikeHtml(u"Tom & Jerry"));
    EXPECT_EQ(DescriptionSanitizer::toSafeHtml(QStringLiteral("a < b\nc > d")),
              QStringLiteral("<p>a &lt; b<br>c &gt; d</p>"));
    // A literal script tag makes it HTML, and the script goes.
    EXPECT_EQ(DescriptionSanitizer::toSafeHtml(QStringLiteral("a<script>x()</script>")),
              QStringLiteral("<p>a</p>"));
}

TEST(DescriptionSanitizerTest, HostileSizesAreBoundedAndSafe)
{
    QElapsedTimer timer;
    timer.start();
    // 10,000 nested elements.
    QString deep;
    for (int i = 0; i < 10000; ++i)
        deep += QStringLiteral("<div><b><i>");
    deep += QStringLiteral("fond<script>x</script>");
    const QString deepOut = safe(deep.toUtf8().constData());
    expectHarmless(deepOut);
    EXPECT_LT(deepOut.count(QStringLiteral("<b>")), DescriptionSanitizer::maxDepth + 1);

    // 1 MB of text with timestamps, URLs and markup.
    QString big;
    while (big.size() < 1024 * 1024)
        big += QStringLiteral("<p>Le 12:34 <b>gras</b> https://ex.org/x 1:02:03 &amp; <a "
                              "href=\"javascript:x\">y</a></p>\n");
    const QString bigOut = DescriptionSanitizer::toSafeHtml(big);
    expectHarmless(bigOut);
    EXPECT_GT(bigOut.size(), 500000);

    // 1 MB of plain text on one line, and an unclosed comment and tag.
    const QString flat = QString(1024 * 1024, QLatin1Char('a')) + QStringLiteral(" 12:34");
    EXPECT_TRUE(DescriptionSanitizer::toSafeHtml(flat).endsWith(
        QStringLiteral("<a href=\"seek:754\">12:34</a></p>")));
    expectHarmless(safe("<p>x<!-- <script>alert(1)</script>"));
    expectHarmless(safe("<p>x<script"));
    expectHarmless(safe("<a href='javascript:x'<img src=x onerror=alert(1)>"));
    // Over the input cap: cut, not refused.
    const QString huge = QString(DescriptionSanitizer::maxInputChars + 1000, QLatin1Char('b'));
    EXPECT_LE(DescriptionSanitizer::toSafeHtml(huge).size(),
              DescriptionSanitizer::maxInputChars + 16);
    EXPECT_LT(timer.elapsed(), 20000 * test::sanitizerSlowdown);
}
