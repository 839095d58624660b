#pragma once

// Fetches an episode's podcast:chapters JSON when it starts playing and none is stored yet,
// stores it in the library (source Json) and has the Player merge it in.

#include <QObject>
#include <QSet>
#include <QString>

namespace ondes {

class HttpClient;
class Library;
class Player;

class ChapterFetcher : public QObject
{
    Q_OBJECT
public:
    ChapterFetcher(HttpClient& http, Library& library, Player& player, QObject* parent = nullptr);

    // Fetches the episode's chapters file unless it has none, its JSON chapters are stored or
    // a fetch is already running. Returns whether a fetch started.
    bool fetch(qint64 episodeId);

Q_SIGNALS:
    void fetched(qint64 episodeId, int chapterCount);
    void failed(qint64 episodeId, const QString& error);

private:
    HttpClient& m_http;
    Library& m_library;
    Player& m_player;
    QSet<qint64> m_running;
};

} // namespace ondes
