#include "feed/speakerroledescriptions.h"

#include "feed/speakerkinds.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

#include <algorithm>

namespace ondes::speakers {

// The name at token k has the same words as `name` ("Nell Okafor" … "poet Nell Okafor").
bool RoleDescriptionReader::sameNameAt(qsizetype k, const NameSpan& name) const
{
    qsizetype j = k;
    for (qsizetype i = name.first; i < name.end; ++i) {
        if (!at(i).isWord())
            continue;
        while (j < m_tokens.size() && !at(j).isWord() && j - k < 8)
            ++j;
        if (j >= m_tokens.size() || !at(j).isWord() || at(j).folded != at(i).folded)
            return false;
        ++j;
    }
    return true;
}

// What the text says of a speaker named at token k, just before the name: a job ("This time
// it's the turn of prize-winning poet Nell Okafor", "l'historienne française Hortense
// Malbrancq") or an apposition ("Le président de la CSN, Jacques Létourneau, …").
QString RoleDescriptionReader::describedBefore(qsizetype k) const
{
    // A job: lower-case words, one of them a job noun, right before the name.
    qsizetype j = k;
    bool job = false;
    while (j > 0 && k - j < 3 && at(j - 1).isWord() && at(j - 1).lowerStart &&
           !at(j - 1).hasDigit && !isWord(Words::Function, at(j - 1).folded) &&
           !isWord(Words::Determiner, at(j - 1).folded) && !isVerbBeforeJob(at(j - 1))) {
        --j;
        job = job || isRoleNoun(at(j));
    }
    if ((job && j < k) || j == k) {
        // "the Toronto Star's national columnist X", "speaks with The Economist's X": an owner's
        // possessive before the job, or before the name, is part of what the text says.
        const qsizetype owner = ownerBefore(j);
        if (owner >= 0)
            return m_items.roleText(owner, k, false);
    }
    if (job && j < k)
        return m_items.roleText(j, k);
    const QString titled = titleBefore(k);
    if (!titled.isEmpty())
        return titled;
    // "PICK A SKY AND NAME IT Poet X", "… weigh in.Zoologist X": one capitalised job noun, no
    // other word of a title before it (a heading in capitals, punctuation, a lower-case word).
    if (k >= 1 && at(k - 1).isWord() && at(k - 1).capitalised && isRoleNoun(at(k - 1)) &&
        (k == 1 || !at(k - 2).isWord() || at(k - 2).allCaps ||
         (at(k - 2).lowerStart && !isWord(Words::Determiner, at(k - 2).folded) &&
          !isWord(Words::Function, at(k - 2).folded))))
        return m_items.roleText(k - 1, k);
    // An apposition: "le président de …, X": from a boundary, an article and a job noun.
    if (k < 2 || !at(k - 1).isPunct(u','))
        return {};
    const QString jobs = jobsOpeningBefore(k - 1);
    if (!jobs.isEmpty())
        return jobs;
    qsizetype s = k - 2;
    while (s > 0 && k - s < 16 && !at(s - 1).isBreak() && !at(s - 1).sentenceEnd &&
           !isOneOf(at(s - 1), u",:;"))
        --s;
    if (k - s >= 16 || s + 1 >= k - 1 || !at(s).isWord() ||
        !isWord(Words::Determiner, at(s).folded) || !at(s + 1).isWord() || !titleNounAt(s + 1))
        return {};
    return m_items.roleText(s, k - 1);
}

QString RoleDescriptionReader::describedAtAnyAppearance(const NameSpan& name) const
{
    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        if (!at(k).isWord() || at(k).folded != at(name.first).folded || !sameNameAt(k, name))
            continue;
        const QString described = describedBefore(k);
        if (!described.isEmpty() && speakerKindOfRole(described) != SpeakerKind::Credit)
            return described;
    }
    return {};
}

// Where the owner whose possessive ends right before token j starts ("the Toronto Star's",
// "NPR's"): its capitalised words and a leading "the"; -1 when no possessive is there.
qsizetype RoleDescriptionReader::ownerBefore(qsizetype j) const
{
    const qsizetype whose = j - 1;
    if (whose < 0 || !at(whose).isWord() || at(whose).lowerStart ||
        !(at(whose).folded.endsWith(u"'s") || at(whose).folded.endsWith(u"s'")))
        return -1;
    qsizetype o = whose;
    while (o > 0 && whose - o < 3 && at(o - 1).isWord() && at(o - 1).capitalised &&
           !at(o - 1).folded.endsWith(u"'s") && at(o - 1).folded != u"the")
        --o;
    if (o > 0 && at(o - 1).isWord() && at(o - 1).folded == u"the")
        --o;
    return o;
}

// A job noun, or a title of office the job nouns lack ("Chief of the General Staff").
bool RoleDescriptionReader::titleNounAt(qsizetype i) const
{
    static const WordSet offices =
        WordSet::folded({u"chief", u"head", u"commissaire", u"chef", u"secretary", u"minister",
                         u"diplomate", u"diplomat"});
    return isRoleNoun(at(i)) || offices.contains(at(i).folded);
}

// "talks to the former Chief of the General Staff Richard Danforth", "Stanford University
// Professor Anand Kulkarni-Reyes": the words of a title right before the name (capitalised, or
// of / the / de / former …), from an article or from the sentence's start, with a job noun
// among them (the last word before the name when there is no article).
QString RoleDescriptionReader::titleBefore(qsizetype k) const
{
    static const WordSet joins =
        WordSet::folded({u"of", u"the", u"de", u"du", u"des", u"la", u"le", u"l'", u"former",
                         u"ancien", u"ancienne", u"and", u"et"});
    qsizetype j = k;
    while (j > 0 && k - j < 9 && at(j - 1).isWord() && !at(j - 1).hasDigit &&
           (at(j - 1).capitalised || joins.contains(at(j - 1).folded) || titleNounAt(j - 1)))
        --j;
    // The article that opens the title, not one inside it ("of the General Staff").
    while (j < k && at(j).isWord() && !isWord(Words::Determiner, at(j).folded) &&
           !(j == 0 || at(j - 1).isBreak() || at(j - 1).sentenceEnd))
        ++j;
    bool job = false;
    for (qsizetype i = j; i < k; ++i)
        job = job || titleNounAt(i);
    if (!job || k - j < 2)
        return {};
    const bool article = isWord(Words::Determiner, at(j).folded) &&
                         (j == 0 || !at(j - 1).isWord() || !joins.contains(at(j - 1).folded));
    const bool opening = j == 0 || at(j - 1).isBreak() || at(j - 1).sentenceEnd;
    if (article) {
        // Lower-case words alone are the job branch's: a title here holds capitals.
        if (std::none_of(m_tokens.cbegin() + j + 1, m_tokens.cbegin() + k,
                         [](const Token& t) { return t.capitalised; }))
            return {};
        return m_items.roleText(j, k);
    }
    if (opening && at(k - 1).capitalised && titleNounAt(k - 1))
        return m_items.roleText(j, k);
    return {};
}

// "Médecin, écrivain, diplomate, Jean-Baptiste Rouvière est …": job nouns listed from the
// sentence's start up to the comma before the name.
QString RoleDescriptionReader::jobsOpeningBefore(qsizetype comma) const
{
    qsizetype s = comma;
    int jobs = 0;
    while (s > 0 && comma - s < 12) {
        qsizetype w = s - 1;
        if (!at(w).isWord() || !titleNounAt(w))
            return {};
        ++jobs;
        s = w;
        if (s == 0 || at(s - 1).isBreak() || at(s - 1).sentenceEnd)
            break;
        if (!at(s - 1).isPunct(u',') &&
            !(at(s - 1).isWord() && isWord(Words::Conjunction, at(s - 1).folded)))
            return {};
        --s;
    }
    const bool opening = s == 0 || at(s - 1).isBreak() || at(s - 1).sentenceEnd;
    return opening && jobs >= 2 ? m_items.roleText(s, comma, false) : QString();
}

// The jobs joined by "et"/"and" to the host's title at token `title`, from an article or the
// sentence's start: "Le journaliste et animateur", "the columnist, broadcaster and
// newly-announced cookery show host" (a few lower-case words may qualify the title); else "".
QString RoleDescriptionReader::jobsJoinedBefore(qsizetype title) const
{
    const auto plainWord = [this](qsizetype k) {
        return at(k).isWord() && at(k).lowerStart && !at(k).hasDigit &&
               !isWord(Words::Function, at(k).folded) && !isWord(Words::Determiner, at(k).folded);
    };
    qsizetype j = title;
    while (j > 0 && title - j < 4 && plainWord(j - 1))
        --j;
    if (j < 2 || !at(j - 1).isWord() || (at(j - 1).folded != u"et" && at(j - 1).folded != u"and"))
        return {};
    --j;
    int jobs = 0;
    while (j > 0 && plainWord(j - 1) && isRoleNoun(at(j - 1))) {
        --j;
        ++jobs;
        if (j < 2 || !at(j - 1).isPunct(u',') || !plainWord(j - 2) || !isRoleNoun(at(j - 2)))
            break;
        --j; // "the columnist, broadcaster and …"
    }
    if (jobs == 0)
        return {};
    if (j > 0 && at(j - 1).isWord() && isWord(Words::Determiner, at(j - 1).folded))
        --j;
    else if (j > 0 && !at(j - 1).isBreak() && !at(j - 1).sentenceEnd)
        return {};
    return m_items.roleText(j, title + 1);
}

} // namespace ondes::speakers
