#pragma once

// The answers of the podcast directories' APIs as their documentation shows them (Apple's
// iTunes Search API and chart, Podcast Index, gpodder.net, fyyd), for loopback tests and
// benchmarks, and a Podcast Index route that checks the request's signature as the real API
// does.

#include "support/testhttpserver.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ondes::test {

struct DirectoryEntry
{
    qint64 id = 0;
    QString feedUrl;
    QString title;
    QString author;
    QString description;
    QString language = QStringLiteral("en");
    int episodeCount = 12;
    // When set, every directory gives this as the show's picture (a loopback address, for the
    // tests that draw the results); else the documented examples' addresses.
    QString artworkUrl;
};

// count entries "PREFIX 1"…, feeds at feedBase + "/feed/N.xml".
QList<DirectoryEntry> directoryEntries(int count, const QString& prefix, const QString& feedBase);

QByteArray appleSearchAnswer(const QList<DirectoryEntry>& entries); // also /lookup's answer
QByteArray appleChartAnswer(const QList<DirectoryEntry>& entries);  // feed.entry, no feedUrl
QByteArray podcastIndexFeedsAnswer(const QList<DirectoryEntry>& entries);

struct PersonEpisode
{
    QString title;
    QString feedUrl;
    QString feedTitle;
    QString enclosureUrl;
    qint64 datePublished = 1714550400; // 2024-05-01
    int duration = 1800;
    QString feedImage = QStringLiteral("https://example.org/show.jpg");
};
QByteArray podcastIndexPersonAnswer(const QList<PersonEpisode>& episodes);
QByteArray gpodderAnswer(const QList<DirectoryEntry>& entries);
QByteArray fyydAnswer(const QList<DirectoryEntry>& entries);

// Answers ok when the request carries X-Auth-Key = key, an X-Auth-Date within five minutes,
// Authorization = hex SHA-1 of key + secret + date and a User-Agent; else 401 with the JSON
// Podcast Index sends.
Route podcastIndexSigned(const QString& key, const QString& secret, Route ok);

} // namespace ondes::test
