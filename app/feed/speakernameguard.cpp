#include "feed/speakernameguard.h"

#include "feed/namewords.h"
#include "feed/speakerlexicon.h"

namespace ondes::speakers {

namespace {

// An English verb's -ing form whose verb the word lists know ("Geeking", "Talking", "Shopping",
// "Making"), which the lists rarely hold themselves: a title's word ("Geeking Out with X"), not a
// name. A surname made the same way ("Browning") still counts with a given name before it.
bool isGerundOfCommonWord(const Token& t)
{
    const QStringView w = t.folded;
    if (w.size() < 6 || !w.endsWith(u"ing"))
        return false;
    const QStringView stem = w.chopped(3);
    if (isCommonWord(stem) || isCommonWord(QString(stem + u'e')))
        return true;
    return stem.at(stem.size() - 1) == stem.at(stem.size() - 2) && isCommonWord(stem.chopped(1));
}

// A surname with a job run into it once HTML is gone ("Clara de Ramonphysicien théoricien",
// "Ilse Vandammehistorienne"): the text lost its separator, and where the name ends is a guess.
bool jobRunInto(const Token& t)
{
    constexpr qsizetype kMinJob = 7; // "autrice", "écrivain"; shorter ones end real surnames
    constexpr qsizetype kMinSurname = 3;
    const QStringView w = t.folded;
    for (qsizetype from = kMinSurname; w.size() - from >= kMinJob; ++from) {
        if (isRoleNoun(w.mid(from)))
            return true;
    }
    return false;
}

} // namespace

bool PersonNameGuard::isInitial(qsizetype i) const
{
    const Token& t = m_tokens.at(i);
    return t.isWord() && t.end - t.begin == 1 && !t.lowerStart && i + 1 < m_tokens.size() &&
           m_tokens.at(i + 1).isPunct(u'.');
}

// The name opens on one common word then a lower-case particle ("Invocation de Moussa").
bool PersonNameGuard::commonBeforeParticle(const NameSpan& span) const
{
    const qsizetype particle = span.first + 1;
    return particle + 1 < span.end && m_tokens.at(particle).isWord() &&
           m_tokens.at(particle).lowerStart && isNameParticle(m_tokens.at(particle));
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
        if (!t.isWord() || t.lowerStart || isNameParticle(t))
            continue;
        if (isInitial(i)) {
            initials = true;
            continue;
        }
        const bool given = isGivenName(t);
        const bool isCommon = !given && (isCommonWord(t) || isGerundOfCommonWord(t));
        if (given && firstGiven < 0)
            firstGiven = i;
        firstCommon = core == 0 ? isCommon : firstCommon;
        ++core;
        common += isCommon ? 1 : 0;
    }
    if (core == 0)
        return initials ? span : NameSpan{};
    for (qsizetype last = span.end - 1; last >= span.first; --last) {
        const Token& t = m_tokens.at(last);
        if (t.isWord() && !t.lowerStart && !isNameParticle(t)) {
            if (jobRunInto(t))
                return {};
            break;
        }
    }
    if (firstCommon && firstGiven > span.first && !initials && commonBeforeParticle(span))
        return {}; // "Invocation de Moussa", "Histoire de Marie": a title about someone
    if (firstCommon && core >= 3 && firstGiven > span.first) {
        // "Then Barton George joins us": a common word opening the sentence is not part of the
        // name that follows it.
        const qsizetype before = span.first - 1;
        if (before < 0 || m_tokens.at(before).isBreak() || m_tokens.at(before).sentenceEnd)
            return person(NameSpan{span.first + 1, span.first + 1, span.end});
    }
    bool jobBefore = false; // "Kentucky Poet Laureate Corinne Whitaker": the job ends farther
    for (qsizetype i = span.first; i < firstGiven && !jobBefore; ++i)
        jobBefore = m_tokens.at(i).isWord() && isRoleNoun(m_tokens.at(i));
    if (firstGiven > span.first && jobBefore) {
        // "Harvard Professor Jennifer Hollister": the job before the given name is the role.
        int rest = 0;
        for (qsizetype i = firstGiven; i < span.end; ++i)
            rest += m_tokens.at(i).isWord() && !m_tokens.at(i).lowerStart ? 1 : 0;
        if (rest >= 2)
            return NameSpan{firstGiven, firstGiven, span.end};
    }
    if (firstGiven >= 0 || initials)
        return span;
    return common == core ? NameSpan{} : span; // "Apple Arcade", "Hollow Knight", "Not Funding"
}

} // namespace ondes::speakers
