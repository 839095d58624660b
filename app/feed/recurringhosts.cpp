#include "feed/recurringhosts.h"

#include "feed/personkey.h"
#include "feed/speakerkinds.h"

#include <QSet>

namespace ondes {

bool RecurringHosts::isRecurring(qsizetype namedIn, qsizetype episodes)
{
    return namedIn >= 3 && namedIn * 10 >= episodes * 3;
}

bool RecurringHosts::isPromotable(const QString& kind, const QString& source)
{
    return source == QLatin1String("description") &&
           (kind.isEmpty() || kind == QLatin1String("guest"));
}

QString RecurringHosts::hostRole(const QString& role)
{
    return role.isEmpty() || speakerKindOfRole(role) == SpeakerKind::Guest ? QStringLiteral("host")
                                                                           : role;
}

void RecurringHosts::count(const EpisodePeople& people)
{
    ++m_episodes;
    QSet<QString> counted; // one count per episode, whatever the spelling
    for (const EpisodeSpeaker& entry : people.speakers) {
        if (entry.source != QLatin1String("description") && entry.source != QLatin1String("show"))
            continue;
        const QString key = personKey(entry.person.name);
        if (!counted.contains(key)) {
            counted.insert(key);
            ++m_namedIn[key];
        }
    }
}

void RecurringHosts::promote(EpisodePeople& people) const
{
    for (EpisodeSpeaker& entry : people.speakers) {
        if (!isPromotable(entry.kind, entry.source) ||
            !isRecurring(m_namedIn.value(personKey(entry.person.name)), m_episodes))
            continue;
        entry.kind = QStringLiteral("host");
        entry.source = QStringLiteral("show");
        entry.person.role = hostRole(entry.person.role);
    }
}

} // namespace ondes
