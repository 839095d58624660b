#pragma once

// What the podcast directories (Apple Podcasts, Podcast Index, gpodder.net, fyyd) answer, in
// one vocabulary: shows found by a search or a chart, and episodes found by a person search.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ondes {

struct DirectoryShow
{
    QString feedUrl; // the address to subscribe to; results without one are dropped
    QString title;
    QString author;
    QString description;
    QString artworkUrl;
    QString language;         // as the directory says it ("en", "fr-FR"); "" when unknown
    QString link;             // the show's web page
    int episodeCount = -1;    // -1 when unknown
    qint64 lastEpisodeAt = 0; // Unix seconds of the newest episode; 0 when unknown
    QStringList categories;
    QStringList providers; // the ids of the directories that listed it ("apple", "fyyd")
};

struct DirectoryEpisode
{
    QString title;
    QString description;
    QString enclosureUrl; // to play it streamed
    QString link;
    qint64 publishedAt = 0;     // Unix seconds; 0 when unknown
    qint64 durationSeconds = 0; // 0 when unknown
    QString feedUrl;            // the show it belongs to
    QString feedTitle;
    QString feedAuthor;
    QString artworkUrl;
    QString provider;
};

struct DirectoryQuery
{
    enum class Kind {
        Search, // shows whose title, author or description match term
        Top,    // the directory's chart or trending shows
        Person  // episodes a person appears in (Podcast Index only)
    };
    Kind kind = Kind::Search;
    QString term;
    QString country;  // ISO 3166 two letters, lower case ("fr"); charts are per country
    QString language; // ISO 639 two letters ("fr"), for the directories that chart by language
    QString category; // the directory's own category id; "" for all
    int limit = 50;   // at most this many results from each directory
    bool titleOnly = false; // search titles only (Podcast Index bytitle, fyyd title=)
};

// One directory's answer to one query.
struct DirectoryAnswer
{
    QString provider;
    QList<DirectoryShow> shows;
    QList<DirectoryEpisode> episodes;
    QString error; // one line a user can read; empty on success

    bool ok() const { return error.isEmpty(); }
};

} // namespace ondes

Q_DECLARE_METATYPE(ondes::DirectoryAnswer)
