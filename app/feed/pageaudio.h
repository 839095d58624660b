#pragma once

// Finds the audio of an episode page: the <audio> player and its sources, og:audio, JSON-LD
// media, links to audio files, and as a last resort a link labelled "Télécharger" or
// "Download". Only http(s) URLs; at most a few enclosures, the most explicit first.

#include "feed/feedtypes.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <libxml/tree.h>

namespace ondes {

struct JsonLdInfo;
struct PageScan;
class PageUrlResolver;

struct PageAudio
{
    static constexpr qsizetype maxEnclosures = 4;

    QList<Enclosure> enclosures;
    const xmlNode* firstNode = nullptr; // the element the first enclosure came from, if any

    static PageAudio find(const PageScan& page, const JsonLdInfo& jsonLd,
                          const PageUrlResolver& resolve);
    // "audio/mpeg" for ….mp3 and so on; empty when the extension says nothing.
    static QString mimeTypeForUrl(const QUrl& url);
};

} // namespace ondes
