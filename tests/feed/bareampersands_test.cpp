// BareAmpersands: a bare "&" is written as "&amp;" before libxml2 sees it, references and
// CDATA sections are left alone, and the result does not depend on where chunks split.

#include "feed/bareampersands.h"

#include <QByteArray>
#include <QString>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// The filter's output for a document fed in chunks of chunkSize bytes (0: in one piece).
QByteArray filtered(const QByteArray& document, qsizetype chunkSize = 0,
                    qsizetype* repaired = nullptr)
{
    BareAmpersands filter;
    QByteArray out;
    const qsizetype step = chunkSize > 0 ? chunkSize : std::max<qsizetype>(document.size(), 1);
    for (qsizetype offset = 0; offset < document.size(); offset += step)
        out += filter
                   .filter(QByteArrayView(document).sliced(
                               offset, std::min(step, document.size() - offset)),
                           false)
                   .toByteArray();
    out += filter.filter({}, true).toByteArray();
    if (repaired != nullptr)
        *repaired = filter.repairedCount();
    return out;
}

TEST(BareAmpersandsTest, WritesABareAmpersandAsAReference)
{
    qsizetype repaired = 0;
    EXPECT_EQ(filtered("<t>AT&T, Q&A, Society & Culture, 1&2, a&&b</t>", 0, &repaired),
              QByteArray("<t>AT&amp;T, Q&amp;A, Society &amp; Culture, 1&amp;2, a&amp;&amp;b</t>"));
    EXPECT_EQ(repaired, 6);
    EXPECT_EQ(filtered("<e url=\"https://x.example/a?b=1&c=2\"/>"),
              QByteArray("<e url=\"https://x.example/a?b=1&amp;c=2\"/>"));
    // No name, or no ';' after it: "&amp" without its ';' stays the text "&amp".
    EXPECT_EQ(filtered("<t>&#; &#x; &#xZ; &; &amp &#38 &</t>"),
              QByteArray("<t>&amp;#; &amp;#x; &amp;#xZ; &amp;; &amp;amp &amp;#38 &amp;</t>"));
    // The document ends on an "&".
    EXPECT_EQ(filtered("<t>x&"), QByteArray("<t>x&amp;"));
}

TEST(BareAmpersandsTest, LeavesReferencesAlone)
{
    const QByteArray references = "<t a=\"&quot;&amp;\">&amp; &#38; &#x26; &eacute; &unknown; "
                                  "&a.b-c_d:e; &\xC3\xA9t\xC3\xA9;</t>";
    qsizetype repaired = -1;
    EXPECT_EQ(filtered(references, 0, &repaired), references);
    EXPECT_EQ(repaired, 0);
}

TEST(BareAmpersandsTest, ANameTooLongForAnEntityIsText)
{
    const QByteArray longest(BareAmpersands::kMaxReference - 1, 'n');
    const QByteArray tooLong(BareAmpersands::kMaxReference, 'n');
    EXPECT_EQ(filtered(QByteArray("<t>&") + longest + ";</t>"),
              QByteArray("<t>&") + longest + ";</t>");
    EXPECT_EQ(filtered(QByteArray("<t>&") + tooLong + ";</t>"),
              QByteArray("<t>&amp;") + tooLong + ";</t>");
    const QByteArray digits(BareAmpersands::kMaxReference, '1');
    EXPECT_EQ(filtered(QByteArray("<t>&#") + digits + ";</t>"),
              QByteArray("<t>&amp;#") + digits + ";</t>");
}

TEST(BareAmpersandsTest, LeavesCdataCommentsAndInstructionsAlone)
{
    const QByteArray untouched = "<?xml version=\"1.0\"?><?style a&b ?><!-- R&D <![CDATA[ -- & -->"
                                 "<t><![CDATA[ Q&A ]] ] > &amp; ]]></t>";
    EXPECT_EQ(filtered(untouched), untouched);
    // After each of them, bare ampersands are repaired again.
    EXPECT_EQ(filtered("<!--&--><t><![CDATA[&]]>&</t><?p &?>&"),
              QByteArray("<!--&--><t><![CDATA[&]]>&amp;</t><?p &?>&amp;"));
    // "<!DOCTYPE" is neither.
    EXPECT_EQ(filtered("<!DOCTYPE rss><rss>&</rss>"), QByteArray("<!DOCTYPE rss><rss>&amp;</rss>"));
}

TEST(BareAmpersandsTest, TheSameOutputWhereverChunksSplit)
{
    const QByteArray document =
        QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss><channel>"
                   "<title>Q&A &amp; AT&T</title><!-- R&D --><item a=\"1&2\">"
                   "<description><![CDATA[ <b>&</b> ]]> &eacute; &#233; &#x00E9; &") +
        QByteArray(BareAmpersands::kMaxReference - 1, 'x') + "; &" +
        QByteArray(BareAmpersands::kMaxReference + 3, 'y') +
        "; </description><?pi ? & ?></item></channel></rss>";
    const QByteArray whole = filtered(document);
    EXPECT_EQ(whole.count("&amp;"), 5);
    for (qsizetype chunk = 1; chunk <= 80; ++chunk)
        ASSERT_EQ(filtered(document, chunk), whole) << "chunks of " << chunk;
}

TEST(BareAmpersandsTest, LeavesDocumentsThatAreNotAsciiBasedAlone)
{
    // UTF-16 with and without a byte order mark: "&" is not one byte there.
    const QByteArray utf16le("\xFF\xFE<\0t\0>\0&\0 \0", 12);
    EXPECT_EQ(filtered(utf16le), utf16le);
    const QByteArray bareUtf16be("\0<\0t\0>\0&\0 ", 10);
    EXPECT_EQ(filtered(bareUtf16be), bareUtf16be);
    // ISO-2022-JP uses "&" and "<" inside its two-byte characters.
    const QByteArray iso2022 =
        "<?xml version='1.0' encoding = 'ISO-2022-JP'?><t>\x1B$B&<\x1B(B</t>";
    for (const qsizetype chunk : {0, 1, 5})
        EXPECT_EQ(filtered(iso2022, chunk), iso2022) << "chunks of " << chunk;
    // Declared UTF-8, Latin-1 or Windows-1252: repaired.
    for (const char* encoding : {"UTF-8", "iso-8859-1", "windows-1252"}) {
        const QByteArray declared =
            QByteArray("<?xml version=\"1.0\" encoding=\"") + QByteArray(encoding) + "\"?><t>&</t>";
        EXPECT_EQ(filtered(declared), QByteArray("<?xml version=\"1.0\" encoding=\"") +
                                          QByteArray(encoding) + "\"?><t>&amp;</t>");
    }
}

} // namespace
} // namespace ondes
