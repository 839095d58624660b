#pragma once

// The word lists NameGrammar reads a person's name with, for SpeakerExtractor: name particles
// ("de", "van", "bin"), titles left out of a name ("Dr.", "Colonel"), words never inside a name
// or never first in one ("Le Monde", "New York"), words of organisations and products, and job
// nouns ("historienne", "professor"). One table holds them all: a token is looked up once
// (Token::nameWords), however many lists are asked about.

#include "feed/speakertext.h"

#include <QStringView>

namespace ondes::speakers {

enum class NameWordList : quint16 {
    Particle = 1,      // lower-case particles: "de", "van", "bin", …
    Title = 2,         // titles left out of the name: "Dr. Helen Prakash" is "Helen Prakash"
    NotInside = 4,     // articles, pronouns, prepositions, days, months, cue words
    NotFirst = 8,      // the above, sentence openers, place and institution openers
    Organisation = 16, // a capitalised run with one is an organisation, a place or a work
    RoleNoun = 32,     // job and status nouns
};

// The lists `folded` is in (NameWordList bits, or-ed).
quint16 nameWordListsOf(QStringView folded);

// `t` is a word of `list` (looked up once per token). Inline: asked many times per token.
inline bool isNameWord(const Token& t, NameWordList list)
{
    if (t.nameWords < 0)
        t.nameWords = qint16(nameWordListsOf(t.folded));
    return (t.nameWords & quint16(list)) != 0;
}

// Job and status nouns ("historienne", "professor"), in foldForMatch form: after two name words,
// a capitalised one starts the role ("Odile Marcassus Historienne, …").
bool isRoleNoun(QStringView folded);
bool isRoleNoun(const Token& word); // the same, read once per token

// Lower-case name particles ("de", "van", "bin", …), in foldForMatch form.
bool isNameParticle(QStringView folded);
bool isNameParticle(const Token& word); // the same, read once per token

} // namespace ondes::speakers
