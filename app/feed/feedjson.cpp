#include "feed/feedjson.h"

#include "feed/episodespeakers.h"
#include "feed/showhosts.h"

#include <QStringEncoder>

#include <charconv>
#include <cmath>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes {

namespace {

// Whether UTF-8 text has a quote, a backslash or a control character.
bool needsEscaping(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 0;
#ifdef __SSE2__
    const __m128i below = _mm_set1_epi8(0x1F);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const __m128i hit =
            _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below), v),
                         _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (_mm_movemask_epi8(hit) != 0)
            return true;
    }
#endif
    for (; i < text.size(); ++i) {
        if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\')
            return true;
    }
    return false;
}

class Writer
{
public:
    explicit Writer(QByteArray& out, bool afterMember = false)
        : m_out(out), m_needComma(afterMember)
    {}

    void key(const char* name)
    {
        if (m_needComma)
            m_out.append(',');
        m_out.append('"').append(name).append("\":");
        m_needComma = true;
    }
    void string(const char* name, const QString& value)
    {
        key(name);
        FeedJson::appendString(value, m_out);
    }
    void string(const char* name, const Utf8Text& value)
    {
        key(name);
        FeedJson::appendUtf8String(value.view(), m_out);
    }
    // Only when not empty: podcastparser leaves such keys out.
    void optionalString(const char* name, const QString& value)
    {
        if (!value.isEmpty())
            string(name, value);
    }
    void optionalString(const char* name, const Utf8Text& value)
    {
        if (!value.isEmpty())
            string(name, value);
    }
    void nullableString(const char* name, const QString& value)
    {
        key(name);
        if (value.isEmpty())
            m_out.append("null");
        else
            FeedJson::appendString(value, m_out);
    }
    void integer(const char* name, qint64 value)
    {
        key(name);
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        m_out.append(buffer, result.ptr - buffer);
    }
    void number(const char* name, double value)
    {
        key(name);
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        if (!std::isfinite(value) || result.ec != std::errc())
            m_out.append('0');
        else
            m_out.append(buffer, result.ptr - buffer);
    }
    void boolean(const char* name, bool value)
    {
        key(name);
        m_out.append(value ? "true" : "false");
    }
    QByteArray& out() { return m_out; }

private:
    QByteArray& m_out;
    bool m_needComma = false;
};

void appendPersons(Writer& w, const char* name, const QList<Person>& persons)
{
    if (persons.isEmpty())
        return;
    w.key(name);
    w.out().append('[');
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const Person& person = persons[i];
        if (i > 0)
            w.out().append(',');
        w.out().append('{');
        Writer p(w.out());
        p.string("name", person.name);
        p.string("role", person.role);
        p.string("group", person.group);
        p.nullableString("href", person.href);
        p.nullableString("img", person.img);
        w.out().append('}');
    }
    w.out().append(']');
}

// Who speaks (ondes_speakers) and who is credited (ondes_credits): the feed's persons, the
// people the description names and the show's hosts.
void appendPeople(Writer& w, const char* key, const QList<EpisodeSpeaker>& people)
{
    if (people.isEmpty())
        return;
    w.key(key);
    w.out().append('[');
    for (qsizetype i = 0; i < people.size(); ++i) {
        const EpisodeSpeaker& speaker = people[i];
        w.out().append(i > 0 ? ",{" : "{");
        Writer p(w.out());
        p.string("name", speaker.person.name);
        p.string("role", speaker.person.role);
        p.string("kind", speaker.kind);
        p.string("source", speaker.source);
        p.nullableString("img", speaker.person.img);
        p.nullableString("href", speaker.person.href);
        w.out().append('}');
    }
    w.out().append(']');
}

void appendLocation(Writer& w, const Location& location)
{
    if (location.name.isEmpty() && location.geo.isEmpty() && location.osm.isEmpty())
        return;
    w.key("ondes_location");
    w.out().append('{');
    Writer l(w.out());
    l.string("name", location.name);
    l.optionalString("geo", location.geo);
    l.optionalString("osm", location.osm);
    w.out().append('}');
}

} // namespace

void FeedJson::appendString(const QString& text, QByteArray& out)
{
    // Encode straight into out, then escape only if the scan finds something to escape.
    const qsizetype start = out.size();
    out.resize(start + 3 * text.size() + 2);
    char* begin = out.data() + start;
    *begin = '"';
    QStringEncoder encoder(QStringEncoder::Utf8);
    char* end = encoder.appendToBuffer(begin + 1, text);
    const qsizetype length = end - (begin + 1);
    if (!needsEscaping(std::string_view(begin + 1, std::size_t(length)))) {
        *end = '"';
        out.resize(start + length + 2);
        return;
    }
    const QByteArray utf8(begin + 1, length);
    out.resize(start);
    appendUtf8String(std::string_view(utf8.constData(), std::size_t(utf8.size())), out);
}

void FeedJson::appendUtf8String(std::string_view text, QByteArray& out)
{
    out.append('"');
    const qsizetype length = static_cast<qsizetype>(text.size());
    if (!needsEscaping(text)) {
        out.append(text.data(), length);
        out.append('"');
        return;
    }
    const char* data = text.data();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default: {
            static const char hex[] = "0123456789abcdef";
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            out.append(escape, sizeof escape);
        }
        }
    }
    out.append(data + runStart, length - runStart);
    out.append('"');
}

void FeedJson::appendFeedMembers(const ParsedFeed& feed, QByteArray& out)
{
    Writer w(out);
    w.string("title", feed.title);
    w.optionalString("description", feed.description);
    w.optionalString("link", feed.link);
    w.optionalString("cover_url", feed.imageUrl);
    w.optionalString("itunes_author", feed.author);
    w.optionalString("language", feed.language);
    w.optionalString("generator", feed.generator);
    w.optionalString("new_url", feed.newFeedUrl);
    w.optionalString("payment_url", feed.paymentUrl);
    w.optionalString("type", feed.feedType);
    w.optionalString("paged_feed_next", feed.pagedFeedNext);
    w.optionalString("paged_feed_first", feed.pagedFeedFirst);
    if (feed.explicitFlag >= 0)
        w.boolean("explicit", feed.explicitFlag == 1);
    if (feed.lockedFlag >= 0)
        w.boolean("import_prohibited", feed.lockedFlag == 1);
    if (!feed.funding.isEmpty()) {
        w.string("funding_url", feed.funding.first().url);
        w.key("ondes_funding");
        out.append('[');
        for (qsizetype i = 0; i < feed.funding.size(); ++i) {
            out.append(i > 0 ? ",{" : "{");
            Writer f(out);
            f.string("url", feed.funding[i].url);
            f.string("text", feed.funding[i].text);
            out.append('}');
        }
        out.append(']');
    }
    if (!feed.ownerName.isEmpty() || !feed.ownerEmail.isEmpty()) {
        w.key("itunes_owner");
        out.append('{');
        Writer o(out);
        o.optionalString("name", feed.ownerName);
        o.optionalString("email", feed.ownerEmail);
        out.append('}');
    }
    if (!feed.categoryPaths.isEmpty()) {
        w.key("itunes_categories");
        out.append('[');
        for (qsizetype i = 0; i < feed.categoryPaths.size(); ++i) {
            out.append(i > 0 ? ",[" : "[");
            const QStringList& path = feed.categoryPaths[i];
            for (qsizetype k = 0; k < path.size(); ++k) {
                if (k > 0)
                    out.append(',');
                appendString(path[k], out);
            }
            out.append(']');
        }
        out.append(']');
    }
    if (!feed.keywords.isEmpty()) {
        w.key("itunes_keywords");
        out.append('[');
        for (qsizetype i = 0; i < feed.keywords.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(feed.keywords[i], out);
        }
        out.append(']');
    }
    appendPersons(w, "ondes_persons", feed.persons);
    w.optionalString("ondes_subtitle", feed.subtitle);
    w.optionalString("ondes_podcast_guid", feed.podcastGuid);
    w.optionalString("ondes_medium", feed.medium);
    if (feed.blocked)
        w.boolean("ondes_blocked", true);
    appendLocation(w, feed.location);
}

void FeedJson::appendEpisode(const ParsedEpisode& episode, QByteArray& out)
{
    appendEpisode(episode, episodePeople(episode), out);
}

void FeedJson::appendEpisode(const ParsedEpisode& episode, const EpisodePeople& people,
                             QByteArray& out)
{
    appendOpenEpisode(episode, out);
    closeEpisode(people, out);
}

void FeedJson::closeEpisode(const EpisodePeople& people, QByteArray& out)
{
    Writer w(out, true);
    appendPeople(w, "ondes_speakers", people.speakers);
    appendPeople(w, "ondes_credits", people.credits);
    out.append('}');
}

void FeedJson::appendOpenEpisode(const ParsedEpisode& episode, QByteArray& out)
{
    out.append('{');
    Writer w(out);
    w.string("guid", episode.guid);
    w.string("title", episode.title);
    w.string("link", episode.link);
    w.string("description", episode.description);
    w.optionalString("description_html", episode.descriptionHtml);
    w.integer("published", episode.published);
    w.integer("total_time", episode.durationSeconds);
    w.nullableString("payment_url", episode.paymentUrl);
    w.key("enclosures");
    out.append('[');
    for (qsizetype i = 0; i < episode.enclosures.size(); ++i) {
        const Enclosure& enclosure = episode.enclosures[i];
        out.append(i > 0 ? ",{" : "{");
        Writer e(out);
        e.string("url", enclosure.url);
        e.string("mime_type", enclosure.mimeType);
        e.integer("file_size", enclosure.fileSize);
        out.append('}');
    }
    out.append(']');
    w.optionalString("subtitle", episode.subtitle);
    w.optionalString("itunes_author", episode.author);
    w.optionalString("episode_art_url", episode.imageUrl);
    w.optionalString("type", episode.episodeType);
    if (episode.number >= 0)
        w.integer("number", episode.number);
    if (episode.season >= 0)
        w.integer("season", episode.season);
    if (episode.explicitFlag >= 0)
        w.boolean("explicit", episode.explicitFlag == 1);
    appendPersons(w, "persons", episode.persons);
    if (!episode.chapters.isEmpty()) {
        w.key("chapters");
        out.append('[');
        for (qsizetype i = 0; i < episode.chapters.size(); ++i) {
            const Chapter& chapter = episode.chapters[i];
            out.append(i > 0 ? ",{" : "{");
            Writer c(out);
            // podcastparser counts whole seconds; the exact start is Ondes's own field.
            c.integer("start", static_cast<qint64>(chapter.start));
            c.string("title", chapter.title);
            c.optionalString("href", chapter.href);
            c.optionalString("image", chapter.image);
            if (chapter.start != std::floor(chapter.start))
                c.number("ondes_start", chapter.start);
            out.append('}');
        }
        out.append(']');
    }
    w.optionalString("chapters_json_url", episode.chaptersUrl);
    w.optionalString("ondes_chapters_type", episode.chaptersType);
    if (!episode.transcripts.isEmpty()) {
        // podcastparser keeps the last transcript; Ondes keeps them all.
        w.string("transcript_url", episode.transcripts.last().url);
        w.key("ondes_transcripts");
        out.append('[');
        for (qsizetype i = 0; i < episode.transcripts.size(); ++i) {
            const Transcript& transcript = episode.transcripts[i];
            out.append(i > 0 ? ",{" : "{");
            Writer t(out);
            t.string("url", transcript.url);
            t.optionalString("type", transcript.type);
            t.optionalString("language", transcript.language);
            t.optionalString("rel", transcript.rel);
            out.append('}');
        }
        out.append(']');
    }
    w.optionalString("ondes_summary", episode.summary);
    w.optionalString("ondes_season_name", episode.seasonName);
    w.optionalString("ondes_episode_display", episode.episodeDisplay);
    if (episode.podcastEpisode >= 0)
        w.number("ondes_podcast_episode", episode.podcastEpisode);
    if (episode.blocked)
        w.boolean("ondes_blocked", true);
    if (!episode.soundbites.isEmpty()) {
        w.key("ondes_soundbites");
        out.append('[');
        for (qsizetype i = 0; i < episode.soundbites.size(); ++i) {
            out.append(i > 0 ? ",{" : "{");
            Writer s(out);
            s.number("start", episode.soundbites[i].start);
            s.number("duration", episode.soundbites[i].duration);
            s.string("title", episode.soundbites[i].title);
            out.append('}');
        }
        out.append(']');
    }
    if (!episode.alternateEnclosures.isEmpty()) {
        w.key("ondes_alternate_enclosures");
        out.append('[');
        for (qsizetype i = 0; i < episode.alternateEnclosures.size(); ++i) {
            const AlternateEnclosure& a = episode.alternateEnclosures[i];
            out.append(i > 0 ? ",{" : "{");
            Writer e(out);
            e.string("mime_type", a.mimeType);
            e.integer("length", a.length);
            if (a.bitrate > 0)
                e.number("bitrate", a.bitrate);
            if (a.height > 0)
                e.integer("height", a.height);
            e.optionalString("lang", a.language);
            e.optionalString("title", a.title);
            e.optionalString("rel", a.rel);
            e.optionalString("codecs", a.codecs);
            if (a.isDefault)
                e.boolean("default", true);
            e.key("sources");
            out.append('[');
            for (qsizetype k = 0; k < a.sources.size(); ++k) {
                if (k > 0)
                    out.append(',');
                appendString(a.sources[k], out);
            }
            out.append("]}");
        }
        out.append(']');
    }
    appendLocation(w, episode.location);
}

QByteArray FeedJson::toJson(const ParsedFeed& feed)
{
    QByteArray out;
    out.append('{');
    appendFeedMembers(feed, out);
    out.append(",\"episodes\":[");
    const QList<EpisodePeople> people = showPeople(feed);
    for (qsizetype i = 0; i < feed.episodes.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendEpisode(feed.episodes[i], people[i], out);
    }
    out.append("]}");
    return out;
}

} // namespace ondes
