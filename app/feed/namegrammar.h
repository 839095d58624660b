#pragma once

// The shape of a person's name, for SpeakerExtractor: two to five capitalised words, initials
// ("J. R."), particles between them (de, du, d', van der, bin, al-…), hyphens and apostrophes
// inside words (Jean-Baptiste, N'Diaye), a leading title left out (Dr., Pr, Colonel (ret.)).

#include "feed/namewords.h"
#include "feed/speakertext.h"

#include <vector>

namespace ondes::speakers {

struct NameSpan
{
    qsizetype start = -1; // first token, title included
    qsizetype first = -1; // first token of the name proper
    qsizetype end = -1;   // one past the last token

    bool isValid() const { return first >= 0 && end > first; }
};

class NameGrammar
{
public:
    explicit NameGrammar(const QList<Token>& tokens) : m_tokens(tokens) {}

    // The name starting at token `at` (a title may come first), or an invalid span. Read once
    // per token: the rules and the decider's candidate scan ask for the same names.
    NameSpan nameAt(qsizetype at) const;
    // The longest name that ends right before token `end`, without crossing a line break.
    NameSpan nameEndingAt(qsizetype end) const;
    // A first name alone at token `at` ("Avec Karim du syndicat", "Bastien et Marion
    // reçoivent"): one capitalised word that the given-name lexicon knows, not the start of a
    // longer name. Only where a cue makes the word a speaker; never read as a name elsewhere.
    NameSpan givenNameAt(qsizetype at) const;
    NameSpan givenNameEndingAt(qsizetype end) const { return givenNameAt(end - 1); }
    // A surname in capitals ends at token q - 1, and a sentence starts at q ("Julie COSTE Vous
    // aimez ce podcast ?": text run together once line breaks are gone).
    bool sentenceAfterCapitals(qsizetype q) const;

private:
    bool isInitial(qsizetype i) const;
    bool middleInitialAt(qsizetype i) const;
    qsizetype skipTitles(qsizetype at) const;
    NameSpan readNameAt(qsizetype at) const;

    const QList<Token>& m_tokens;
    mutable std::vector<NameSpan> m_names; // nameAt() per token; start -2: not read yet
};

} // namespace ondes::speakers
