// `ondes speakers` and `ondes people --merge`, run as the real program over a real library.

#include "support/ondesprocess.h"
#include "support/qtprinters.h"
#include "support/testhttpserver.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace ondes {
namespace {

using test::CommandRun;

using test::runOndes;

const char kFeed[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>Débats</title><link>https://example.org/</link>
<item><guid>d1</guid><title>L’école</title><pubDate>Mon, 02 Oct 2023 08:00:00 +0000</pubDate>
<enclosure url="https://example.org/d1.mp3" type="audio/mpeg" length="1000"/>
<podcast:person role="host">Élise Marchand</podcast:person>
<description>Un débat sur l'école. Avec Claire Dubois (sociologue) et Marc Petit (juriste). Réalisation : Paul Martin.</description>
</item></channel></rss>
)";

class SpeakerCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_server.setRoute(QStringLiteral("/debats.xml"),
                          test::Route::text(QByteArray(kFeed), "application/rss+xml"));
        const CommandRun subscribed = run(
            {QStringLiteral("subscribe"), m_server.url(QStringLiteral("/debats.xml")).toString()});
        ASSERT_EQ(subscribed.exitCode, 0) << subscribed.err.toStdString();
        const CommandRun episodes = run({QStringLiteral("episodes"), QStringLiteral("Débats")});
        m_episodeId = episodes.out.section(QLatin1Char('\t'), 0, 0);
        ASSERT_GT(m_episodeId.toLongLong(), 0) << episodes.out.toStdString();
    }
    CommandRun run(const QStringList& arguments) { return runOndes(m_data.path(), arguments); }
    QStringList speakerLines()
    {
        const CommandRun listed = run({QStringLiteral("speakers"), m_episodeId});
        EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        return listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    test::TestHttpServer m_server;
    QTemporaryDir m_data;
    QString m_episodeId;
};

TEST_F(SpeakerCommands, ListsRemovesAddsAndMergesAndARefreshKeepsIt)
{
    const QStringList before = speakerLines();
    EXPECT_TRUE(before.contains(QStringLiteral("Élise Marchand\thost\thost\tfeed tag")))
        << before.join(u'\n').toStdString();
    EXPECT_TRUE(before.contains(QStringLiteral("Claire Dubois\tsociologue\tguest\tguessed")))
        << before.join(u'\n').toStdString();
    EXPECT_TRUE(before.contains(QStringLiteral("Marc Petit\tjuriste\tguest\tguessed")));
    EXPECT_TRUE(before.contains(QStringLiteral("Paul Martin\tréalisation\tcredit\tguessed")))
        << before.join(u'\n').toStdString();

    const CommandRun removed = run({QStringLiteral("speakers"), m_episodeId,
                                    QStringLiteral("--remove"), QStringLiteral("MARC PETIT")});
    EXPECT_EQ(removed.exitCode, 0) << removed.err.toStdString();
    EXPECT_TRUE(removed.out.contains(QStringLiteral("Removed Marc Petit")));
    const CommandRun added =
        run({QStringLiteral("speakers"), m_episodeId, QStringLiteral("--add"),
             QStringLiteral("Anne Vidal"), QStringLiteral("--role"), QStringLiteral("reporter")});
    EXPECT_EQ(added.exitCode, 0) << added.err.toStdString();
    EXPECT_TRUE(added.out.contains(QStringLiteral("Anne Vidal\treporter\treporter\tyours")))
        << added.out.toStdString();
    // A role changed: the speaker becomes the listener's.
    EXPECT_EQ(run({QStringLiteral("speakers"), m_episodeId, QStringLiteral("--add"),
                   QStringLiteral("claire dubois"), QStringLiteral("--role"),
                   QStringLiteral("historienne")})
                  .exitCode,
              0);

    EXPECT_EQ(run({QStringLiteral("refresh")}).exitCode, 0);
    const QStringList after = speakerLines();
    EXPECT_FALSE(after.join(u'\n').contains(QStringLiteral("Marc Petit")))
        << after.join(u'\n').toStdString();
    EXPECT_TRUE(after.contains(QStringLiteral("Anne Vidal\treporter\treporter\tyours")));
    EXPECT_TRUE(after.contains(QStringLiteral("Claire Dubois\thistorienne\tguest\tyours")))
        << after.join(u'\n').toStdString();

    const CommandRun merged = run({QStringLiteral("people"), QStringLiteral("--merge"),
                                   QStringLiteral("anne vidal"), QStringLiteral("Claire Dubois")});
    EXPECT_EQ(merged.exitCode, 0) << merged.err.toStdString();
    EXPECT_TRUE(merged.out.contains(QStringLiteral("Merged Anne Vidal into Claire Dubois")))
        << merged.out.toStdString();
    const CommandRun people = run({QStringLiteral("people")});
    EXPECT_FALSE(people.out.contains(QStringLiteral("Anne Vidal"))) << people.out.toStdString();
    EXPECT_TRUE(people.out.contains(QStringLiteral("Claire Dubois\t1 episodes\t1 shows")))
        << people.out.toStdString();
    // The same name in two shows is one person (the demo show's host is this feed's too).
    EXPECT_TRUE(people.out.contains(QStringLiteral("Élise Marchand\t5 episodes\t2 shows")))
        << people.out.toStdString();
    const QStringList merged2 = speakerLines();
    EXPECT_TRUE(merged2.contains(QStringLiteral("Claire Dubois\thistorienne\tguest\tyours")))
        << merged2.join(u'\n').toStdString();
    EXPECT_EQ(merged2.size(), 3);
    // Credits are not people.
    EXPECT_FALSE(people.out.contains(QStringLiteral("Paul Martin")));
}

TEST_F(SpeakerCommands, UnknownEpisodesAndNamesFailWithAReason)
{
    const CommandRun noEpisode = run({QStringLiteral("speakers"), QStringLiteral("99999")});
    EXPECT_EQ(noEpisode.exitCode, 1);
    EXPECT_TRUE(noEpisode.err.contains(QStringLiteral("no episode with id 99999")))
        << noEpisode.err.toStdString();
    const CommandRun notAnId = run({QStringLiteral("speakers"), QStringLiteral("first")});
    EXPECT_EQ(notAnId.exitCode, 2);
    EXPECT_TRUE(notAnId.err.contains(QStringLiteral("first is not an episode id")));
    const CommandRun nobody = run({QStringLiteral("speakers"), m_episodeId,
                                   QStringLiteral("--remove"), QStringLiteral("Nobody Known")});
    EXPECT_EQ(nobody.exitCode, 1);
    EXPECT_TRUE(nobody.err.contains(QStringLiteral("nobody called Nobody Known speaks")))
        << nobody.err.toStdString();
    const CommandRun unknownPerson =
        run({QStringLiteral("people"), QStringLiteral("--merge"), QStringLiteral("Nobody Known"),
             QStringLiteral("Claire Dubois")});
    EXPECT_EQ(unknownPerson.exitCode, 1);
    EXPECT_TRUE(unknownPerson.err.contains(QStringLiteral("nobody called Nobody Known")));
    const CommandRun missingName =
        run({QStringLiteral("speakers"), m_episodeId, QStringLiteral("--add")});
    EXPECT_EQ(missingName.exitCode, 2);
    // Nothing changed.
    EXPECT_EQ(speakerLines().size(), 4);
}

} // namespace
} // namespace ondes
