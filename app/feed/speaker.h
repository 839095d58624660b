#pragma once

// A person who speaks in (or is credited for) one episode, as found in its description.

#include "feed/speakerkinds.h"

#include <QList>
#include <QString>

namespace ondes {

struct Speaker
{
    QString name; // as written in the description, titles ("Dr.", "Pr") left out
    QString role; // see SpeakerExtractor for the convention; "" when unknown
    SpeakerKind kind = SpeakerKind::Unknown; // Credit: credited, not speaking

    friend bool operator==(const Speaker&, const Speaker&) = default;
};

} // namespace ondes
