#pragma once

// What the text around one candidate name says, for the speaker decider's context features
// (speakerfeatures.h): a cue or a label before it on its line, a receiving verb there ("X reçoit
// Y"), a verb cue right after it, quotes around it, a cue or a year in its sentence. The dearest
// features to read, left for last by the decider.

#include "feed/itemgrammar.h"

#include <QList>

namespace ondes::speakers {

struct NameContext
{
    bool cueNear = false;         // a cue or label within the 6 tokens before, on the same line
    bool cueOnLine = false;       // a cue or label earlier on the same line, further away
    bool cueAroundBefore = false; // that nearest cue is a receiving verb ("X talks with Y")
    bool verbCueAfter = false;    // "X reçoit", "X joins", "X explique"
    bool inQuotes = false;        // inside « » or " ": a title, a quote
    bool cueInSentence = false;   // a cue anywhere in the same sentence
    bool yearNear = false;        // a year (1000–2099) in the same sentence
};

class NameContextReader
{
public:
    NameContextReader(const QList<Token>& tokens, const ItemGrammar& items);

    // The context of the name `span` (its first appearance).
    NameContext of(const NameSpan& span) const;

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool cueAt(qsizetype k) const;
    bool insideQuotes(qsizetype i) const;
    // `cueBefore`: the nearest cue before the name on its line (-1: none).
    void sentenceAround(qsizetype b, qsizetype e, qsizetype cueBefore, NameContext& c) const;
    bool receivingVerbAt(qsizetype k) const;

    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    mutable QList<qint8> m_cue; // per token: a cue or a label's colon starts there (-1: unread)
};

} // namespace ondes::speakers
