#include "feed/speakercandidates.h"

#include "feed/speakercandidatementions.h"
#include "feed/speakerlexicon.h"
#include "feed/speakermodel.h"
#include "feed/speakersubjects.h"
#include "feed/speakerwordset.h"

#include <algorithm>

namespace ondes::speakers {

QString SpeakerCandidates::nameText(const NameSpan& span) const
{
    const qsizetype begin = at(span.first).begin;
    return m_text.mid(begin, at(span.end - 1).end - begin).simplified();
}

// Token i may follow the first word of a name: a capitalised word, a particle ("de", "van",
// "della"), the dot of an initial or a title. A cheap test that spares most words NameGrammar.
bool SpeakerCandidates::mayContinue(qsizetype i) const
{
    if (i >= m_tokens.size())
        return false;
    const Token& t = at(i);
    if (t.isPunct(u'.'))
        return true;
    return t.isWord() && !t.hasDigit && (!t.lowerStart || t.end - t.begin <= 5);
}

// One person within one description: the same words, folded ("Kailin Yuen", "KAILIN YUEN").
bool SpeakerCandidates::sameWords(const NameSpan& a, const NameSpan& b) const
{
    qsizetype i = a.first;
    qsizetype j = b.first;
    while (true) {
        while (i < a.end && !at(i).isWord())
            ++i;
        while (j < b.end && !at(j).isWord())
            ++j;
        if (i == a.end || j == b.end)
            return i == a.end && j == b.end;
        if (at(i).folded != at(j).folded)
            return false;
        ++i;
        ++j;
    }
}

bool SpeakerCandidates::hasWords(const NameSpan& span) const
{
    for (qsizetype k = span.first; k < span.end; ++k) {
        if (at(k).isWord())
            return true;
    }
    return false;
}

// The tokens of a name the rules returned (as written, maybe from a first name alone made whole).
NameSpan SpeakerCandidates::locate(const QString& name) const
{
    // The first place the name is written: where its first character is (found eight units at a
    // time; a name starts with a capital, rare in the text) then the rest compared there.
    if (name.isEmpty())
        return {};
    const QStringView text(m_text);
    qsizetype begin = text.indexOf(name.front());
    while (begin >= 0 && !text.sliced(begin).startsWith(name))
        begin = text.indexOf(name.front(), begin + 1);
    if (begin < 0)
        return {};
    const qsizetype end = begin + name.size();
    const auto from = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), begin,
                                       [](const Token& t, qsizetype b) { return t.begin < b; });
    if (from == m_tokens.cend() || from->begin != begin)
        return {};
    const qsizetype first = from - m_tokens.cbegin();
    for (qsizetype k = first; k < m_tokens.size() && at(k).begin <= end; ++k) {
        if (at(k).end == end)
            return NameSpan{first, first, k + 1};
    }
    return {};
}

// "I'm Oliver Pryce", "Roanne Gaëtan Roubaud", "Arcom Nordine Belhadj": a word that is not a
// given name before one that is, with two words left, is not part of the name; true when one
// was dropped.
bool SpeakerCandidates::dropOpener(NameSpan& span) const
{
    if (span.end - span.first < 3 || !at(span.first).isWord() || !at(span.first + 1).isWord() ||
        at(span.first + 1).lowerStart)
        return false;
    if (isGivenName(at(span.first)) || !isGivenName(at(span.first + 1)))
        return false;
    int rest = 0;
    for (qsizetype k = span.first + 1; k < span.end; ++k)
        rest += at(k).isWord() && !at(k).lowerStart ? 1 : 0;
    if (rest < 2)
        return false;
    span = NameSpan{span.first + 1, span.first + 1, span.end};
    return true;
}

// "was written by X", "recorded by X" inside a sentence ("Written by X" opening a line is a
// credit, the rules' to read).
bool SpeakerCandidates::creditedForAWork(const NameSpan& span) const
{
    const qsizetype by = span.start - 1;
    if (by < 1 || !at(by).isWord() || at(by).folded != u"by" || !at(by - 1).isWord() ||
        m_items.atBoundary(by - 1))
        return false;
    static const WordSet works =
        WordSet::folded({u"written", u"recorded", u"composed", u"sung", u"performed", u"directed",
                         u"painted", u"illustrated", u"co-written", u"penned"});
    return works.contains(at(by - 1).folded);
}

// "mis en musique par X", "réalisée, par X", "mixed by X": a production credit the rules did not
// read as one (inside a sentence, or in a layout they do not know) is never made a speaker.
bool SpeakerCandidates::madeBy(const NameSpan& span) const
{
    const qsizetype by = span.start - 1;
    if (by < 1 || !at(by).isWord() || (at(by).folded != u"par" && at(by).folded != u"by"))
        return false;
    const qsizetype w = at(by - 1).isPunct(u',') ? by - 2 : by - 1;
    static const WordSet production = WordSet::folded(
        {u"realise",     u"realisee",  u"realises",  u"realisees",   u"monte",       u"montee",
         u"mixe",        u"mixee",     u"musique",   u"enregistre",  u"enregistree", u"compose",
         u"composee",    u"illustre",  u"illustree", u"produced",    u"mixed",       u"edited",
         u"engineered",  u"mastered",  u"designed",  u"co-produced", u"montage",     u"mixage",
         u"realisation", u"production"});
    return w >= 0 && at(w).isWord() && production.contains(at(w).folded);
}

// A first name alone at token i (NameGrammar::givenNameAt).
bool SpeakerCandidates::givenAlone(qsizetype i) const
{
    return i >= 0 && i < m_tokens.size() && at(i).isWord() && at(i).capitalised &&
           isGivenName(at(i)) && m_items.names().givenNameAt(i).isValid();
}

// The first name alone at token i is in a list of people: three first names alone or more
// ("Nassim, Fatou et Lucas", "Marcus, Andrew, and Davis"), two joined by "et"/"and" ("Malik et
// Grégoire"), or one joined to a whole name ("Anne Jarnac et Cynthia"). Not two after a comma
// only ("So Long, Marianne"), nor a whole name then a comma ("Fabien Mercadier, Alice et autres
// merveilles").
bool SpeakerCandidates::givenListed(qsizetype i) const
{
    if (!givenAlone(i))
        return false;
    // From token k, over a separator (", ", " et ", ", and "), to the next item in direction
    // `step`; -1 when there is none.
    const auto across = [this](qsizetype k, int step, bool* conjunction) -> qsizetype {
        qsizetype j = k + step;
        for (int n = 0; n < 2 && j >= 0 && j < m_tokens.size(); ++n, j += step) {
            const Token& t = at(j);
            if (t.isWord() && isWord(Words::Conjunction, t.folded))
                *conjunction = true;
            else if (!isOneOf(t, u",&/"))
                break;
        }
        return j == k + step || j < 0 || j >= m_tokens.size() ? -1 : j;
    };
    int count = 1;
    bool conjunction = false;
    for (const int step : {-1, 1}) {
        qsizetype k = i;
        while (count < 3) {
            bool joined = false;
            const qsizetype next = across(k, step, &joined);
            if (next < 0)
                break;
            if (!givenAlone(next)) {
                // A whole name joined by a conjunction: "Anne Jarnac et Cynthia".
                const NameSpan whole = step < 0 ? m_items.names().nameEndingAt(next + 1)
                                                : m_items.names().nameAt(next);
                if (joined && k == i && whole.isValid())
                    return true;
                // "Marcus, Andrew, and Davis": the list goes on with a conjunction.
                conjunction = conjunction || (joined && at(next).isWord() && !at(next).lowerStart);
                break;
            }
            conjunction = conjunction || joined;
            ++count;
            k = next;
        }
    }
    return count >= 3 || (count == 2 && conjunction);
}

// A first name alone opening a sentence or a line, then a verb or a description: "Thierry a
// exprimé dans l'édito …", "Christiane, gestalt thérapeute, va nous rappeler …"; not one that
// opens an imperative ("Come talk with us": the rules' subject reader does not take it either).
bool SpeakerCandidates::givenOpening(qsizetype i) const
{
    if (i > 0 && !at(i - 1).isBreak() && !at(i - 1).sentenceEnd &&
        !(isDash(at(i - 1)) && (i == 1 || at(i - 2).isBreak())))
        return false;
    if (i + 1 >= m_tokens.size() ||
        !(at(i + 1).isPunct(u',') || (at(i + 1).isWord() && at(i + 1).lowerStart)))
        return false;
    return givenAlone(i) && !opensAnImperative(m_tokens, NameSpan{i, i, i + 1});
}

// b follows a in one list: "A, B", "A et B", "A & B", "A / B".
bool SpeakerCandidates::listed(const NameSpan& a, const NameSpan& b) const
{
    const qsizetype gap = b.start - a.end;
    if (gap < 1 || gap > 2)
        return false;
    for (qsizetype k = a.end; k < b.start; ++k) {
        const Token& t = at(k);
        if (!(isOneOf(t, u",&/;") || (t.isWord() && isWord(Words::Conjunction, t.folded))))
            return false;
    }
    return true;
}

QList<SpeakerCandidate> SpeakerCandidates::collect(const QList<Speaker>& ruleSpeakers,
                                                   const SpeakerModelWeights* model) const
{
    const bool keepRules = model && model->keepThreshold <= 0.0f;
    struct Seen
    {
        NameSpan span;
        int occurrences = 0;
        bool openerDropped = false;
        QList<NameSpan> appearances;
        bool givenList = false;    // a first name alone in a list
        bool givenAlone = false;   // a first name alone (in a list or opening a sentence)
        bool notMentioned = false; // onlyMentioned() was asked of `span` and said no
    };
    QList<Seen> seen;
    seen.reserve(8); // most descriptions name fewer people: one allocation, no growth
    NameSpan lastWorkCredit;
    const auto seenAs = [&](const NameSpan& span) -> qsizetype {
        const Token& first = at(span.first);
        for (qsizetype k = 0; k < seen.size(); ++k) {
            // First words of other lengths: not the same words (sameWords() not called).
            const Token& other = at(seen.at(k).span.first);
            if (first.isWord() && other.isWord() && first.folded.size() != other.folded.size())
                continue;
            if (sameWords(seen.at(k).span, span))
                return k;
        }
        return -1;
    };
    for (qsizetype i = 0; i < m_tokens.size();) {
        if (!at(i).isWord() || at(i).lowerStart || at(i).hasDigit) {
            ++i;
            continue;
        }
        const NameSpan found = mayContinue(i + 1) ? m_items.names().nameAt(i) : NameSpan{};
        if (!found.isValid()) {
            // "Nassim, Fatou et Lucas se sont retrouvés", "Anne Jarnac et Cynthia", "Thierry a
            // exprimé": first names alone, listed or opening a sentence.
            const bool inList = givenListed(i);
            if (inList || givenOpening(i)) {
                const NameSpan given{i, i, i + 1};
                if (const qsizetype known = seenAs(given); known >= 0) {
                    ++seen[known].occurrences;
                    seen[known].appearances.append(given);
                } else {
                    seen.append(Seen{given, 1, false, {given}, inList, true});
                }
            }
            ++i;
            continue;
        }
        i = found.end;
        NameSpan person = m_guard.person(found);
        if (!person.isValid())
            continue;
        // "'Moon River' was written by X and Y", "recorded by Z": the authors of a work, named
        // inside a sentence, with the names listed after them, are mentioned, not speakers.
        if (creditedForAWork(person) || madeBy(person) ||
            (lastWorkCredit.isValid() && listed(lastWorkCredit, person))) {
            lastWorkCredit = person;
            continue;
        }
        if (onlyMentioned(m_tokens, person))
            continue;
        const bool dropped = dropOpener(person);
        if (!hasWords(person))
            continue;
        if (const qsizetype known = seenAs(person); known >= 0) {
            ++seen[known].occurrences;
            seen[known].appearances.append(person);
            continue;
        }
        seen.append(Seen{person, 1, dropped, {person}, false, false, !dropped});
    }

    QList<SpeakerCandidate> out;
    out.reserve(seen.size() + ruleSpeakers.size());
    QList<bool> taken(seen.size(), false);
    const auto neighbours = [&](const NameSpan& span) {
        for (const Seen& other : std::as_const(seen)) {
            // listed() asks for one or two tokens between the names first: tested here.
            const qsizetype after = span.start - other.span.end;
            const qsizetype before = other.span.start - span.end;
            if ((after >= 1 && after <= 2 && listed(other.span, span)) ||
                (before >= 1 && before <= 2 && listed(span, other.span)))
                return true;
        }
        return false;
    };
    const SpeakerFeatures features(m_tokens, m_items);
    const int count = int(seen.size());
    QList<NameSpan> ruleSpans;
    ruleSpans.reserve(ruleSpeakers.size());
    for (const Speaker& speaker : ruleSpeakers) {
        SpeakerCandidate c{speaker, true, -1, false, {}, {}};
        NameSpan span = locate(speaker.name);
        int occurrences = 1;
        const qsizetype known = span.isValid() && hasWords(span) ? seenAs(span) : -1;
        if (known >= 0) {
            taken[known] = true;
            span = seen.at(known).span;
            occurrences = seen.at(known).occurrences;
            if (speaker.role == u"guest")
                c.speaker.role = m_roles.describedRole(seen.at(known).appearances, speaker.role);
        }
        const bool cleared = known >= 0 && seen.at(known).notMentioned;
        if (span.isValid() && !cleared && onlyMentioned(m_tokens, span)) {
            ruleSpans.append(span); // nor proposed again as a name of its own
            continue;
        }
        if (span.isValid()) {
            ruleSpans.append(span);
            c.position = span.first;
            if (keepRules) {
                out.append(c); // kept whatever its features
                continue;
            }
            const bool described =
                !speaker.role.isEmpty() && speaker.role != u"guest" && speaker.role != u"host";
            c.hasFeatures = true;
            c.features = features.withoutContext(
                span, occurrences,
                speaker.kind == SpeakerKind::Unknown ? SpeakerKind::Guest : speaker.kind, described,
                count, neighbours(span), false, known >= 0 && seen.at(known).givenList);
            if (!model)
                c.lexical = features.lexicalKeys(span);
            // With a model, the context is read only when it may change the decision
            // (decideSpeakers()): not for a credit, a certain speaker or one its other
            // features decide whatever the context says.
            const bool decided =
                model && (speaker.kind == SpeakerKind::Credit || certainFromRules(c) ||
                          contextDecides(c.features, model->keepThreshold, *model));
            if (!decided)
                features.addContext(span, c.features);
        }
        out.append(c);
    }
    for (qsizetype k = 0; k < seen.size(); ++k) {
        if (taken.at(k))
            continue;
        const Seen& s = seen.at(k);
        // Part of a name the rules listed whole ("Roanne Gaëtan Roubaud raconte").
        const auto overlaps = [&s](const NameSpan& r) {
            for (const NameSpan& a : s.appearances) {
                if (a.first < r.end && r.first < a.end)
                    return true;
            }
            return false;
        };
        if (std::any_of(ruleSpans.cbegin(), ruleSpans.cend(), overlaps))
            continue;
        // "Antoine Baldacchino … Antoine et Théo": the first name of a whole name, the same
        // person.
        const auto shortFor = [&](const Seen& other) {
            return &other != &s && other.span.end - other.span.first > 1 &&
                   at(other.span.first).folded == at(s.span.first).folded;
        };
        if (s.givenAlone && std::any_of(seen.cbegin(), seen.cend(), shortFor))
            continue;
        // Its name is written out only once the model may list it.
        SpeakerCandidate c{Speaker{{}, {}, SpeakerKind::Guest}, false, s.span.first, true, {}, {}};
        c.features =
            features.withoutContext(s.span, s.occurrences, SpeakerKind::Unknown, false, count,
                                    neighbours(s.span), s.openerDropped, s.givenList);
        if (!model)
            c.lexical = features.lexicalKeys(s.span);
        if (model && !mayReach(c.features, model->addThreshold, *model))
            continue; // ruled out whatever the text around it says
        features.addContext(s.span, c.features);
        if (model && speakerProbability(c.features, *model) < model->addThreshold)
            continue;
        c.speaker.name = nameText(s.span);
        c.speaker.role = m_roles.roleOf(s.appearances);
        c.speaker.kind = speakerKindOfRole(c.speaker.role);
        if (c.speaker.kind == SpeakerKind::Unknown)
            c.speaker.kind = SpeakerKind::Guest;
        out.append(c);
    }
    return out;
}

} // namespace ondes::speakers
