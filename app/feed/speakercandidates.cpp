#include "feed/speakercandidates.h"

#include "feed/speakercandidatementions.h"
#include "feed/speakerlexicon.h"
#include "feed/speakermodel.h"
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
    const qsizetype begin = m_text.indexOf(name);
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

// What a list item of the name says of it (at any of its appearances), else what follows one
// of its appearances ("X journaliste à …", "X, from …"); "" when neither.
QString SpeakerCandidates::itemOrFollowingRole(const QList<NameSpan>& appearances) const
{
    for (const NameSpan& span : appearances) {
        ListItem item;
        if (m_items.parseItem(span.start, item) && item.name.first == span.first &&
            !item.role.isEmpty() && !nextPersonAfter(span.end))
            return clauseOf(span.end, item.role);
    }
    for (const NameSpan& span : appearances) {
        const QString after = roleAfter(span);
        if (!after.isEmpty())
            return after;
    }
    return {};
}

// The list goes on with the next person right after the name ("Anouk, Clara, Héloïse et
// Solène"): what follows is no role of it.
bool SpeakerCandidates::nextPersonAfter(qsizetype end) const
{
    qsizetype k = end;
    while (k < m_tokens.size() && k - end < 2 &&
           (isOneOf(at(k), u",&/") || (at(k).isWord() && isWord(Words::Conjunction, at(k).folded))))
        ++k;
    return k > end && (givenAlone(k) || m_items.names().nameAt(k).isValid());
}

// The role the text gives a name the rules did not list: what a list item of it says of it
// (at any of its appearances), else the label its line opens with ("Présentation : A et B",
// "Retour de terrain : A"), else "guest".
QString SpeakerCandidates::roleOf(const QList<NameSpan>& appearances) const
{
    const QString own = itemOrFollowingRole(appearances);
    if (!own.isEmpty())
        return own;
    const QString before = appositionBefore(appearances.constFirst());
    if (!before.isEmpty())
        return before;
    const QString label = labelBefore(appearances.constFirst());
    return label.isEmpty() ? QStringLiteral("guest") : label;
}

// The role `role` read after the name ending at token `end`, cut where the person's clause
// ends: at a verb ("chroniqueur pour Le Média ont rejoint notre plateau" → "chroniqueur pour
// Le Média"), without a trailing "et enfin".
QString SpeakerCandidates::clauseOf(qsizetype end, const QString& role) const
{
    static const QStringList verbs = {
        QStringLiteral("ont"),        QStringLiteral("a"),     QStringLiteral("est"),
        QStringLiteral("sont"),       QStringLiteral("etait"), QStringLiteral("rejoint"),
        QStringLiteral("rejoignent"), QStringLiteral("has"),   QStringLiteral("have"),
        QStringLiteral("is"),         QStringLiteral("are"),   QStringLiteral("was"),
        QStringLiteral("were"),       QStringLiteral("joins"), QStringLiteral("join"),
        QStringLiteral("joined")};
    static const QStringList dangling = {QStringLiteral("et"),    QStringLiteral("and"),
                                         QStringLiteral("enfin"), QStringLiteral("puis"),
                                         QStringLiteral("then"),  QStringLiteral("finally")};
    const qsizetype roleEnd = end + 1 + 64;
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype k = end; k < m_tokens.size() && k < roleEnd; ++k) {
        const Token& t = at(k);
        if (t.begin >= m_text.size())
            break;
        if (first < 0 && QStringView(m_text).mid(t.begin).startsWith(QStringView(role).left(1)) &&
            QStringView(m_text).mid(t.begin).startsWith(role))
            first = k;
        if (first < 0)
            continue;
        if (t.end > at(first).begin + role.size())
            break;
        // Folded, "à" is "a": the verb is the one written without its accent.
        if (t.isWord() && k > first && verbs.contains(t.folded) &&
            (t.folded != u"a" || m_text.at(t.begin) == u'a'))
            break;
        last = k + 1;
    }
    if (first < 0 || last <= first)
        return role;
    while (last > first + 1 && at(last - 1).isWord() && dangling.contains(at(last - 1).folded))
        --last;
    return m_items.roleText(first, last, false);
}

// A guest the rules gave only their cue's role, described at another of their appearances
// ("with Kailin Yuen, …" then "Kailin Yuen, from Princeton University, …"), or by the label
// their line opens with ("… RTBF. Présentation : A et B").
QString SpeakerCandidates::describedRole(const QList<NameSpan>& appearances,
                                         const QString& cueRole) const
{
    const QString own = itemOrFollowingRole(appearances);
    if (!own.isEmpty())
        return own;
    const QString label = labelBefore(appearances.constFirst());
    return label.isEmpty() ? cueRole : label;
}

// "Invités: Thomas Bricout journaliste à l'hebdomadaire …" (a job noun right after the name,
// as text run together), "joined by Kailin Yuen, from Princeton University, …": what follows
// the name says who the person is, up to where the role ends.
QString SpeakerCandidates::roleAfter(const NameSpan& span) const
{
    const qsizetype e = span.end;
    qsizetype start = -1;
    if (e < m_tokens.size() && at(e).isWord() && at(e).lowerStart && isRoleNoun(at(e)))
        start = e;
    else if (e + 2 < m_tokens.size() && at(e).isPunct(u',') && at(e + 1).isWord() &&
             at(e + 1).folded == u"from" && at(e + 2).isWord() &&
             (!at(e + 2).lowerStart || at(e + 2).folded == u"the"))
        start = e + 1;
    if (start < 0)
        return {};
    qsizetype end = m_items.roleEndAt(start);
    // "… Sport Foot Magazine et Thierry Lutgens journaliste …": the next person ends it.
    for (qsizetype k = start + 1; k + 1 < end; ++k) {
        if ((at(k).isPunct(u',') || (at(k).isWord() && isWord(Words::Conjunction, at(k).folded))) &&
            m_items.names().nameAt(k + 1).isValid()) {
            end = k;
            break;
        }
    }
    if (end <= start)
        return {};
    return m_items.roleText(start, end, false);
}

// "la correspondante permanente de RFI à Kiev, Oksana Verbitska": the job the sentence gives
// right before the name, after an article.
QString SpeakerCandidates::appositionBefore(const NameSpan& span) const
{
    const qsizetype comma = span.start - 1;
    if (comma < 2 || !at(comma).isPunct(u','))
        return {};
    qsizetype k = comma - 1;
    while (k >= 0 && comma - k < 12 && !at(k).isBreak() && !at(k).sentenceEnd &&
           !at(k).isPunct(u',') && !(at(k).isWord() && isWord(Words::Determiner, at(k).folded)))
        --k;
    if (k < 0 || !at(k).isWord() || !isWord(Words::Determiner, at(k).folded) || k + 1 >= comma ||
        !at(k + 1).isWord() || !isRoleNoun(at(k + 1)))
        return {};
    return m_items.roleText(k, comma);
}

QString SpeakerCandidates::labelBefore(const NameSpan& span) const
{
    // Back over the list the name is in (names, commas, "et") to a colon.
    qsizetype k = span.start - 1;
    while (k >= 0 && (at(k).isWord() || isOneOf(at(k), u",&")) && span.start - k < 16 &&
           (!at(k).isWord() || !at(k).lowerStart || isWord(Words::Conjunction, at(k).folded) ||
            isNameParticle(at(k))))
        --k;
    if (k < 1 || !at(k).isPunct(u':'))
        return {};
    const qsizetype colon = k;
    qsizetype s = colon;
    while (s > 0 && at(s - 1).isWord() && colon - s < 5) {
        if (at(s - 1).hasDigit)
            return {}; // a date: "11 février au 16 février : X pour « … »"
        --s;
    }
    if (s == colon || (s > 0 && !at(s - 1).isBreak() && !at(s - 1).sentenceEnd &&
                       !isOneOf(at(s - 1), u"\u25B6\u2022-*|")))
        return {};
    const QStringView written =
        QStringView(m_text).mid(at(s).begin, at(colon - 1).end - at(s).begin);
    QString key = foldForMatch(written);
    key.remove(u'(').remove(u')').remove(u'-');
    const QString role = cueTable().labelRole(key.simplified(), written);
    if (!role.isNull())
        return role;
    // An unknown label is a role when it reads like one ("Retour de terrain"), not like a
    // heading naming a show ("This week on Intercepted").
    for (qsizetype k = s + 1; k < colon; ++k) {
        if (!at(k).lowerStart)
            return {};
    }
    return colon - s <= 3 ? written.toString() : QString();
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
// exprimé dans l'édito …", "Christiane, gestalt thérapeute, va nous rappeler …".
bool SpeakerCandidates::givenOpening(qsizetype i) const
{
    if (i > 0 && !at(i - 1).isBreak() && !at(i - 1).sentenceEnd &&
        !(isDash(at(i - 1)) && (i == 1 || at(i - 2).isBreak())))
        return false;
    if (i + 1 >= m_tokens.size() ||
        !(at(i + 1).isPunct(u',') || (at(i + 1).isWord() && at(i + 1).lowerStart)))
        return false;
    return givenAlone(i);
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
        bool givenList = false;  // a first name alone in a list
        bool givenAlone = false; // a first name alone (in a list or opening a sentence)
    };
    QList<Seen> seen;
    NameSpan lastWorkCredit;
    const auto seenAs = [&](const NameSpan& span) -> qsizetype {
        for (qsizetype k = 0; k < seen.size(); ++k) {
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
        seen.append(Seen{person, 1, dropped, {person}});
    }

    QList<SpeakerCandidate> out;
    out.reserve(seen.size() + ruleSpeakers.size());
    QList<bool> taken(seen.size(), false);
    const auto neighbours = [&](const NameSpan& span) {
        for (const Seen& other : std::as_const(seen)) {
            if (listed(other.span, span) || listed(span, other.span))
                return true;
        }
        return false;
    };
    const SpeakerFeatures features(m_tokens, m_items);
    const int count = int(seen.size());
    QList<NameSpan> ruleSpans;
    for (const Speaker& speaker : ruleSpeakers) {
        SpeakerCandidate c{speaker, true, -1, false, {}};
        NameSpan span = locate(speaker.name);
        int occurrences = 1;
        const qsizetype known = span.isValid() && hasWords(span) ? seenAs(span) : -1;
        if (known >= 0) {
            taken[known] = true;
            span = seen.at(known).span;
            occurrences = seen.at(known).occurrences;
            if (speaker.role == u"guest")
                c.speaker.role = describedRole(seen.at(known).appearances, speaker.role);
        }
        if (span.isValid() && onlyMentioned(m_tokens, span)) {
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
            c.features = features.of(
                span, occurrences,
                speaker.kind == SpeakerKind::Unknown ? SpeakerKind::Guest : speaker.kind, described,
                count, neighbours(span), false, known >= 0 && seen.at(known).givenList);
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
        SpeakerCandidate c{
            Speaker{nameText(s.span), {}, SpeakerKind::Guest}, false, s.span.first, true, {}};
        c.features =
            features.withoutContext(s.span, s.occurrences, SpeakerKind::Unknown, false, count,
                                    neighbours(s.span), s.openerDropped, s.givenList);
        if (model && !mayReach(c.features, model->addThreshold, *model))
            continue; // ruled out whatever the text around it says
        features.addContext(s.span, c.features);
        if (model && speakerProbability(c.features, *model) < model->addThreshold)
            continue;
        c.speaker.role = roleOf(s.appearances);
        c.speaker.kind = speakerKindOfRole(c.speaker.role);
        if (c.speaker.kind == SpeakerKind::Unknown)
            c.speaker.kind = SpeakerKind::Guest;
        out.append(c);
    }
    return out;
}

} // namespace ondes::speakers
