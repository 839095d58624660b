#pragma once

// Reads the schema.org JSON-LD blocks of a web page (<script type="application/ld+json">) for
// what an episode page says about itself: PodcastEpisode, RadioEpisode, Episode or a lone
// AudioObject, its media and its series. @graph arrays and @id references are followed.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ondes {

struct JsonLdMedia
{
    QString url; // as written; the caller resolves and checks it
    QString mimeType;
    qint64 size = -1;
};

struct JsonLdInfo
{
    bool hasEpisode = false; // an episode or audio object was found
    QString name;
    QString description;
    QString imageUrl;
    QString author;
    qint64 published = 0;
    qint64 durationSeconds = 0;
    QList<JsonLdMedia> media;
    QString seriesName;
    QString seriesUrl;
    QString seriesImageUrl;
};

class JsonLdReader
{
public:
    // A block larger than this is ignored.
    static constexpr qsizetype maxScriptBytes = 1024 * 1024;

    static JsonLdInfo read(const QList<QByteArray>& scripts);
};

} // namespace ondes
