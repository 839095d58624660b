#pragma once

// Small word lists SpeakerExtractor consults around names and roles.

#include <QStringView>

namespace ondes::speakers {

// Word lists the extractor consults, all in foldForMatch form.
enum class Words {
    Determiner,  // le, la, l', les, un, une, the, a, an, notre, our, …
    Function,    // words that cannot be part of a role placed before a name
    RoleStop,    // a comma segment starting with these is not a role ("qui", "pour", "est")
    CommaStop,   // after a comma inside a role, these end it ("…, sur la cuisine")
    Relative,    // end a role: qui, who, whose, which, dont
    Conjunction, // join two names: et, and, puis, then
    Filler,      // may sit between a cue and names: today, this, week, est, sont, du, jour
    HostNoun,    // a name after these may be the subject of "reçoit"/"talks with"
    HostTitle,   // a job before a name that means "host": co-host, animatrice, guest host
};
bool isWord(Words list, QStringView folded);

} // namespace ondes::speakers
