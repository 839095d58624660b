#include "directoryfixture.h"
#include "discovery/fyyddirectory.h"
#include "discovery/gpodderdirectory.h"
#include "support/directoryanswers.h"

#include <QUrlQuery>

namespace ondes {
namespace {

using test::Route;

class GpodderFyydTest : public test::DirectoryFixture
{
protected:
    GpodderDirectory m_gpodder{m_http, base()};
    FyydDirectory m_fyyd{m_http, base()};
};

TEST_F(GpodderFyydTest, GpodderSearchAndToplist)
{
    const auto entries =
        test::directoryEntries(4, QStringLiteral("Gpo"), QStringLiteral("http://feeds.example"));
    m_server.setRoute(QStringLiteral("/search.json"),
                      Route::text(test::gpodderAnswer(entries), json()));
    m_server.setRoute(QStringLiteral("/toplist/3.json"),
                      Route::text(test::gpodderAnswer(entries), json()));
    DirectoryAnswer answer = ask(m_gpodder, search(QStringLiteral("gpo")));
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    ASSERT_EQ(answer.shows.size(), 4);
    EXPECT_EQ(answer.shows[1].feedUrl, QStringLiteral("http://feeds.example/feed/2.xml"));
    EXPECT_EQ(answer.shows[1].title, QStringLiteral("Gpo 2"));
    EXPECT_EQ(answer.shows[1].artworkUrl, QStringLiteral("https://example.org/1002.png"));
    const QUrlQuery sent(QUrl(QString::fromUtf8(m_server.requests().first().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("q")), QStringLiteral("gpo"));

    DirectoryQuery top;
    top.kind = DirectoryQuery::Kind::Top;
    top.limit = 3;
    answer = ask(m_gpodder, top);
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    EXPECT_EQ(answer.shows.size(), 3); // the server sent four
}

TEST_F(GpodderFyydTest, GpodderEmptyListAndWrongShape)
{
    m_server.setRoute(QStringLiteral("/search.json"), Route::text("[]", json()));
    EXPECT_TRUE(ask(m_gpodder, search(QStringLiteral("none"))).ok());
    m_server.setRoute(QStringLiteral("/search.json"), Route::text(R"({"url":"x"})", json()));
    const DirectoryAnswer answer = ask(m_gpodder, search(QStringLiteral("odd")));
    EXPECT_TRUE(
        answer.error.startsWith(QStringLiteral("gpodder.net sent an answer Ondes cannot read")))
        << answer.error.toStdString();
}

TEST_F(GpodderFyydTest, FyydSearchByTermOrTitleAndHotShows)
{
    const auto entries =
        test::directoryEntries(2, QStringLiteral("Fyyd"), QStringLiteral("https://feeds.example"));
    m_server.setRoute(QStringLiteral("/0.2/search/podcast"),
                      Route::text(test::fyydAnswer(entries), json()));
    m_server.setRoute(QStringLiteral("/0.2/feature/podcast/hot"),
                      Route::text(test::fyydAnswer(entries), json()));
    DirectoryAnswer answer = ask(m_fyyd, search(QStringLiteral("fyyd"), 2));
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    ASSERT_EQ(answer.shows.size(), 2);
    EXPECT_EQ(answer.shows[0].feedUrl, QStringLiteral("https://feeds.example/feed/1.xml"));
    EXPECT_EQ(answer.shows[0].language, QStringLiteral("en"));
    EXPECT_EQ(answer.shows[0].episodeCount, 12);
    EXPECT_EQ(answer.shows[0].lastEpisodeAt, 1714550400);
    QUrlQuery sent(QUrl(QString::fromUtf8(m_server.requests().last().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("term")), QStringLiteral("fyyd"));
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("count")), QStringLiteral("2"));

    DirectoryQuery title = search(QStringLiteral("Fyyd 1"));
    title.titleOnly = true;
    ASSERT_TRUE(ask(m_fyyd, title).ok());
    sent = QUrlQuery(QUrl(QString::fromUtf8(m_server.requests().last().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("title"), QUrl::FullyDecoded),
              QStringLiteral("Fyyd 1"));

    DirectoryQuery hot;
    hot.kind = DirectoryQuery::Kind::Top;
    hot.language = QStringLiteral("de");
    answer = ask(m_fyyd, hot);
    ASSERT_TRUE(answer.ok()) << answer.error.toStdString();
    EXPECT_EQ(answer.shows.size(), 2);
    sent = QUrlQuery(QUrl(QString::fromUtf8(m_server.requests().last().target)).query());
    EXPECT_EQ(sent.queryItemValue(QStringLiteral("language")), QStringLiteral("de"));
}

TEST_F(GpodderFyydTest, FyydErrorsAndEmptyResults)
{
    m_server.setRoute(
        QStringLiteral("/0.2/search/podcast"),
        Route::text(R"({"status":0,"msg":"no search term given","meta":{},"data":[]})", json()));
    DirectoryAnswer answer = ask(m_fyyd, search(QStringLiteral("x")));
    EXPECT_TRUE(answer.error.contains(QStringLiteral("no search term given")))
        << answer.error.toStdString();

    m_server.setRoute(QStringLiteral("/0.2/search/podcast"),
                      Route::text(R"({"status":1,"msg":"ok","meta":{},"data":[]})", json()));
    answer = ask(m_fyyd, search(QStringLiteral("y")));
    EXPECT_TRUE(answer.ok());
    EXPECT_TRUE(answer.shows.isEmpty());

    m_server.setRoute(QStringLiteral("/0.2/search/podcast"), Route::error(500));
    answer = ask(m_fyyd, search(QStringLiteral("z")));
    EXPECT_TRUE(answer.error.startsWith(QStringLiteral("fyyd answered with an error")))
        << answer.error.toStdString();
}

} // namespace
} // namespace ondes
