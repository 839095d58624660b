#include "feed/speakerhtml.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

// htmlToText() copies plain text up to the next '<' or '&' a block of units at a time: a tag or
// an entity is read wherever it starts in a block (each offset over three blocks).
TEST(SpeakerHtml, MarkupIsReadAtEveryOffsetOfPlainText)
{
    for (int k = 0; k < 24; ++k) {
        const QString before = QStringLiteral("é").repeated(k);
        const QString after = QStringLiteral("z").repeated(k);
        EXPECT_EQ(speakers::htmlToText(before + u"<p>Zoé &amp; Léa</p>" + after),
                  before + u"\nZoé & Léa\n" + after)
            << k;
        EXPECT_EQ(speakers::htmlToText(before + u"a &lt; b" + after), before + u"a < b" + after)
            << k;
        EXPECT_EQ(speakers::htmlToText(before + u"<b>x</b>" + after), before + u"x" + after) << k;
    }
}

TEST(SpeakerHtml, PlainTextWithoutMarkupIsReturnedAsItIs)
{
    const QString text = QStringLiteral("Avec Nadia Okbani, historienne — « Les droits »");
    EXPECT_EQ(speakers::htmlToText(text), text);
}

} // namespace
} // namespace ondes
