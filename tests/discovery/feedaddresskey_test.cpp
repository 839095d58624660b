#include "discovery/directorymerge.h"
#include "discovery/feedaddresskey.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

QString key(const char* url)
{
    return feedAddressKey(QString::fromUtf8(url));
}

TEST(FeedAddressKey, SchemeCaseOfHostDefaultPortAndTrailingSlashDoNotCount)
{
    EXPECT_EQ(key("https://feeds.example.org/show.xml"), key("http://FEEDS.Example.org/show.xml"));
    EXPECT_EQ(key("http://feeds.example.org:80/show/"), key("https://feeds.example.org:443/show"));
    EXPECT_EQ(key("https://feeds.example.org/show#top"), key("https://feeds.example.org/show"));
}

TEST(FeedAddressKey, PathQueryPortAndWwwDo)
{
    EXPECT_NE(key("https://feeds.example.org/Show.xml"), key("https://feeds.example.org/show.xml"));
    EXPECT_NE(key("https://feeds.example.org/rss?id=1"), key("https://feeds.example.org/rss?id=2"));
    EXPECT_NE(key("https://feeds.example.org:8443/rss"), key("https://feeds.example.org/rss"));
    EXPECT_NE(key("https://www.example.org/rss"), key("https://example.org/rss"));
}

TEST(DirectoryMerge, OneEntryPerShowWithEveryDirectoryAndTheFieldsItLacked)
{
    DirectoryMerge merge;
    DirectoryShow a;
    a.feedUrl = QStringLiteral("http://f.example/a");
    a.title = QStringLiteral("A");
    DirectoryShow b;
    b.feedUrl = QStringLiteral("https://f.example/b");
    DirectoryMerge::Change change = merge.add(QStringLiteral("gpodder"), {a, b, a});
    EXPECT_EQ(change.firstAdded, 0);
    ASSERT_EQ(merge.size(), 2);
    EXPECT_EQ(merge.shows()[0].providers, QStringList{QStringLiteral("gpodder")});

    DirectoryShow again = a;
    again.feedUrl = QStringLiteral("https://F.example/a/");
    again.title = QStringLiteral("A (other title)");
    again.language = QStringLiteral("fr");
    again.episodeCount = 7;
    DirectoryShow c;
    c.feedUrl = QStringLiteral("https://f.example/c");
    change = merge.add(QStringLiteral("fyyd"), {c, again});
    EXPECT_EQ(change.firstAdded, 2);
    EXPECT_EQ(change.updated, QList<qsizetype>{0});
    ASSERT_EQ(merge.size(), 3);
    const DirectoryShow& merged = merge.shows()[0];
    EXPECT_EQ(merged.providers, (QStringList{QStringLiteral("gpodder"), QStringLiteral("fyyd")}));
    EXPECT_EQ(merged.title, QStringLiteral("A")); // the first directory's title stays
    EXPECT_EQ(merged.language, QStringLiteral("fr"));
    EXPECT_EQ(merged.episodeCount, 7);
    EXPECT_EQ(merged.feedUrl, QStringLiteral("https://F.example/a/")); // https preferred
}

} // namespace
} // namespace ondes
