#include "feed/episodespeakers.h"

#include "feed/personkey.h"
#include "feed/speakerextractor.h"

#include <QSet>

namespace ondes {
namespace {

// podcast:person roles follow the Podcast Taxonomy ("host", "guest", "producer", "editor"…).
SpeakerKind kindOfFeedPerson(const Person& person)
{
    const SpeakerKind kind = speakerKindOfRole(person.role);
    if (kind != SpeakerKind::Unknown)
        return kind;
    return person.role.isEmpty() ? SpeakerKind::Host : SpeakerKind::Unknown;
}

} // namespace

EpisodePeople episodePeople(const ParsedEpisode& episode)
{
    static const SpeakerExtractor extractor; // stateless, safe to share between threads
    EpisodePeople people;
    QSet<QString> seen;
    const auto place = [&people](EpisodeSpeaker entry, SpeakerKind kind) {
        entry.kind = speakerKindName(kind);
        (kind == SpeakerKind::Credit ? people.credits : people.speakers) << std::move(entry);
    };
    for (const Person& person : episode.persons) {
        if (QStringView(person.name).trimmed().isEmpty())
            continue;
        if (QString key = personKey(person.name); !seen.contains(key)) {
            seen.insert(std::move(key));
            place(EpisodeSpeaker{person, QStringLiteral("feed"), {}}, kindOfFeedPerson(person));
        }
    }
    const Utf8Text& text =
        episode.descriptionHtml.isEmpty() ? episode.description : episode.descriptionHtml;
    for (const Speaker& speaker : extractor.extract(text.view())) {
        QString key = personKey(speaker.name);
        if (seen.contains(key))
            continue;
        seen.insert(std::move(key));
        Person person;
        person.name = speaker.name;
        person.role = speaker.role;
        person.group.clear();
        place(EpisodeSpeaker{person, QStringLiteral("description"), {}}, speaker.kind);
    }
    return people;
}

QList<EpisodeSpeaker> episodeSpeakers(const ParsedEpisode& episode)
{
    return episodePeople(episode).speakers;
}

} // namespace ondes
