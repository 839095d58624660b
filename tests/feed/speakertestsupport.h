#pragma once

// What the speaker tests compare, in one place: the speakers the extractor lists (credits left
// out, kinds cleared: the shape tests compare names and roles), a speaker from its name and role,
// and the decider's candidates with their features.

#include "feed/speakercandidates.h"
#include "feed/speakerextractor.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <iosfwd>

namespace ondes {

// How GoogleTest prints a speaker (speakerextractor_test.cpp).
void PrintTo(const Speaker& speaker, std::ostream* os);

} // namespace ondes

namespace ondes::test {

inline QList<Speaker> speakersOf(const char* utf8)
{
    QList<Speaker> found;
    for (Speaker s : SpeakerExtractor().extract(QString::fromUtf8(utf8))) {
        if (s.kind == SpeakerKind::Credit)
            continue; // credits are not speakers
        s.kind = SpeakerKind::Unknown;
        found << s;
    }
    return found;
}

// The names of the speakers the extractor lists, in its order.
inline QStringList speakerNamesOf(const char* utf8)
{
    QStringList names;
    for (const Speaker& s : speakersOf(utf8))
        names << s.name;
    return names;
}

// The role the extractor gives the speaker `name`, "<absent>" when it is not listed.
inline QString roleOf(const char* utf8, const char* name)
{
    for (const Speaker& s : speakersOf(utf8)) {
        if (s.name == QString::fromUtf8(name))
            return s.role;
    }
    return QStringLiteral("<absent>");
}

inline Speaker nameAndRole(const char* name, const char* role)
{
    return Speaker{QString::fromUtf8(name), QString::fromUtf8(role)};
}

inline QList<speakers::SpeakerCandidate> candidatesOf(const char* utf8)
{
    return SpeakerExtractor().candidates(QString::fromUtf8(utf8));
}

inline const speakers::SpeakerCandidate*
candidateNamed(const QList<speakers::SpeakerCandidate>& all, const char* name)
{
    for (const speakers::SpeakerCandidate& c : all) {
        if (c.speaker.name == QString::fromUtf8(name))
            return &c;
    }
    return nullptr;
}

inline float featureOf(const speakers::SpeakerCandidate& c, speakers::Feature f)
{
    return c.features[std::size_t(f)];
}

} // namespace ondes::test
