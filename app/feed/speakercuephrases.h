#pragma once

// The phrases that announce speakers in episode descriptions, in French and English, and the
// roles they give. A table only; CueTable (speakercues.h) indexes it, SpeakerExtractor applies
// it. The labels before a colon ("Présentation :") are speakerlabels.h's.

#include <QList>
#include <QString>
#include <QStringList>

namespace ondes::speakers {

struct Cue
{
    enum class Kind : quint8 {
        Names,  // names follow: "Avec X et Y", "Hosted by X", "Our guest today is X"
        Around, // host before, guests after: "X reçoit Y", "X talks with Y"
        After,  // the name before gets the role: "X est notre invitée", "X joins us"
    };
    enum Flag : quint8 {
        AtBoundary = 1,     // only at the start of a line, sentence or labelled segment
        AfterComma = 2,     // with AtBoundary: also right after a comma ("Animé par X, avec Y")
        Fillers = 4,        // filler words may follow ("Our guest *today is* X")
        NeedPunct = 8,      // must be followed by ',' or ':' ("Pour en parler, X")
        OptionalComma = 16, // a comma may come before the names ("notre correspondant, X")
        NeedRole = 32,      // the first name must be described ("… avec X, historienne");
                            // After: a job written before the name ("Poet X offers")
        NeedNames = 64,     // a person must follow ("A joined Andy Pellow", not "joined NPR")
        LineEnd = 128,      // the names must end the line ("Video Recognition with A and B"),
                            // or After: the cue ends its sentence ("X reports.")
    };

    QStringList words; // foldForMatch form
    Kind kind = Kind::Names;
    QString role;       // the role of the names the cue announces
    QString roleBefore; // Around: the role of the name before the cue
    quint8 flags = 0;
};

// Every cue, in the order written (CueTable keeps it among cues of the same length).
QList<Cue> cuePhrases();

} // namespace ondes::speakers
