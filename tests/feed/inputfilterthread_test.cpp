// FeedParseOptions::filterOnThread: the byte filters run on a thread of their own
// (InputFilterThread) and the parser reads exactly what it reads without it, feeds and
// refusals alike, in any chunking.

#include "feed/feedjson.h"
#include "feed/feedparser.h"
#include "feed/inputfilterthread.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <vector>

namespace ondes {
namespace {

// The feed as JSON, or the refusal.
QByteArray reading(const QByteArray& document, bool onThread, qsizetype chunk)
{
    FeedParseOptions options;
    options.filterOnThread = onThread;
    FeedParser parser(options);
    const qsizetype step = chunk == 0 ? std::max<qsizetype>(document.size(), 1) : chunk;
    for (qsizetype offset = 0; offset < document.size(); offset += step) {
        if (!parser.addData(
                QByteArrayView(document).sliced(offset, std::min(step, document.size() - offset))))
            break;
    }
    const FeedParseResult result = parser.finish();
    return result.ok() ? FeedJson::toJson(*result.feed) : "refused: " + result.error.toUtf8();
}

TEST(InputFilterThreadTest, EveryFixtureReadsAsWithoutTheThread)
{
    const QString dir = QStringLiteral(ONDES_TEST_DATA_DIR "/feeds");
    const QStringList names = QDir(dir).entryList(QDir::Files);
    ASSERT_GE(names.size(), 20);
    QByteArray big = "<?xml version=\"1.0\"?><rss><channel><title>T</title>";
    for (int i = 0; i < 3000; ++i)
        big += "<item><guid>g" + QByteArray::number(i) +
               "</guid><title>Un titre assez long, accentué : « été » et l’hiver</title>"
               "<description><![CDATA[<p>Texte &amp; <b>gras</b></p>]]></description>"
               "<link>https://example.org/?a=1&b=2</link></item>\n";
    big += "</channel></rss>";
    QList<QByteArray> documents = {big, big.first(big.size() / 2), QByteArray(), "   \n ",
                                   "<html><body>not a feed</body></html>"};
    for (const QString& name : names) {
        QFile file(dir + QLatin1Char('/') + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(name);
        documents << file.readAll();
    }
    for (const QByteArray& document : std::as_const(documents)) {
        const QByteArray expected = reading(document, false, 0);
        for (const qsizetype chunk : {qsizetype(0), qsizetype(61), qsizetype(4096)})
            EXPECT_EQ(reading(document, true, chunk), expected)
                << chunk << " " << document.left(120).toStdString();
    }
}

TEST(InputFilterThreadTest, ChunksHandedOverWholeReadAsCopiedOnes)
{
    // addData(const QByteArray&): the filter thread keeps the chunk's bytes instead of copying
    // them. Chunks of 61 bytes to more than a parser piece (which is then copied piece by piece),
    // each a new array that the test drops (or keeps) as a caller would.
    QByteArray document = "<?xml version=\"1.0\"?><rss><channel><title>T</title>";
    for (int i = 0; i < 4000; ++i)
        document +=
            "<item><guid>g" + QByteArray::number(i) +
            "</guid><title>Un titre, accentu\xC3\xA9 : \xC2\xAB \xC3\xA9t\xC3\xA9 \xC2\xBB</title>"
            "<description><![CDATA[<p>Texte &amp; <b>gras</b> assez long pour passer "
            "autour</p>]]></description><link>https://example.org/?a=1&b=2</link></item>\n";
    document += "</channel></rss>";
    const QByteArray expected = reading(document, false, 0);
    for (const qsizetype chunk : {qsizetype(61), qsizetype(128 * 1024), qsizetype(300 * 1024)}) {
        FeedParseOptions options;
        options.filterOnThread = true;
        FeedParser parser(options);
        std::vector<QByteArray> kept;
        for (qsizetype offset = 0; offset < document.size(); offset += chunk) {
            QByteArray piece = document.mid(offset, chunk);
            ASSERT_TRUE(parser.addData(piece));
            if (offset % (3 * chunk) == 0)
                kept.push_back(piece); // shared with the thread for a while
            piece.fill('<');           // detaches when shared: the thread's bytes stay
        }
        const FeedParseResult result = parser.finish();
        ASSERT_TRUE(result.ok()) << qPrintable(result.error);
        EXPECT_EQ(FeedJson::toJson(*result.feed), expected) << chunk;
    }
}

TEST(InputFilterThreadTest, ChunksComeOutInOrderWithTheirSections)
{
    InputFilterThread thread;
    const QByteArray document =
        "<rss><a><![CDATA[one]]></a><b>" + QByteArray(60, 'x') + "</b><c>a & b</c></rss>";
    QByteArray out;
    std::deque<std::string> sections;
    // Cut inside the CDATA section, which the filter holds back until it is whole.
    thread.submit(QByteArrayView(document).first(12), false);
    thread.submit(QByteArrayView(document).sliced(12), true);
    while (true) {
        std::optional<InputFilterThread::Output> output = thread.next(true);
        ASSERT_TRUE(output.has_value());
        out += output->bytes;
        for (std::string& section : output->sections)
            sections.push_back(std::move(section));
        if (output->last) {
            EXPECT_EQ(output->repairedAmpersands, 1);
            EXPECT_EQ(output->bypassedSections, 2);
            break;
        }
    }
    const QByteArray key = QByteArray::fromStdString(thread.key());
    EXPECT_EQ(out,
              "<rss><a>&ondes0." + key + ";</a><b>&ondes1." + key + ";</b><c>a &amp; b</c></rss>");
    ASSERT_EQ(sections.size(), 2u);
    EXPECT_EQ(sections[0], "one");
    EXPECT_EQ(sections[1], std::string(60, 'x'));
    EXPECT_FALSE(thread.next(false).has_value());
}

} // namespace
} // namespace ondes
