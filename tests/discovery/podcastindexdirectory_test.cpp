#include "directoryfixture.h"
#include "discovery/podcastindexdirectory.h"
#include "support/directoryanswers.h"

#include <QCryptographicHash>
#include <QUrlQuery>

namespace ondes {
namespace {

using test::Route;

const QString kKey = QStringLiteral("UXKCGDSYGUUEVQJSYDZH");
const QString kSecret = QStringLiteral("yzJe2eE7XV-3eY576dyRZ6wXyAbndh6LUrCZ8KN|");

class PodcastIndexDirectoryTest : public test::DirectoryFixture
{
protected:
    void SetUp() override
    {
        DirectoryFixture::SetUp();
        m_index.setCredentials(kKey, kSecret);
    }

    PodcastIndexDirectory m_index{m_http, base()};
};

TEST_F(PodcastIndexDirectoryTest, SignatureIsTheHexSha1OfKeySecretAndDate)
{
    const QByteArray date = "1700000000";
    EXPECT_EQ(PodcastIndexDirectory::signature(kKey, kSecret, date),
              QCryptographicHash::hash(QByteArray((kKey + kSecret).toUtf8() + date),
                                       QCryptographicHash::Sha1)
                  .toHex());
    EXPECT_EQ(PodcastIndexDirectory::signature(kKey, kSecret, date).size(), 40);
}

TEST_F(PodcastIndexDirectoryTest, ASignedSearchIsAcceptedAndRead)
{
    const auto entries =
        test::directoryEntries(2, QStringLiteral("Index"), QStringLiteral("https://feeds.example"));
    m_server.setRoute(
        QStringLiteral("/api/1.0/search/byterm"),
        test::podcastIndexSigned(kKey, kSecret,
                                 Route::text(test::podcastIndexFeedsAnswer(entries), json())));
    const DirectoryAnswer answer = ask(m_index, search(QStringLiteral("index"), 2));
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    ASSERT_EQ(answer.shows.size(), 2);
    const DirectoryShow& show = answer.shows.first();
    EXPECT_EQ(show.feedUrl, QStringLiteral("https://feeds.example/feed/1.xml"));
    EXPECT_EQ(show.title, QStringLiteral("Index 1"));
    EXPECT_EQ(show.language, QStringLiteral("en"));
    EXPECT_EQ(show.episodeCount, 12);
    EXPECT_EQ(show.lastEpisodeAt, 1714550400);
    EXPECT_EQ(show.categories, QStringList{QStringLiteral("News")});
    const auto requests = m_server.requests(QStringLiteral("/api/1.0/search/byterm"));
    ASSERT_EQ(requests.size(), 1);
    const QUrlQuery sent(QUrl(QString::fromUtf8(requests.first().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("q")), QStringLiteral("index"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("max")), QStringLiteral("2"));
    EXPECT_TRUE(requests.first().header("User-Agent").startsWith("Ondes"))
        << requests.first().header("User-Agent").toStdString();
}

TEST_F(PodcastIndexDirectoryTest, AWrongSecretIsRefusedByTheServer)
{
    m_server.setRoute(QStringLiteral("/api/1.0/search/byterm"),
                      test::podcastIndexSigned(
                          kKey, kSecret, Route::text(test::podcastIndexFeedsAnswer({}), json())));
    m_index.setCredentials(kKey, QStringLiteral("not the secret"));
    const DirectoryAnswer answer = ask(m_index, search(QStringLiteral("index")));
    EXPECT_FALSE(answer.ok());
    EXPECT_TRUE(answer.error.startsWith(QStringLiteral("Podcast Index answered with an error")))
        << answer.error.toStdString();
}

TEST_F(PodcastIndexDirectoryTest, WithoutAKeyNothingIsSent)
{
    m_index.setCredentials(QString(), QString());
    EXPECT_FALSE(m_index.isUsable());
    const DirectoryAnswer answer = ask(m_index, search(QStringLiteral("index")));
    EXPECT_FALSE(answer.ok());
    EXPECT_TRUE(answer.error.contains(QStringLiteral("needs an API key")))
        << answer.error.toStdString();
    EXPECT_EQ(m_server.requests().size(), 0);
}

TEST_F(PodcastIndexDirectoryTest, TitleSearchTrendingAndPersonUseTheirEndpoints)
{
    const auto entries =
        test::directoryEntries(1, QStringLiteral("T"), QStringLiteral("https://feeds.example"));
    const Route feeds = Route::text(test::podcastIndexFeedsAnswer(entries), json());
    m_server.setRoute(QStringLiteral("/api/1.0/search/bytitle"),
                      test::podcastIndexSigned(kKey, kSecret, feeds));
    m_server.setRoute(QStringLiteral("/api/1.0/podcasts/trending"),
                      test::podcastIndexSigned(kKey, kSecret, feeds));
    test::PersonEpisode episode;
    episode.title = QStringLiteral("A conversation");
    episode.feedUrl = QStringLiteral("https://other.example/rss");
    episode.feedTitle = QStringLiteral("Another show");
    episode.enclosureUrl = QStringLiteral("https://other.example/a.mp3");
    m_server.setRoute(
        QStringLiteral("/api/1.0/search/byperson"),
        test::podcastIndexSigned(kKey, kSecret,
                                 Route::text(test::podcastIndexPersonAnswer({episode}), json())));

    DirectoryQuery query = search(QStringLiteral("T 1"));
    query.titleOnly = true;
    EXPECT_EQ(ask(m_index, query).shows.size(), 1);

    DirectoryQuery top;
    top.kind = DirectoryQuery::Kind::Top;
    top.language = QStringLiteral("fr");
    top.category = QStringLiteral("55");
    EXPECT_EQ(ask(m_index, top).shows.size(), 1);
    const auto trending = m_server.requests(QStringLiteral("/api/1.0/podcasts/trending"));
    ASSERT_EQ(trending.size(), 1);
    const QUrlQuery sent(QUrl(QString::fromUtf8(trending.first().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("lang")), QStringLiteral("fr"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("cat")), QStringLiteral("55"));

    DirectoryQuery person = search(QStringLiteral("Jane Doe"));
    person.kind = DirectoryQuery::Kind::Person;
    const DirectoryAnswer answer = ask(m_index, person);
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    ASSERT_EQ(answer.episodes.size(), 1);
    EXPECT_EQ(answer.episodes.first().title, QStringLiteral("A conversation"));
    EXPECT_EQ(answer.episodes.first().feedUrl, QStringLiteral("https://other.example/rss"));
    EXPECT_EQ(answer.episodes.first().feedTitle, QStringLiteral("Another show"));
    EXPECT_EQ(answer.episodes.first().durationSeconds, 1800);
    EXPECT_EQ(answer.episodes.first().publishedAt, 1714550400);
}

TEST_F(PodcastIndexDirectoryTest, AStatusFalseAnswerIsItsDescription)
{
    m_server.setRoute(
        QStringLiteral("/api/1.0/search/byterm"),
        Route::text(R"({"status":"false","description":"Something went wrong"})", json()));
    const DirectoryAnswer answer = ask(m_index, search(QStringLiteral("x")));
    EXPECT_FALSE(answer.ok());
    EXPECT_TRUE(answer.error.contains(QStringLiteral("Something went wrong")))
        << answer.error.toStdString();
}

TEST_F(PodcastIndexDirectoryTest, MoreResultsThanAskedAreCutToTheLimit)
{
    const auto entries =
        test::directoryEntries(30, QStringLiteral("Many"), QStringLiteral("https://feeds.example"));
    m_server.setRoute(QStringLiteral("/api/1.0/search/byterm"),
                      Route::text(test::podcastIndexFeedsAnswer(entries), json()));
    const DirectoryAnswer answer = ask(m_index, search(QStringLiteral("many"), 10));
    EXPECT_EQ(answer.shows.size(), 10);
}

} // namespace
} // namespace ondes
