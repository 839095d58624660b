#include "feed/chaptersjson.h"
#include "support/qtprinters.h"
#include "support/sanitizerslowdown.h"
#include "support/testdatapath.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(test::testDataPath(QStringLiteral("chapters/") + QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The reason parse gives for json, or "" when it succeeds.
QString errorFor(QByteArrayView json)
{
    QString error;
    return ChaptersJson::parse(json, &error) ? QString() : error;
}

} // namespace

TEST(ChaptersJsonTest, ReadsTheSpecExample)
{
    QString error;
    const auto chapters = ChaptersJson::parse(fixture("basic.json"), &error);
    ASSERT_TRUE(chapters) << error.toStdString();
    ASSERT_EQ(chapters->size(), 5);
    EXPECT_EQ(chapters->at(0).title, QStringLiteral("Intro"));
    EXPECT_DOUBLE_EQ(chapters->at(0).start, 0);
    EXPECT_EQ(chapters->at(1).image, QStringLiteral("https://example.com/images/hearing_aids.jpg"));
    EXPECT_EQ(chapters->at(3).href,
              QStringLiteral("https://github.com/Podcastindex-org/podcast-namespace"));
    EXPECT_DOUBLE_EQ(chapters->at(4).start, 6089);
}

TEST(ChaptersJsonTest, SkipsSilentChaptersAndResolvesRelativeUrls)
{
    QString error;
    const auto chapters =
        ChaptersJson::parse(fixture("silent-and-located.json"), &error,
                            QStringLiteral("https://cdn.example.org/ep7/chapters.json"));
    ASSERT_TRUE(chapters) << error.toStdString();
    ASSERT_EQ(chapters->size(), 3); // the toc:false marker at 4826 is not a chapter
    EXPECT_EQ(chapters->at(0).title, QStringLiteral("Générique"));
    EXPECT_DOUBLE_EQ(chapters->at(1).start, 5510.75);
    EXPECT_EQ(chapters->at(1).image,
              QStringLiteral("https://cdn.example.org/ep7/images/acteurs.png"));
    EXPECT_EQ(chapters->at(1).href, QStringLiteral("https://cdn.example.org/notes/acteurs"));
    // Nulls read as absent.
    EXPECT_DOUBLE_EQ(chapters->at(2).start, 5854);
    EXPECT_TRUE(chapters->at(2).title.isEmpty());
    EXPECT_TRUE(chapters->at(2).image.isEmpty());
}

TEST(ChaptersJsonTest, SortsByStartKeepingTheFileOrderForEqualStarts)
{
    const auto chapters = ChaptersJson::parse(fixture("unordered.json"));
    ASSERT_TRUE(chapters);
    ASSERT_EQ(chapters->size(), 4);
    EXPECT_EQ(chapters->at(0).title, QStringLiteral("Premier"));
    EXPECT_EQ(chapters->at(1).title, QStringLiteral("Deuxième"));
    EXPECT_EQ(chapters->at(2).title, QStringLiteral("Deuxième bis"));
    EXPECT_DOUBLE_EQ(chapters->at(3).start, 3600.25);
}

TEST(ChaptersJsonTest, EmptyListsAndMissingVersionAreFine)
{
    const auto empty = ChaptersJson::parse(R"({"version":"1.2.0","chapters":[]})");
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
    const auto noVersion = ChaptersJson::parse(R"({"chapters":[{"startTime":3,"title":"x"}]})");
    ASSERT_TRUE(noVersion);
    EXPECT_EQ(noVersion->size(), 1);
}

TEST(ChaptersJsonTest, MalformedFilesGiveAReason)
{
    EXPECT_TRUE(errorFor(fixture("negative-start.json")).contains(QStringLiteral("chapter 2")));
    EXPECT_TRUE(errorFor(fixture("negative-start.json")).contains(QStringLiteral("negative")));
    EXPECT_TRUE(errorFor(fixture("string-start.json")).contains(QStringLiteral("not a number")));
    EXPECT_TRUE(errorFor(fixture("truncated.json")).startsWith(QStringLiteral("not JSON")));
    EXPECT_FALSE(errorFor("").isEmpty());
    EXPECT_FALSE(errorFor("<html>not found</html>").isEmpty());
    EXPECT_FALSE(errorFor("[1,2,3]").isEmpty());
    EXPECT_FALSE(errorFor(R"({"version":"1"})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":{"startTime":0}})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":[42]})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":[{"title":"no start"}]})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":[{"startTime":null}]})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":[{"startTime":1e999}]})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":[{"startTime":NaN}]})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":[{"startTime":1,"title":12}]})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":[{"startTime":1,"toc":"no"}]})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"chapters":[{"startTime":1,"endTime":-1}]})").isEmpty());
    EXPECT_FALSE(errorFor(R"({"version":[],"chapters":[]})").isEmpty());
}

TEST(ChaptersJsonTest, HostileSizesAreBounded)
{
    // 50,000 chapters: the first 10,000 are kept.
    QByteArray many = "{\"version\":\"1.2.0\",\"chapters\":[";
    for (int i = 0; i < 50000; ++i) {
        if (i > 0)
            many += ',';
        many += "{\"startTime\":" + QByteArray::number(50000 - i) + ",\"title\":\"c\"}";
    }
    many += "]}";
    QElapsedTimer timer;
    timer.start();
    const auto chapters = ChaptersJson::parse(many);
    ASSERT_TRUE(chapters);
    EXPECT_EQ(chapters->size(), ChaptersJson::maxChapters);
    EXPECT_DOUBLE_EQ(chapters->front().start, 40001);
    EXPECT_LT(timer.elapsed(), 5000 * test::sanitizerSlowdown);

    // Deep nesting and oversized files fail cleanly.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    EXPECT_FALSE(errorFor(deep).isEmpty());
    const QByteArray deepInside =
        "{\"chapters\":[{\"startTime\":0,\"title\":" + QByteArray(5000, '[') +
        QByteArray(5000, ']') + "}]}";
    EXPECT_FALSE(errorFor(deepInside).isEmpty());
    const QByteArray huge =
        "{\"chapters\":[],\"pad\":\"" + QByteArray(ChaptersJson::maxBytes, 'x') + "\"}";
    EXPECT_TRUE(errorFor(huge).contains(QStringLiteral("larger than")));
}
