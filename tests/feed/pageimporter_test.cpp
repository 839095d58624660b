#include "feed/pageimporter.h"
#include "support/qtprinters.h"

#include <QDateTime>
#include <QFile>

#include <gtest/gtest.h>

using namespace ondes;

namespace {

QByteArray pageFixture(const char* name)
{
    QFile file(QStringLiteral(ONDES_TEST_DATA_DIR "/pages/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

PageImport importPage(const char* name, const char* url)
{
    const QByteArray html = pageFixture(name);
    EXPECT_FALSE(html.isEmpty()) << name;
    return PageImporter::parse(html, QUrl(QLatin1String(url)));
}

qint64 noonUtc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
}

const char archiveBase[] = "https://radio-trois-rivieres.example/emissions/voix-des-quartiers/";

QString archiveUrl(const char* date)
{
    return QLatin1String(archiveBase) + QLatin1String(date) + u'/';
}

QString mediaUrl(const char* file)
{
    return QStringLiteral("https://radio-trois-rivieres.example/media/voix-des-quartiers/") +
           QLatin1String(file);
}

} // namespace

TEST(PageImporter, FindsTheOneFeedOfAShowPage)
{
    const PageImport page = importPage("feed-single.html", "https://ondes-du-marche.example/");
    ASSERT_EQ(page.feedLinks.size(), 1);
    EXPECT_EQ(page.feedLinks[0].url, QStringLiteral("https://ondes-du-marche.example/podcast.xml"));
    EXPECT_EQ(page.feedLinks[0].title, QStringLiteral("Les Ondes du Marché (podcast)"));
    EXPECT_EQ(page.feedLinks[0].type, QStringLiteral("application/rss+xml"));
    EXPECT_FALSE(page.episode.has_value());
    EXPECT_EQ(page.showTitle, QStringLiteral("Les Ondes du Marché"));
    EXPECT_EQ(page.showImageUrl,
              QStringLiteral("https://cdn.ondes-du-marche.example/logo-1400.png"));
    EXPECT_TRUE(page.previousUrl.isEmpty());
    EXPECT_TRUE(page.nextUrl.isEmpty());
}

TEST(PageImporter, FindsSeveralFeedsWithCommentFeedsLast)
{
    const PageImport page = importPage("feed-several.html", "https://blog.harbourradio.example/");
    ASSERT_EQ(page.feedLinks.size(), 4);
    // Resolved against <base href>, the JSON feed, duplicate and javascript: dropped.
    EXPECT_EQ(page.feedLinks[0].url, QStringLiteral("https://blog.harbourradio.example/feed/"));
    EXPECT_EQ(page.feedLinks[0].title, QStringLiteral("Harbour Community Radio » Feed"));
    EXPECT_EQ(page.feedLinks[1].url,
              QStringLiteral("https://blog.harbourradio.example/feed/atom/"));
    EXPECT_EQ(page.feedLinks[1].type, QStringLiteral("application/atom+xml"));
    EXPECT_EQ(page.feedLinks[2].url,
              QStringLiteral("https://blog.harbourradio.example/shows/tide-tables/podcast.rss"));
    EXPECT_EQ(page.feedLinks[2].type, QStringLiteral("application/rss+xml"));
    EXPECT_EQ(page.feedLinks[3].url,
              QStringLiteral("https://blog.harbourradio.example/shows/tide-tables/comments/feed/"));
    EXPECT_EQ(page.showTitle, QStringLiteral("Harbour Community Radio"));
    EXPECT_FALSE(page.episode.has_value());
}

TEST(PageImporter, ReadsAFrenchEpisodePage)
{
    const PageImport page =
        importPage("archive-2022-12-02.html",
                   "https://radio-trois-rivieres.example/emissions/voix-des-quartiers/2022-12-02/");
    ASSERT_TRUE(page.episode.has_value());
    const ParsedEpisode& episode = *page.episode;
    EXPECT_EQ(episode.title, QStringLiteral("Jardins partagés et abeilles des villes"));
    EXPECT_EQ(episode.guid, archiveUrl("2022-12-02"));
    EXPECT_EQ(episode.link, archiveUrl("2022-12-02"));
    EXPECT_EQ(episode.published, noonUtc(2022, 12, 2));
    ASSERT_EQ(episode.enclosures.size(), 1);
    EXPECT_EQ(episode.enclosures[0].url, mediaUrl("2022-12-02.mp3"));
    EXPECT_EQ(episode.enclosures[0].mimeType, QStringLiteral("audio/mpeg"));
    EXPECT_EQ(episode.enclosures[0].fileSize, -1);
    EXPECT_TRUE(episode.description.toString().contains(QStringLiteral(
        "Les intervenants étaient Fatou Diallo, du collectif Jardins Partagés, et Bernard Le "
        "Goff, apiculteur amateur et voisin du jardin.")))
        << episode.description.toString().toStdString();
    EXPECT_TRUE(episode.description.toString().startsWith(QStringLiteral("Cette semaine")))
        << episode.description.toString().toStdString();
    for (const char* chrome : {"Télécharger", "précédente", "Accueil", "Jazz en cale",
                               "Tous droits", "navigateur", "Diffusée"})
        EXPECT_FALSE(episode.description.toString().contains(QString::fromUtf8(chrome)))
            << chrome << " in " << episode.description.toString().toStdString();
    EXPECT_EQ(episode.imageUrl,
              QStringLiteral("https://radio-trois-rivieres.example/images/voix-des-quartiers.jpg"));
    EXPECT_EQ(page.showTitle, QStringLiteral("La Voix des Quartiers"));
    EXPECT_EQ(page.previousUrl, archiveUrl("2022-11-25"));
    EXPECT_EQ(page.nextUrl, archiveUrl("2022-12-09"));
    EXPECT_TRUE(page.feedLinks.isEmpty());
}

TEST(PageImporter, FollowsTheArchiveChainBothWays)
{
    struct Step
    {
        const char* file;
        const char* date;
        const char* previous; // "" at the oldest
        const char* next;     // "" at the newest
        int day;
        int month;
        const char* speaker;
    };
    const Step chain[] = {
        {"archive-2022-11-18.html", "2022-11-18", "", "2022-11-25", 18, 11, "Hélène Guérin"},
        {"archive-2022-11-25.html", "2022-11-25", "2022-11-18", "2022-12-02", 25, 11,
         "Karim Benali"},
        {"archive-2022-12-02.html", "2022-12-02", "2022-11-25", "2022-12-09", 2, 12,
         "Bernard Le Goff"},
        {"archive-2022-12-09.html", "2022-12-09", "2022-12-02", "", 9, 12, "Amina Haddad"},
    };
    for (const Step& step : chain) {
        SCOPED_TRACE(step.file);
        const QString url = archiveUrl(step.date);
        const PageImport page = PageImporter::parse(pageFixture(step.file), QUrl(url));
        ASSERT_TRUE(page.episode.has_value());
        EXPECT_EQ(page.episode->published, noonUtc(2022, step.month, step.day));
        EXPECT_EQ(page.previousUrl, *step.previous ? archiveUrl(step.previous) : QString());
        EXPECT_EQ(page.nextUrl, *step.next ? archiveUrl(step.next) : QString());
        EXPECT_TRUE(page.episode->description.toString().contains(
            QStringLiteral("Les intervenants étaient")))
            << page.episode->description.toString().toStdString();
        EXPECT_TRUE(page.episode->description.toString().contains(QString::fromUtf8(step.speaker)))
            << page.episode->description.toString().toStdString();
        EXPECT_EQ(page.showTitle, QStringLiteral("La Voix des Quartiers"));
        ASSERT_FALSE(page.episode->enclosures.isEmpty());
        EXPECT_TRUE(page.episode->enclosures[0].url.startsWith(mediaUrl(step.date)));
        EXPECT_EQ(page.episode->guid, url);
    }
}

TEST(PageImporter, DecodesADeclaredLatin1Page)
{
    const PageImport page =
        importPage("archive-2022-11-18.html",
                   "https://radio-trois-rivieres.example/emissions/voix-des-quartiers/2022-11-18/");
    ASSERT_TRUE(page.episode.has_value());
    EXPECT_EQ(page.episode->title,
              QStringLiteral("Les nouveaux commerçants de la place du Marché"));
    EXPECT_TRUE(
        page.episode->description.toString().contains(QStringLiteral("Hélène Guérin, boulangère")));
    EXPECT_FALSE(page.episode->description.toString().contains(QStringLiteral("Accueil")));
}

TEST(PageImporter, KeepsEverySourceOfThePlayer)
{
    const PageImport page =
        importPage("archive-2022-12-09.html", "https://radio-trois-rivieres.example/emissions/"
                                              "voix-des-quartiers/2022-12-09/?utm_source=x");
    ASSERT_TRUE(page.episode.has_value());
    ASSERT_EQ(page.episode->enclosures.size(), 2);
    EXPECT_EQ(page.episode->enclosures[0].url, mediaUrl("2022-12-09.ogg"));
    EXPECT_EQ(page.episode->enclosures[0].mimeType, QStringLiteral("audio/ogg"));
    EXPECT_EQ(page.episode->enclosures[1].url, mediaUrl("2022-12-09.mp3"));
    // The canonical URL, not the tracking one.
    EXPECT_EQ(page.episode->guid, archiveUrl("2022-12-09"));
    EXPECT_EQ(page.episode->title, QStringLiteral("Le vélo-école du centre social"));
}

TEST(PageImporter, ReadsAnEnglishJsonLdEpisode)
{
    const PageImport page =
        importPage("podcast-jsonld.html",
                   "https://harbourstories.example/episodes/41-the-night-ferry?ref=home");
    ASSERT_TRUE(page.episode.has_value());
    const ParsedEpisode& episode = *page.episode;
    EXPECT_EQ(episode.title, QStringLiteral("Episode 41: The Night Ferry"));
    EXPECT_EQ(episode.guid,
              QStringLiteral("https://harbourstories.example/episodes/41-the-night-ferry"));
    EXPECT_EQ(episode.published,
              QDateTime(QDate(2022, 12, 2), QTime(17, 30), Qt::UTC).toSecsSinceEpoch());
    EXPECT_EQ(episode.durationSeconds, 3723);
    ASSERT_EQ(episode.enclosures.size(), 2);
    EXPECT_EQ(episode.enclosures[0].url,
              QStringLiteral("https://media.harbourstories.example/hs-041.mp3"));
    EXPECT_EQ(episode.enclosures[0].mimeType, QStringLiteral("audio/mpeg"));
    EXPECT_EQ(episode.enclosures[1].url,
              QStringLiteral("https://media.harbourstories.example/hs-041.m4a"));
    EXPECT_EQ(episode.enclosures[1].mimeType, QStringLiteral("audio/mp4"));
    EXPECT_EQ(episode.enclosures[1].fileSize, 41234567);
    EXPECT_TRUE(
        episode.description.toString().contains(QStringLiteral("Our guests were Moira Campbell")))
        << episode.description.toString().toStdString();
    EXPECT_EQ(episode.author, QStringLiteral("Sally Ward, Tom Price"));
    EXPECT_EQ(episode.imageUrl, QStringLiteral("https://media.harbourstories.example/hs-041.jpg"));
    EXPECT_EQ(page.showTitle, QStringLiteral("Harbour Stories"));
    EXPECT_EQ(page.showImageUrl,
              QStringLiteral("https://media.harbourstories.example/cover-3000.jpg"));
    EXPECT_EQ(page.previousUrl,
              QStringLiteral("https://harbourstories.example/episodes/40-lighthouse-keepers"));
    EXPECT_EQ(page.nextUrl,
              QStringLiteral("https://harbourstories.example/episodes/42-net-menders"));
    ASSERT_EQ(page.feedLinks.size(), 1);
    EXPECT_EQ(page.feedLinks[0].url, QStringLiteral("https://feeds.harbourstories.example/rss"));
}

TEST(PageImporter, TakesADownloadLinkWithoutExtension)
{
    const PageImport page =
        importPage("download-only.html", "https://valleyvoices.example/shows/112");
    ASSERT_TRUE(page.episode.has_value());
    const ParsedEpisode& episode = *page.episode;
    ASSERT_EQ(episode.enclosures.size(), 1);
    EXPECT_EQ(episode.enclosures[0].url,
              QStringLiteral("https://valleyvoices.example/get/show-112"));
    EXPECT_TRUE(episode.enclosures[0].mimeType.isEmpty());
    EXPECT_EQ(episode.title, QStringLiteral("Show 112: The Mill Reopens"));
    EXPECT_EQ(page.showTitle, QStringLiteral("Valley Voices"));
    EXPECT_EQ(episode.published, noonUtc(2022, 12, 2));
    EXPECT_TRUE(
        episode.description.toString().contains(QStringLiteral("Our guests were Gwen Hughes")))
        << episode.description.toString().toStdString();
    EXPECT_FALSE(episode.description.toString().contains(QStringLiteral("Download")));
    EXPECT_FALSE(episode.description.toString().contains(QStringLiteral("Archive")));
    EXPECT_EQ(page.previousUrl, QStringLiteral("https://valleyvoices.example/shows/111"));
    EXPECT_EQ(page.nextUrl, QStringLiteral("https://valleyvoices.example/shows/113"));
}

TEST(PageImporter, APageWithoutAudioIsNoEpisode)
{
    const PageImport page =
        importPage("no-audio.html", "https://radio-trois-rivieres.example/actualites/ag-2023/");
    EXPECT_FALSE(page.episode.has_value());
    EXPECT_TRUE(page.feedLinks.isEmpty());
    EXPECT_EQ(page.showTitle, QStringLiteral("Radio Trois Rivières"));
}

TEST(PageImporter, ResolvesAgainstBaseHrefAndKeepsOnlyWebUrls)
{
    const QByteArray html = R"html(<html><head><base href="/shows/tide/">
        <meta property="og:audio" content="file:///etc/passwd">
        </head><body>
        <audio src="data:audio/mpeg;base64,AAAA"></audio>
        <a href="episodes/12.MP3?download=1#t=10">Episode 12</a>
        <a rel="next" href="javascript:next()">Next</a>
        <a rel="prev nofollow" href="../11/">older</a>
        </body></html>)html";
    const PageImport page =
        PageImporter::parse(html, QUrl(QStringLiteral("https://radio.example/a/b.html")));
    ASSERT_TRUE(page.episode.has_value());
    ASSERT_EQ(page.episode->enclosures.size(), 1);
    EXPECT_EQ(page.episode->enclosures[0].url,
              QStringLiteral("https://radio.example/shows/tide/episodes/12.MP3?download=1#t=10"));
    EXPECT_EQ(page.episode->enclosures[0].mimeType, QStringLiteral("audio/mpeg"));
    EXPECT_EQ(page.previousUrl, QStringLiteral("https://radio.example/shows/11/"));
    EXPECT_TRUE(page.nextUrl.isEmpty());
    EXPECT_EQ(page.episode->guid, QStringLiteral("https://radio.example/a/b.html"));
}

TEST(PageImporter, RecognisesNavigationLabels)
{
    struct Label
    {
        const char* text;
        bool previous;
    };
    const Label labels[] = {
        {"émission précédente", true},
        {"« Précédent", true},
        {"EPISODE PRECEDENT", true},
        {"← Previous episode", true},
        {"Older", true},
        {"‹ prev", true},
        {"Émission suivante »", false},
        {"épisode suivant →", false},
        {"Next", false},
        {"Newer posts", false},
        {"suivante", false},
    };
    for (const Label& label : labels) {
        SCOPED_TRACE(label.text);
        const QByteArray html = "<p><a href=\"/target\">" + QByteArray(label.text) + "</a></p>";
        const PageImport page =
            PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/here")));
        EXPECT_EQ(label.previous ? page.previousUrl : page.nextUrl,
                  QStringLiteral("https://r.example/target"));
        EXPECT_TRUE((label.previous ? page.nextUrl : page.previousUrl).isEmpty());
    }
    for (const char* text : {"Prévention routière", "Nextcloud",
                             "Les émissions précédentes de la saison", "Accueil"}) {
        SCOPED_TRACE(text);
        const QByteArray html = "<p><a href=\"/target\">" + QByteArray(text) + "</a></p>";
        const PageImport page =
            PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/here")));
        EXPECT_TRUE(page.previousUrl.isEmpty());
        EXPECT_TRUE(page.nextUrl.isEmpty());
    }
}

TEST(PageImporter, ReadsDatesInFrenchAndEnglish)
{
    struct Case
    {
        const char* text;
        int year;
        int month;
        int day;
    };
    const Case cases[] = {
        {"Diffusée le lundi 2 décembre 2022", 2022, 12, 2},
        {"le 1er février 2021 à 18h30", 2021, 2, 1},
        {"2 decembre 2022", 2022, 12, 2},
        {"Émission du 14 août 2019", 2019, 8, 14},
        {"Broadcast on December 2, 2022", 2022, 12, 2},
        {"Friday, 2nd December 2022", 2022, 12, 2},
        {"Posted 2 Dec 2022", 2022, 12, 2},
        {"Published Sept. 30, 2020", 2020, 9, 30},
        {"mar. 6 juin 2023", 2023, 6, 6},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.text);
        const QByteArray html = "<audio src=\"/a.mp3\"></audio><p>" + QByteArray(c.text) + "</p>";
        const PageImport page =
            PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/ep")));
        ASSERT_TRUE(page.episode.has_value());
        EXPECT_EQ(page.episode->published, noonUtc(c.year, c.month, c.day));
    }
    for (const char* text :
         {"31 février 2022", "le 2 décembre", "18h30 le 45 mai 2022", "December 2022"}) {
        SCOPED_TRACE(text);
        const QByteArray html = "<audio src=\"/a.mp3\"></audio><p>" + QByteArray(text) + "</p>";
        const PageImport page =
            PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/ep")));
        ASSERT_TRUE(page.episode.has_value());
        EXPECT_EQ(page.episode->published, 0);
    }
}

TEST(PageImporter, PrefersMachineReadableDates)
{
    const QByteArray html = R"html(<html><head>
        <meta property="article:published_time" content="2021-03-04T10:00:00+00:00">
        </head><body><audio src="/a.mp3"></audio>
        <p>Diffusée le 2 décembre 2022</p></body></html>)html";
    const PageImport page = PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/")));
    ASSERT_TRUE(page.episode.has_value());
    EXPECT_EQ(page.episode->published,
              QDateTime(QDate(2021, 3, 4), QTime(10, 0), Qt::UTC).toSecsSinceEpoch());

    const QByteArray withTime = R"html(<body><aside><time datetime="2020-01-01">1 Jan</time></aside>
        <article><audio src="/a.mp3"></audio><time datetime="2022-12-02">2 déc.</time>
        </article></body>)html";
    const PageImport timed =
        PageImporter::parse(withTime, QUrl(QStringLiteral("https://r.example/")));
    ASSERT_TRUE(timed.episode.has_value());
    EXPECT_EQ(timed.episode->published, noonUtc(2022, 12, 2));
}

TEST(PageImporter, ReadsJsonLdDurationsAndRadioEpisodes)
{
    const QByteArray html = R"html(<script type="application/ld+json">
        [{"@context": "https://schema.org", "@type": ["RadioEpisode", "CreativeWork"],
          "name": "Matinale", "duration": "PT58M", "datePublished": "2022-12-02",
          "audio": {"@type": "AudioObject", "contentUrl": "/audio/matinale.opus"}}]
        </script>)html";
    const PageImport page = PageImporter::parse(html, QUrl(QStringLiteral("https://r.example/m")));
    ASSERT_TRUE(page.episode.has_value());
    EXPECT_EQ(page.episode->title, QStringLiteral("Matinale"));
    EXPECT_EQ(page.episode->durationSeconds, 58 * 60);
    EXPECT_EQ(page.episode->published, noonUtc(2022, 12, 2));
    ASSERT_EQ(page.episode->enclosures.size(), 1);
    EXPECT_EQ(page.episode->enclosures[0].url,
              QStringLiteral("https://r.example/audio/matinale.opus"));
    EXPECT_EQ(page.episode->enclosures[0].mimeType, QStringLiteral("audio/ogg"));
}
