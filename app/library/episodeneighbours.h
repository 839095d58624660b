#pragma once

// EpisodeNeighbours finds the episodes published just before and just after one episode of the
// same show, for the "previous / next episode" links of the details pane.

#include <QString>

namespace ondes {

class Database;

struct EpisodeLink
{
    qint64 id = 0; // 0: none
    QString title;
};

struct Neighbours
{
    EpisodeLink previous; // older
    EpisodeLink next;     // newer
};

class EpisodeNeighbours
{
public:
    static Neighbours of(Database& database, qint64 episodeId);
};

} // namespace ondes
