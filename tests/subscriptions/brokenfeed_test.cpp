// A feed found broken after hundreds of its episodes were read leaves the library exactly as it
// was: no show, no episode, no changed row, and the library still takes the next write. Guards
// any store that starts writing before the end of the document (episodes handed over in batches
// while the parser reads on): what the batches wrote must be rolled back.

#include "library/library.h"
#include "subscriptions/documentimporter.h"
#include "subscriptions/refresher.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionfixture.h"
#include "support/feedbuilder.h"
#include "support/qtprinters.h"

#include <QFile>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// The item at `index` (0 is the document's first) closes its title with the wrong tag: an XML
// error at that point of the document, after every item before it was read whole.
QByteArray withBrokenItem(QByteArray feed, int index)
{
    qsizetype at = feed.indexOf("</title>"); // the channel's
    for (int i = 0; i <= index && at >= 0; ++i)
        at = feed.indexOf("</title>", at + 1);
    if (at >= 0)
        feed.replace(at, 8, "</titel>");
    return feed;
}

// What a listener could see of a show's episodes.
QStringList episodeFingerprints(const Library& library, qint64 showId)
{
    QStringList rows;
    const QList<EpisodeRow> episodes = library.episodes(showId);
    for (const EpisodeRow& e : episodes)
        rows << QStringLiteral("%1|%2|%3|%4").arg(e.id).arg(e.guid, e.title, e.description);
    return rows;
}

class BrokenFeedImportTest : public test::SubscriptionFixture
{
protected:
    // The document as a feed file read from disk: DocumentImporter::runFile hands it over a
    // megabyte at a time, the path a download's pieces take too.
    DocumentImport import(const QByteArray& document)
    {
        const QString path = m_dir.path() + QStringLiteral("/feed.xml");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(document) != document.size())
            return {};
        file.close();
        DocumentImporter::Request request;
        request.documentUrl = QUrl::fromLocalFile(path);
        request.showUrl = request.documentUrl.toString();
        return DocumentImporter::runFile(m_library, request, path);
    }
};

TEST_F(BrokenFeedImportTest, NewShowBrokenAfterHundredsOfEpisodesIsNotAdded)
{
    test::FeedSpec spec;
    spec.episodes = 500;
    spec.descriptionBytes = 300;
    const QByteArray good = test::buildFeed(spec);
    const QByteArray broken = withBrokenItem(good, 450);
    ASSERT_NE(broken, good);

    const DocumentImport failed = import(broken);
    EXPECT_EQ(failed.kind, DocumentImport::Kind::Invalid);
    EXPECT_FALSE(failed.merged);
    EXPECT_TRUE(failed.error.contains(QStringLiteral("is not a podcast feed")))
        << failed.error.toStdString();
    EXPECT_TRUE(m_library.shows().isEmpty());
    EXPECT_TRUE(m_library.isEmpty());

    // Nothing was left holding the library: the whole feed goes in next.
    const DocumentImport stored = import(good);
    ASSERT_EQ(stored.kind, DocumentImport::Kind::Feed) << stored.error.toStdString();
    EXPECT_EQ(stored.merged->added, 500);
    EXPECT_EQ(m_library.episodes(stored.merged->showId).size(), 500);
}

TEST_F(BrokenFeedImportTest, RefreshCutShortChangesNothing)
{
    test::FeedSpec before;
    before.episodes = 300;
    before.descriptionBytes = 200;
    const DocumentImport first = import(test::buildFeed(before));
    ASSERT_EQ(first.kind, DocumentImport::Kind::Feed) << first.error.toStdString();
    const qint64 showId = first.merged->showId;
    const QStringList stored = episodeFingerprints(m_library, showId);
    ASSERT_EQ(stored.size(), 300);

    // 100 new episodes first, then the 300 with longer descriptions (each would be updated),
    // and the document stops in the middle of an old episode near its end.
    test::FeedSpec after = before;
    after.episodes = 400;
    after.descriptionBytes = 260;
    QByteArray cut = test::buildFeed(after);
    cut.truncate(cut.lastIndexOf("<item>", cut.size() - 1) + 200);

    const DocumentImport refreshed = import(cut);
    EXPECT_EQ(refreshed.kind, DocumentImport::Kind::Invalid);
    EXPECT_FALSE(refreshed.merged);
    EXPECT_EQ(episodeFingerprints(m_library, showId), stored);
    EXPECT_EQ(m_library.shows().size(), 1);
}

// The same through the refresher, the path a show's scheduled refresh takes.
class BrokenFeedRefreshTest : public test::SubscriptionFixture
{
};

TEST_F(BrokenFeedRefreshTest, RefresherKeepsTheShowWhenItsBigFeedBreaks)
{
    test::FeedSpec spec;
    spec.episodes = 200;
    spec.descriptionBytes = 200;
    m_server.setRoute(QStringLiteral("/big.xml"),
                      test::Route::text(test::buildFeed(spec), "application/rss+xml"));
    Subscriber subscriber(m_http, m_library, m_workers);
    QSignalSpy subscribed(&subscriber, &Subscriber::subscribed);
    subscriber.subscribe(m_server.url(QStringLiteral("/big.xml")).toString());
    ASSERT_TRUE(subscribed.wait(15000));
    const qint64 showId = subscribed.first().at(1).toLongLong();
    const QStringList stored = episodeFingerprints(m_library, showId);
    ASSERT_EQ(stored.size(), 200);

    spec.episodes = 600;
    spec.descriptionBytes = 240;
    m_server.setRoute(
        QStringLiteral("/big.xml"),
        test::Route::text(withBrokenItem(test::buildFeed(spec), 550), "application/rss+xml"));
    Refresher refresher(m_http, m_library, m_workers);
    QSignalSpy finished(&refresher, &Refresher::finished);
    refresher.refresh({showId});
    ASSERT_TRUE(!finished.isEmpty() || finished.wait(15000));
    EXPECT_EQ(finished.first().at(0).toInt(), 1); // one show failed
    EXPECT_EQ(episodeFingerprints(m_library, showId), stored);
    EXPECT_FALSE(m_library.show(showId)->lastError.isEmpty());
}

} // namespace
} // namespace ondes
