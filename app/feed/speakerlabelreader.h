#pragma once

// The labels that announce speakers and credits, for SpeakerExtractor: a label before a colon
// or alone on its line ("Invités :", "<p>Guests</p>", "Présentation : A et B Réalisation : C")
// and a credit line without a colon ("Réalisation Cédric Aubrac"); the names after a label are
// read by NameListReader and kept by SpeakerRoster.

#include "feed/itemgrammar.h"
#include "feed/speakercues.h"
#include "feed/speakerlistreader.h"
#include "feed/speakerroster.h"

#include <QList>
#include <QString>

namespace ondes::speakers {

class LabelReader
{
public:
    LabelReader(const QString& text, const QList<Token>& tokens, const ItemGrammar& items,
                SpeakerRoster& roster, NameListReader& lists, const CueTable& cues)
        : m_text(text), m_tokens(tokens), m_items(items), m_roster(roster), m_lists(lists),
          m_cues(cues)
    {}

    // The label ending at the colon or line break at token `colon`, and the names it
    // announces; returns where they end, `colon` when no label is there.
    qsizetype tryLabel(qsizetype colon);
    // A credit line without a colon from token i ("Réalisation Cédric Aubrac", the label then a
    // name that ends the line); returns where the name ends, `i` when there is none.
    qsizetype tryLineLabel(qsizetype i);

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool countAt(qsizetype i) const;

    const QString& m_text;
    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    SpeakerRoster& m_roster;
    NameListReader& m_lists;
    const CueTable& m_cues;
};

} // namespace ondes::speakers
