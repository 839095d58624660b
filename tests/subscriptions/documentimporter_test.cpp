// DocumentImporter takes a document piece by piece, however it is cut.

#include "library/database.h"
#include "library/library.h"
#include "subscriptions/documentimporter.h"
#include "support/feedbuilder.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"

#include <QFile>

#include <gtest/gtest.h>

namespace ondes {
namespace {

class DocumentImporterTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_database.open()); }

    DocumentImporter::Request request(bool acceptPage = true) const
    {
        DocumentImporter::Request r;
        r.documentUrl = QUrl(QStringLiteral("http://127.0.0.1/show/feed.xml"));
        r.showUrl = r.documentUrl.toString();
        r.acceptPage = acceptPage;
        return r;
    }

    // Hands the document over in pieces of the given size.
    DocumentImport importInPieces(const QByteArray& document, qsizetype piece,
                                  bool acceptPage = true)
    {
        DocumentImporter importer(m_library, request(acceptPage));
        for (qsizetype at = 0; at < document.size(); at += piece) {
            if (!importer.addData(
                    QByteArrayView(document).sliced(at, qMin(piece, document.size() - at))))
                break;
        }
        return importer.finish();
    }

    test::TestDataDir m_dir;
    Database m_database{m_dir.path() + QStringLiteral("/library.sqlite")};
    Library m_library{m_database};
};

TEST_F(DocumentImporterTest, FeedCutIntoSingleBytesIsStoredWhole)
{
    test::FeedSpec spec;
    spec.episodes = 12;
    spec.descriptionBytes = 300;
    const DocumentImport import = importInPieces(test::buildFeed(spec), 1);
    ASSERT_EQ(import.kind, DocumentImport::Kind::Feed) << import.error.toStdString();
    ASSERT_TRUE(import.merged);
    EXPECT_EQ(import.merged->added, 12);
    EXPECT_EQ(m_library.episodes(import.merged->showId).size(), 12);
}

TEST_F(DocumentImporterTest, PageCutIntoSmallPiecesIsReadAsAPage)
{
    QFile file(test::testDataPath(QStringLiteral("pages/feed-single.html")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const DocumentImport import = importInPieces(file.readAll(), 7);
    ASSERT_EQ(import.kind, DocumentImport::Kind::Page) << import.error.toStdString();
    EXPECT_EQ(import.page.feedLinks.size(), 1);
    EXPECT_TRUE(m_library.shows().isEmpty());
}

TEST_F(DocumentImporterTest, PageWhereAFeedWasWantedIsRefusedAtOnce)
{
    QFile file(test::testDataPath(QStringLiteral("pages/feed-single.html")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    DocumentImporter importer(m_library, request(false));
    const QByteArray page = file.readAll().repeated(50); // past what is sniffed
    ASSERT_GT(page.size(), 4096);
    EXPECT_FALSE(importer.addData(page));
    const DocumentImport import = importer.finish();
    EXPECT_EQ(import.kind, DocumentImport::Kind::Invalid);
    EXPECT_EQ(import.error,
              QStringLiteral("http://127.0.0.1/show/feed.xml is a web page, not a podcast feed"));
}

TEST_F(DocumentImporterTest, BinaryIsRefusedAfterItsFirstPiece)
{
    QByteArray audio(256 * 1024, '\0');
    audio.replace(0, 3, "ID3");
    DocumentImporter importer(m_library, request());
    EXPECT_FALSE(importer.addData(audio));
    EXPECT_FALSE(importer.addData(audio)); // later bytes are ignored
    const DocumentImport import = importer.finish();
    EXPECT_EQ(import.kind, DocumentImport::Kind::Invalid);
    EXPECT_TRUE(import.error.startsWith(
        QStringLiteral("http://127.0.0.1/show/feed.xml is not a podcast feed: not a feed")))
        << import.error.toStdString();
}

TEST_F(DocumentImporterTest, EmptyDocumentSaysSo)
{
    DocumentImporter importer(m_library, request());
    const DocumentImport import = importer.finish();
    EXPECT_EQ(import.kind, DocumentImport::Kind::Invalid);
    EXPECT_TRUE(import.error.contains(QStringLiteral("the document is empty")))
        << import.error.toStdString();
}

TEST_F(DocumentImporterTest, ShortFeedIsDecidedAtTheEnd)
{
    // Smaller than what is sniffed: the decision waits for finish().
    const QByteArray feed =
        "<rss version=\"2.0\"><channel><title>Court</title><item><title>Un</title><guid>1</guid>"
        "</item></channel></rss>";
    DocumentImporter importer(m_library, request());
    EXPECT_TRUE(importer.addData(feed));
    const DocumentImport import = importer.finish(QStringLiteral("http://127.0.0.1/moved.xml"));
    ASSERT_EQ(import.kind, DocumentImport::Kind::Feed) << import.error.toStdString();
    EXPECT_EQ(m_library.show(import.merged->showId)->feedUrl,
              QStringLiteral("http://127.0.0.1/moved.xml"));
}

} // namespace
} // namespace ondes
