#include "feed/pageaudio.h"

#include "feed/htmldocument.h"
#include "feed/jsonldreader.h"
#include "feed/pagescan.h"
#include "feed/textfold.h"

namespace ondes {

namespace {

bool isNotAudioPage(const QUrl& url)
{
    const QString path = url.path().toLower();
    for (const char* extension : {".html", ".htm", ".php",  ".pdf", ".zip", ".jpg",  ".jpeg",
                                  ".png",  ".gif", ".webp", ".svg", ".txt", ".doc",  ".docx",
                                  ".epub", ".apk", ".exe",  ".dmg", ".mp4", ".webm", ".avi"}) {
        if (path.endsWith(QLatin1String(extension)))
            return true;
    }
    return false;
}

bool isDownloadLabel(const QString& label)
{
    const QString folded = foldText(label);
    if (folded.size() > 80)
        return false;
    for (const QStringView phrase : {u"telecharger", u"download", u"ecouter l'emission",
                                     u"ecouter l'episode", u"fichier mp3", u"mp3"}) {
        if (folded.startsWith(phrase))
            return true;
    }
    return false;
}

QString cleanMimeType(const QString& type)
{
    const QString lower = type.section(u';', 0, 0).trimmed().toLower();
    return lower.startsWith(QLatin1String("audio/")) ? lower : QString();
}

class EnclosureList
{
public:
    QList<Enclosure> items;
    const xmlNode* firstNode = nullptr; // the element the first enclosure came from

    bool full() const { return items.size() >= PageAudio::maxEnclosures; }

    void add(const QUrl& url, const QString& mimeType, qint64 size = -1,
             const xmlNode* node = nullptr)
    {
        if (url.isEmpty() || items.size() >= PageAudio::maxEnclosures)
            return;
        const QString text = url.toString(QUrl::FullyEncoded);
        for (const Enclosure& item : std::as_const(items)) {
            if (item.url == text)
                return;
        }
        QString type = cleanMimeType(mimeType);
        if (type.isEmpty())
            type = PageAudio::mimeTypeForUrl(url);
        items.append(Enclosure{text, type, size});
        if (items.size() == 1)
            firstNode = node;
    }
};

} // namespace

QString PageAudio::mimeTypeForUrl(const QUrl& url)
{
    const QString path = url.path().toLower();
    struct Type
    {
        const char* extension;
        const char* mimeType;
    };
    static constexpr Type types[] = {
        {".mp3", "audio/mpeg"},  {".m4a", "audio/mp4"}, {".aac", "audio/aac"},
        {".ogg", "audio/ogg"},   {".oga", "audio/ogg"}, {".opus", "audio/ogg"},
        {".flac", "audio/flac"}, {".wav", "audio/wav"},
    };
    for (const Type& type : types) {
        if (path.endsWith(QLatin1String(type.extension)))
            return QLatin1String(type.mimeType);
    }
    return {};
}

PageAudio PageAudio::find(const PageScan& page, const JsonLdInfo& jsonLd,
                          const PageUrlResolver& resolve)
{
    EnclosureList audio;
    for (const xmlNode* player : page.audios) {
        if (audio.full())
            break;
        audio.add(resolve.url(HtmlDocument::attribute(player, "src")),
                  HtmlDocument::attribute(player, "type"), -1, player);
        int sources = 0;
        for (const xmlNode* n = HtmlDocument::next(player, player); n && sources < 20;
             n = HtmlDocument::next(n, player)) {
            if (HtmlDocument::isElement(n, "source")) {
                ++sources;
                audio.add(resolve.url(HtmlDocument::attribute(n, "src")),
                          HtmlDocument::attribute(n, "type"), -1, player);
            }
        }
    }
    const QString ogType = metaValue(page, {"og:audio:type"});
    for (const char* key : {"og:audio:secure_url", "og:audio", "og:audio:url"}) {
        for (const QString& value : page.meta.value(QLatin1String(key)))
            audio.add(resolve.url(value), ogType);
    }
    for (const JsonLdMedia& media : jsonLd.media)
        audio.add(resolve.url(media.url), media.mimeType, media.size);

    // Links: to an audio file first, then labelled as the download.
    for (const xmlNode* anchor : page.anchors) {
        if (audio.full())
            break;
        const QUrl url = resolve.url(HtmlDocument::attribute(anchor, "href"));
        if (!url.isEmpty() && (!mimeTypeForUrl(url).isEmpty() ||
                               !cleanMimeType(HtmlDocument::attribute(anchor, "type")).isEmpty()))
            audio.add(url, HtmlDocument::attribute(anchor, "type"), -1, anchor);
    }
    if (audio.items.isEmpty()) {
        for (const xmlNode* anchor : page.anchors) {
            const QUrl url = resolve.url(HtmlDocument::attribute(anchor, "href"));
            if (url.isEmpty() || isNotAudioPage(url))
                continue;
            if (isDownloadLabel(HtmlDocument::text(anchor, 200)) ||
                isDownloadLabel(HtmlDocument::attribute(anchor, "title"))) {
                audio.add(url, QString(), -1, anchor);
                break;
            }
        }
    }
    return PageAudio{audio.items, audio.firstNode};
}

} // namespace ondes
