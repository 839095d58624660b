#pragma once

// The person-name guard: nothing becomes a speaker without evidence that it names a person.
// The name grammar (namegrammar.h) proposes capitalised runs; products, companies, events,
// headlines and section titles are capitalised runs too ("Apple Arcade", "Nintendo Direct",
// "Better USB Gaming Headset Support", "Not Funding"). The evidence, in order:
//  1. a given name among the name's words ("Shaun King", "Jean-Baptiste Le Morvan");
//  2. initials ("J. R. Okafor");
//  3. else no word of it is a common word of English or French ("Hanta Rakotomalala").
// A common word opening the sentence before the given name is not part of the name ("Then
// Barton George joins us": the name is Barton George), nor is a job right before it ("Harvard
// Professor Jennifer Hollister": the name is Jennifer Hollister, the extractor keeps the job as
// the role).

#include "feed/namegrammar.h"
#include "feed/speakertext.h"

namespace ondes::speakers {

class PersonNameGuard
{
public:
    explicit PersonNameGuard(const QList<Token>& tokens) : m_tokens(tokens) {}

    // `span` when it names a person (without a sentence opener or a job before it), else an
    // invalid span.
    NameSpan person(const NameSpan& span) const;

private:
    bool isInitial(qsizetype i) const;
    bool commonBeforeParticle(const NameSpan& span) const;

    const QList<Token>& m_tokens;
};

} // namespace ondes::speakers
