#pragma once

// The names a verb cue follows, for SpeakerExtractor: the subject of "reçoit", "joins us",
// "discusses" ("Isabelle Marchal et Lucas Brunet reçoivent", "Royal correspondent Philippa
// Hartley explains", "Colin Abernethy of Barnardo's discusses"), with the job written before
// the name or the description after it as the role, added to the roster.

#include "feed/itemgrammar.h"
#include "feed/speakerroster.h"

namespace ondes::speakers {

// "We met Daniel Burka. Come chat with us", "Mark talk to us": a word alone (`given`, one
// token) that opens its sentence and is also a word of the language, right before a verb in its
// base form, is an imperative, not a person speaking; so is a common word alone there.
bool opensAnImperative(const QList<Token>& tokens, const NameSpan& given);

class SubjectReader
{
public:
    SubjectReader(const QList<Token>& tokens, const ItemGrammar& items, SpeakerRoster& roster)
        : m_tokens(tokens), m_items(items), m_roster(roster)
    {}

    // Adds the people named right before the cue at token cueStart, with `role` (the cue's)
    // when the text gives them none; false when no subject is named there.
    bool addBefore(qsizetype cueStart, const QString& role);
    // The same, only for a whole name with a job written right before it ("Comedian and author
    // Dmitri Hallam gives", "Anthropologist Brent Gastaldi offers"); false otherwise.
    bool addAfterJob(qsizetype cueStart, const QString& role);
    // Whether the person right before the cue at cueStart is described by a job after a comma,
    // no host's title among it ("Richard Senneville, … Emeritus Professor of Sociology at …,
    // talks to Laurie Tanner"): a guest, talking to the host.
    bool describedAsGuestBefore(qsizetype cueStart) const;

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }
    bool wordIn(qsizetype i, Words list) const
    {
        return i >= 0 && i < size() && at(i).isWord() && isWord(list, at(i).folded);
    }

    // A full name ending right before token `end`, else a first name alone.
    NameSpan personEndingAt(qsizetype end) const;
    NameSpan personAfterShowTitle(const NameSpan& name) const;
    bool subjectPosition(qsizetype start) const;
    bool openedBy(qsizetype start) const;
    qsizetype jobBefore(qsizetype start) const;
    qsizetype describedAtLength(qsizetype comma) const;

    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    SpeakerRoster& m_roster;
};

} // namespace ondes::speakers
