#include "feed/episodespeakers.h"

#include "feed/personkey.h"
#include "feed/speakerextractor.h"

#include <QSet>

namespace ondes {

QList<EpisodeSpeaker> episodeSpeakers(const ParsedEpisode& episode)
{
    static const SpeakerExtractor extractor; // stateless, safe to share between threads
    QList<EpisodeSpeaker> speakers;
    QSet<QString> seen;
    for (const Person& person : episode.persons) {
        if (!person.name.trimmed().isEmpty() && !seen.contains(personKey(person.name))) {
            seen.insert(personKey(person.name));
            speakers << EpisodeSpeaker{person, QStringLiteral("feed")};
        }
    }
    const QString text = episode.descriptionHtml.isEmpty() ? episode.description.toString()
                                                           : episode.descriptionHtml.toString();
    for (const Speaker& speaker : extractor.extract(text)) {
        const QString key = personKey(speaker.name);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Person person;
        person.name = speaker.name;
        person.role = speaker.role;
        person.group.clear();
        speakers << EpisodeSpeaker{person, QStringLiteral("description")};
    }
    return speakers;
}

} // namespace ondes
