#pragma once

// People a description only tells of, in shapes no cue makes speakers: someone's friend or kin,
// a co-author, a pointer to another programme, archives, the subject a programme's line opens
// with, a holder of office in a news sentence. SpeakerCandidates proposes none of them.

#include "feed/namegrammar.h"
#include "feed/speakertext.h"

#include <QList>

namespace ondes::speakers {

// The name at `span` is only told of (see above), whatever a cue or the decider would make of it.
bool onlyMentioned(const QList<Token>& tokens, const NameSpan& span);

} // namespace ondes::speakers
