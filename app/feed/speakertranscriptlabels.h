#pragma once

// A transcript's speaker labels, for SpeakerExtractor: lines that open on a person's whole name
// then what they say ("Catherine MACLEOD: I think that’s a great question.") or a timestamp
// that ends the line ("Rob Yarrow 00:00:46", the words on the next line). Two such lines or more
// make a transcript; everyone they name speaks in it.

#include "feed/itemgrammar.h"
#include "feed/speakerroster.h"

namespace ondes::speakers {

class TranscriptLabelReader
{
public:
    TranscriptLabelReader(const QList<Token>& tokens, const ItemGrammar& items,
                          SpeakerRoster& roster)
        : m_tokens(tokens), m_items(items), m_roster(roster)
    {}

    // Adds the people the description's transcript labels name, when it has two labels or more.
    void read();

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    NameSpan labelAt(qsizetype i) const;
    bool speechAfter(qsizetype colon) const;
    bool timestampEndsLine(qsizetype p) const;
    bool opensOnWelcome(qsizetype p) const;

    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    SpeakerRoster& m_roster;
};

} // namespace ondes::speakers
