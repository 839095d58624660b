#include "library/episodesource.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

TEST(EpisodeSource, KeysGoBothWays)
{
    for (const EpisodeSource& source :
         {EpisodeSource::ofView(EpisodeView::All), EpisodeSource::ofView(EpisodeView::Downloaded),
          EpisodeSource::ofShow(12), EpisodeSource::ofPerson(3)})
        EXPECT_EQ(EpisodeSource::parse(source.key()), source) << source.key().toStdString();
    EXPECT_EQ(EpisodeSource::ofView(EpisodeView::New).key(), QStringLiteral("view:1"));
    EXPECT_EQ(EpisodeSource::ofShow(12).key(), QStringLiteral("show:12"));
    EXPECT_EQ(EpisodeSource::ofPerson(3).key(), QStringLiteral("person:3"));
    EXPECT_EQ(EpisodeSource().key(), QString());
    EXPECT_EQ(EpisodeSource::parse(QStringLiteral("view:2")).view(), EpisodeView::InProgress);
}

TEST(EpisodeSource, AKeyThatNamesNothingIsNone)
{
    for (const char* key : {"", "view", "view:", "view:4", "view:-1", "show:0", "show:-5",
                            "show:abc", "person:", "search:radio", "show:12x", ":3"})
        EXPECT_FALSE(EpisodeSource::parse(QLatin1String(key)).isValid()) << key;
}

} // namespace
} // namespace ondes
