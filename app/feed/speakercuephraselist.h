#pragma once

// CuePhraseList builds the cue table (speakercuephrases.h) in the order it is written, in two
// parts by subject: the phrases that names follow (speakercuephrases.cpp), then who receives
// whom, the name before a phrase and the segments a person keeps (speakercuephrasesaround.cpp).
// Among cues of the same length the order is behaviour (CueTable keeps it): the parts are added
// one after the other, never interleaved.

#include "feed/speakercuephrases.h"

namespace ondes::speakers {

class CuePhraseList
{
public:
    CuePhraseList()
    {
        addNamesFollowing();
        addAroundAndBefore();
    }
    QList<Cue> take() { return std::move(m_cues); }

private:
    using K = Cue::Kind;
    static constexpr quint8 kStart = Cue::AtBoundary;
    static constexpr quint8 kStartOrComma = Cue::AtBoundary | Cue::AfterComma;
    static constexpr quint8 kFill = Cue::Fillers;

    // "Avec X", interview formulas, credits where they stand, the show's staff, who joins whom.
    void addNamesFollowing();
    // Host before and guests after ("X reçoit Y"), the name before gets the role ("X est notre
    // invitée"), segments and who keeps them, verbs a job introduces.
    void addAroundAndBefore();
    void add(QStringView words, Cue::Kind kind, QStringView role, quint8 flags = 0,
             QStringView roleBefore = {});

    QList<Cue> m_cues;
};

} // namespace ondes::speakers
