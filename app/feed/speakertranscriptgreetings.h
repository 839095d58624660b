#pragma once

// A transcript's greetings, for SpeakerExtractor: who is greeted by name on one timestamped line
// and greets back on the next ("Bonjour Clémence Houletier." / "Bonjour Franck, bonjour tout le
// monde.") is of the show's team.

#include "feed/itemgrammar.h"
#include "feed/speakerlistreader.h"
#include "feed/speakerroster.h"

namespace ondes::speakers {

class TranscriptGreetingReader
{
public:
    TranscriptGreetingReader(const QList<Token>& tokens, const ItemGrammar& items,
                             SpeakerRoster& roster, const NameListReader& lists)
        : m_tokens(tokens), m_items(items), m_roster(roster), m_lists(lists)
    {}

    // Adds the team the greetings on the line opening at token i and the next one name.
    void read(qsizetype i);

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }

    qsizetype transcriptBody(qsizetype i) const;
    bool greetingAt(qsizetype k) const;
    NameSpan greetedAt(qsizetype k) const;

    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    SpeakerRoster& m_roster;
    const NameListReader& m_lists;
};

} // namespace ondes::speakers
