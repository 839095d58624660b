#include "feed/feedjson.h"

#include "feed/episodespeakers.h"
#include "feed/jsonwriter.h"
#include "feed/showhosts.h"

#include <cmath>

namespace ondes {

namespace {

// The members of one JSON object, commas between them.
class Writer
{
public:
    explicit Writer(JsonWriter& out, bool afterMember = false)
        : m_out(out), m_needComma(afterMember)
    {}

    void key(std::string_view name)
    {
        m_out.key(name, m_needComma);
        m_needComma = true;
    }
    void string(std::string_view name, const QString& value)
    {
        key(name);
        m_out.string(QStringView(value));
    }
    void string(std::string_view name, const Utf8Text& value)
    {
        key(name);
        m_out.string(value.view());
    }
    // Only when not empty: podcastparser leaves such keys out.
    void optionalString(std::string_view name, const QString& value)
    {
        if (!value.isEmpty())
            string(name, value);
    }
    void optionalString(std::string_view name, const Utf8Text& value)
    {
        if (!value.isEmpty())
            string(name, value);
    }
    void nullableString(std::string_view name, const QString& value)
    {
        key(name);
        if (value.isEmpty())
            m_out.raw("null");
        else
            m_out.string(QStringView(value));
    }
    void integer(std::string_view name, qint64 value)
    {
        key(name);
        m_out.integer(value);
    }
    void number(std::string_view name, double value)
    {
        key(name);
        m_out.number(value);
    }
    void boolean(std::string_view name, bool value)
    {
        key(name);
        m_out.raw(value ? std::string_view("true") : std::string_view("false"));
    }
    JsonWriter& out() { return m_out; }

private:
    JsonWriter& m_out;
    bool m_needComma = false;
};

void appendPersons(Writer& w, std::string_view name, const QList<Person>& persons)
{
    if (persons.isEmpty())
        return;
    w.key(name);
    w.out().raw('[');
    for (qsizetype i = 0; i < persons.size(); ++i) {
        const Person& person = persons[i];
        if (i > 0)
            w.out().raw(',');
        w.out().raw('{');
        Writer p(w.out());
        p.string("name", person.name);
        p.string("role", person.role);
        p.string("group", person.group);
        p.nullableString("href", person.href);
        p.nullableString("img", person.img);
        w.out().raw('}');
    }
    w.out().raw(']');
}

// Who speaks (ondes_speakers) and who is credited (ondes_credits): the feed's persons, the
// people the description names and the show's hosts.
void appendPeople(Writer& w, std::string_view key, const QList<EpisodeSpeaker>& people)
{
    if (people.isEmpty())
        return;
    w.key(key);
    w.out().raw('[');
    for (qsizetype i = 0; i < people.size(); ++i) {
        const EpisodeSpeaker& speaker = people[i];
        w.out().raw(i > 0 ? ",{" : "{");
        Writer p(w.out());
        p.string("name", speaker.person.name);
        p.string("role", speaker.person.role);
        p.string("kind", speaker.kind);
        p.string("source", speaker.source);
        p.nullableString("img", speaker.person.img);
        p.nullableString("href", speaker.person.href);
        w.out().raw('}');
    }
    w.out().raw(']');
}

void appendLocation(Writer& w, const Location& location)
{
    if (location.name.isEmpty() && location.geo.isEmpty() && location.osm.isEmpty())
        return;
    w.key("ondes_location");
    w.out().raw('{');
    Writer l(w.out());
    l.string("name", location.name);
    l.optionalString("geo", location.geo);
    l.optionalString("osm", location.osm);
    w.out().raw('}');
}

} // namespace

void FeedJson::appendString(const QString& text, QByteArray& out)
{
    JsonWriter(out).string(QStringView(text));
}

void FeedJson::appendUtf8String(std::string_view text, QByteArray& out)
{
    JsonWriter(out).string(text);
}

void FeedJson::appendFeedMembers(const ParsedFeed& feed, QByteArray& out)
{
    JsonWriter json(out);
    Writer w(json);
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
        json.raw('[');
        for (qsizetype i = 0; i < feed.funding.size(); ++i) {
            json.raw(i > 0 ? ",{" : "{");
            Writer f(json);
            f.string("url", feed.funding[i].url);
            f.string("text", feed.funding[i].text);
            json.raw('}');
        }
        json.raw(']');
    }
    if (!feed.ownerName.isEmpty() || !feed.ownerEmail.isEmpty()) {
        w.key("itunes_owner");
        json.raw('{');
        Writer o(json);
        o.optionalString("name", feed.ownerName);
        o.optionalString("email", feed.ownerEmail);
        json.raw('}');
    }
    if (!feed.categoryPaths.isEmpty()) {
        w.key("itunes_categories");
        json.raw('[');
        for (qsizetype i = 0; i < feed.categoryPaths.size(); ++i) {
            json.raw(i > 0 ? ",[" : "[");
            const QStringList& path = feed.categoryPaths[i];
            for (qsizetype k = 0; k < path.size(); ++k) {
                if (k > 0)
                    json.raw(',');
                json.string(QStringView(path[k]));
            }
            json.raw(']');
        }
        json.raw(']');
    }
    if (!feed.keywords.isEmpty()) {
        w.key("itunes_keywords");
        json.raw('[');
        for (qsizetype i = 0; i < feed.keywords.size(); ++i) {
            if (i > 0)
                json.raw(',');
            json.string(QStringView(feed.keywords[i]));
        }
        json.raw(']');
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
    JsonWriter json(out);
    Writer w(json, true);
    appendPeople(w, "ondes_speakers", people.speakers);
    appendPeople(w, "ondes_credits", people.credits);
    json.raw('}');
}

void FeedJson::appendOpenEpisode(const ParsedEpisode& episode, QByteArray& out)
{
    JsonWriter json(out);
    json.raw('{');
    Writer w(json);
    w.string("guid", episode.guid);
    w.string("title", episode.title);
    w.string("link", episode.link);
    w.string("description", episode.description);
    w.optionalString("description_html", episode.descriptionHtml);
    w.integer("published", episode.published);
    w.integer("total_time", episode.durationSeconds);
    w.nullableString("payment_url", episode.paymentUrl);
    w.key("enclosures");
    json.raw('[');
    for (qsizetype i = 0; i < episode.enclosures.size(); ++i) {
        const Enclosure& enclosure = episode.enclosures[i];
        json.raw(i > 0 ? ",{" : "{");
        Writer e(json);
        e.string("url", enclosure.url);
        e.string("mime_type", enclosure.mimeType);
        e.integer("file_size", enclosure.fileSize);
        json.raw('}');
    }
    json.raw(']');
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
        json.raw('[');
        for (qsizetype i = 0; i < episode.chapters.size(); ++i) {
            const Chapter& chapter = episode.chapters[i];
            json.raw(i > 0 ? ",{" : "{");
            Writer c(json);
            // podcastparser counts whole seconds; the exact start is Ondes's own field.
            c.integer("start", static_cast<qint64>(chapter.start));
            c.string("title", chapter.title);
            c.optionalString("href", chapter.href);
            c.optionalString("image", chapter.image);
            if (chapter.start != std::floor(chapter.start))
                c.number("ondes_start", chapter.start);
            json.raw('}');
        }
        json.raw(']');
    }
    w.optionalString("chapters_json_url", episode.chaptersUrl);
    w.optionalString("ondes_chapters_type", episode.chaptersType);
    if (!episode.transcripts.isEmpty()) {
        // podcastparser keeps the last transcript; Ondes keeps them all.
        w.string("transcript_url", episode.transcripts.last().url);
        w.key("ondes_transcripts");
        json.raw('[');
        for (qsizetype i = 0; i < episode.transcripts.size(); ++i) {
            const Transcript& transcript = episode.transcripts[i];
            json.raw(i > 0 ? ",{" : "{");
            Writer t(json);
            t.string("url", transcript.url);
            t.optionalString("type", transcript.type);
            t.optionalString("language", transcript.language);
            t.optionalString("rel", transcript.rel);
            json.raw('}');
        }
        json.raw(']');
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
        json.raw('[');
        for (qsizetype i = 0; i < episode.soundbites.size(); ++i) {
            json.raw(i > 0 ? ",{" : "{");
            Writer s(json);
            s.number("start", episode.soundbites[i].start);
            s.number("duration", episode.soundbites[i].duration);
            s.string("title", episode.soundbites[i].title);
            json.raw('}');
        }
        json.raw(']');
    }
    if (!episode.alternateEnclosures.isEmpty()) {
        w.key("ondes_alternate_enclosures");
        json.raw('[');
        for (qsizetype i = 0; i < episode.alternateEnclosures.size(); ++i) {
            const AlternateEnclosure& a = episode.alternateEnclosures[i];
            json.raw(i > 0 ? ",{" : "{");
            Writer e(json);
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
            json.raw('[');
            for (qsizetype k = 0; k < a.sources.size(); ++k) {
                if (k > 0)
                    json.raw(',');
                json.string(QStringView(a.sources[k]));
            }
            json.raw("]}");
        }
        json.raw(']');
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
