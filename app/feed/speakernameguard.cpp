#include "feed/speakernameguard.h"

#include "feed/speakerlexicon.h"

namespace ondes::speakers {

bool PersonNameGuard::isInitial(qsizetype i) const
{
    const Token& t = m_tokens.at(i);
    return t.isWord() && t.end - t.begin == 1 && !t.lowerStart && i + 1 < m_tokens.size() &&
           m_tokens.at(i + 1).isPunct(u'.');
}

NameSpan PersonNameGuard::person(const NameSpan& span) const
{
    if (!span.isValid())
        return {};
    qsizetype firstGiven = -1;
    bool initials = false;
    int core = 0;   // capitalised words, particles ("de", "Le", "van") left out
    int common = 0; // of which common words
    bool firstCommon = false;
    for (qsizetype i = span.first; i < span.end; ++i) {
        const Token& t = m_tokens.at(i);
        if (!t.isWord() || t.lowerStart || isNameParticle(t.folded))
            continue;
        if (isInitial(i)) {
            initials = true;
            continue;
        }
        const bool given = isGivenName(t.folded);
        const bool isCommon = !given && isCommonWord(t.folded);
        if (given && firstGiven < 0)
            firstGiven = i;
        firstCommon = core == 0 ? isCommon : firstCommon;
        ++core;
        common += isCommon ? 1 : 0;
    }
    if (core == 0)
        return initials ? span : NameSpan{};
    if (firstGiven > span.first && firstCommon)
        return {}; // "Super Mario Bros", "Better Call Saul": a title, not a person
    if (firstGiven >= 0 || initials)
        return span;
    return common == core ? NameSpan{} : span; // "Apple Arcade", "Hollow Knight", "Not Funding"
}

} // namespace ondes::speakers
