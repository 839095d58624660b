#include "feed/speakerroster.h"

#include "feed/personkey.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

#include <algorithm>

namespace ondes::speakers {

SpeakerKind SpeakerRoster::kindOfRole(const QString& role)
{
    // The last role read is kept (shared, no copy): a list under one cue gives every person the
    // same role ("guest"), and speakerKindOfRole() folds the role each time.
    if (role != m_lastRole || m_lastRole.isNull()) {
        m_lastRole = role;
        m_lastRoleKind = speakerKindOfRole(role);
    }
    return m_lastRoleKind;
}

// The kind comes from the cue or label ("Invités :" → guest, "Réalisation :" → credit), unless
// the person's own role names a kind that does not speak as guests do ("Traduction : X
// (interprète), Y (sous-titrage)", "l'animatrice X").
SpeakerKind SpeakerRoster::kindOf(const QString& role, const QString& cueRole)
{
    const SpeakerKind own = kindOfRole(role);
    switch (own) {
    case SpeakerKind::Reader:
    case SpeakerKind::Narrator:
    case SpeakerKind::Interpreter:
        return own;
    default:
        break;
    }
    // Most roles are the cue's own ("guest" under "Invités :"): read once.
    const SpeakerKind cue = role == cueRole ? own : kindOfRole(cueRole);
    // "Avec : X, chroniqueuse", "la chronique cinéma de X": a columnist's role says more than a
    // guest's cue (a reporter's does not: "journaliste à …" is as often a guest).
    if (cue == SpeakerKind::Guest && own == SpeakerKind::Columnist)
        return own;
    if (cue != SpeakerKind::Unknown)
        return cue;
    return own != SpeakerKind::Unknown ? own : SpeakerKind::Guest;
}

NameSpan SpeakerRoster::fullNameOf(const NameSpan& alone) const
{
    // "Donald Winsor turns to … Donald talks with Olivia": a first name alone is the person the
    // text names in full with it.
    const QStringView given = at(alone.first).folded;
    for (qsizetype k = 0; k < m_tokens.size(); ++k) {
        if (k == alone.first || !at(k).isWord() || at(k).folded != given)
            continue;
        const NameSpan full = m_items.names().nameAt(k);
        if (full.isValid() && full.first == k && full.end - full.first > 1 &&
            m_guard.person(full).isValid())
            return NameSpan{full.first, full.first, full.end};
    }
    return alone;
}

// The credit of a "… de production – avec X", "… montage, with X": a credit word right before
// the "avec"/"with" that announces the name (a dash or a comma between them), else "".
QString SpeakerRoster::creditBefore(const NameSpan& found) const
{
    qsizetype k = found.start - 1;
    if (k < 1 || !at(k).isWord() || (at(k).folded != u"avec" && at(k).folded != u"with"))
        return {};
    --k;
    if (k >= 1 && at(k).kind == Token::Kind::Punct && (isDash(at(k)) || at(k).isPunct(u',')))
        --k;
    if (k < 0 || !at(k).isWord())
        return {};
    // The credit's words: "production", "attachées de production", "montage".
    for (qsizetype first = std::max<qsizetype>(0, k - 3); first <= k; ++first) {
        if (!at(first).isWord())
            continue;
        const QString words = m_items.roleText(first, k + 1, false);
        if (speakerKindOfRole(words) == SpeakerKind::Credit)
            return words;
    }
    return {};
}

void SpeakerRoster::add(const NameSpan& found, const QString& role_, const QString& cueRole)
{
    // A speaker, or a credit, needs evidence of a person's name (asked first: the role is read
    // only for a person). Credits need it too: "Photo : Visual Hunt", "Mixage : Eyeshot" name a
    // picture library and a studio.
    const NameSpan span = m_guard.person(found);
    if (!span.isValid())
        return;
    const NameSpan whole = span.end - span.first == 1 ? fullNameOf(span) : span;
    const qsizetype begin = at(whole.first).begin;
    const QString name = m_text.mid(begin, at(whole.end - 1).end - begin).simplified();
    const QString key = personKey(name);
    if (key.isEmpty())
        return;
    const auto it = m_byKey.constFind(key);
    // A later description replaces a role that only said what the cue said ("X, …, raconte"
    // then "invités : X Historienne, …"); a person known with a role of their own keeps it (and
    // the role here is not read).
    const bool generic =
        it != m_byKey.cend() &&
        (m_speakers.at(it.value()).role.isEmpty() ||
         (m_roleFromCue.at(it.value()) && (m_speakers.at(it.value()).role == u"guest" ||
                                           m_speakers.at(it.value()).role == u"host")));
    if (it != m_byKey.cend() && !generic)
        return;
    QString role = role_;
    SpeakerKind kind = kindOf(role, cueRole);
    if (kind != SpeakerKind::Credit) {
        // "l'une des attachées de production –avec Inès Amrani–": who works on the production
        // with someone is credited with them.
        const QString credit = creditBefore(found);
        if (!credit.isEmpty()) {
            role = credit;
            kind = SpeakerKind::Credit;
        }
    }
    if (span.first > found.first && role == cueRole) { // "Commentator Shaun King"
        role = m_items.roleText(found.first, span.first);
        kind = kindOf(role, cueRole);
    }
    if (it != m_byKey.cend()) {
        Speaker& known = m_speakers[it.value()];
        if (role != cueRole && !role.isEmpty()) {
            known.role = role;
            known.kind = kind;
            m_roleFromCue[it.value()] = false;
        } else if (known.role == u"guest" && role == u"host" && cueRole == u"host") {
            // "Hélène Maquin et Bertrand Hennart retracent l'histoire…" then "Présentation :
            // Hélène Maquin et Bertrand Hennart": a verb only made them guests by default, the
            // text then names them hosts.
            known.role = role;
            known.kind = kind;
        }
        return;
    }
    m_byKey.insert(key, m_speakers.size());
    m_speakers.append(Speaker{name, role, kind});
    m_roleFromCue.append(role == cueRole);
    m_spans.append(whole);
}

// The name at token k has the same words as `name` ("Nell Okafor" … "poet Nell Okafor").
bool SpeakerRoster::sameNameAt(qsizetype k, const NameSpan& name) const
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
QString SpeakerRoster::describedBefore(qsizetype k) const
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

QString SpeakerRoster::describedAtAnyAppearance(const NameSpan& name) const
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
qsizetype SpeakerRoster::ownerBefore(qsizetype j) const
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
bool SpeakerRoster::titleNounAt(qsizetype i) const
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
QString SpeakerRoster::titleBefore(qsizetype k) const
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
QString SpeakerRoster::jobsOpeningBefore(qsizetype comma) const
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

void SpeakerRoster::describeJoinedJobs(qsizetype cue, qsizetype name)
{
    if (!at(cue).isWord() ||
        !(isWord(Words::HostNoun, at(cue).folded) || isWord(Words::HostTitle, at(cue).folded)))
        return;
    const QString jobs = jobsJoinedBefore(cue);
    if (!jobs.isEmpty())
        add(m_items.names().nameAt(name), jobs, QStringLiteral("host"));
}

// The jobs joined by "et"/"and" to the host's title at token `title`, from an article or the
// sentence's start: "Le journaliste et animateur", "the columnist, broadcaster and
// newly-announced cookery show host" (a few lower-case words may qualify the title); else "".
QString SpeakerRoster::jobsJoinedBefore(qsizetype title) const
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

// "Hélène Maquin et Bertrand Hennart retracent … en compagnie de deux biologistes", "Andrew
// Marley talks to the writer …", "Laurie Tanner explores … He’s joined by …", "X et Y
// accueillent une personnalité", "X décrypte l'actualité avec … nos clubistes": the person
// named at token k opens a sentence (after a few words at most: "Ce samedi,", "Chaque soir,")
// whose verb receives others after the name, or the next sentence receives them with a pronoun:
// they present the show.
bool SpeakerRoster::receivesAt(qsizetype k) const
{
    const auto boundary = [this](qsizetype i) {
        return i <= 0 || at(i - 1).isBreak() || at(i - 1).sentenceEnd || at(i - 1).isPunct(u':');
    };
    qsizetype start = k;
    while (!boundary(start) && k - start < 8)
        --start;
    if (!boundary(start))
        return false;
    int lower = 0;
    for (qsizetype i = start; i < k; ++i)
        lower += at(i).isWord() && at(i).lowerStart ? 1 : 0;
    if (lower > 3 || receivingIn(start, k + 1))
        return false; // "He’s joined by X, …": X is the one received
    qsizetype end = k;
    while (end < m_tokens.size() && !at(end).isBreak() && !at(end).sentenceEnd)
        ++end;
    if (receivingIn(k + 1, end))
        return true;
    // The next sentence, opened by a pronoun: "He’s joined by …", "Il reçoit …".
    static const WordSet pronouns = WordSet::folded(
        {u"he", u"she", u"they", u"he's", u"she's", u"they're", u"il", u"elle", u"ils", u"elles"});
    const qsizetype next = end + 1;
    return next < m_tokens.size() && at(next).isWord() && pronouns.contains(at(next).folded) &&
           receivingIn(next + 1, std::min<qsizetype>(next + 4, m_tokens.size()));
}

bool SpeakerRoster::talksToHost(qsizetype verb, qsizetype p) const
{
    static const WordSet talks =
        WordSet::folded({u"talks", u"talk", u"speaks", u"speak", u"chats", u"chat"});
    if (!at(verb).isWord() || !talks.contains(at(verb).folded) || p >= m_tokens.size() ||
        !at(p).isWord())
        return false;
    if (isWord(Words::HostTitle, at(p).folded) && at(p).lowerStart)
        return true;
    return at(p).capitalised && m_items.names().givenNameAt(p).isValid() &&
           !m_items.names().nameAt(p).isValid();
}

// Words in [from, end) that receive someone: "en compagnie de", "talks to", "joined by",
// "accueillent", "reçoit", "avec … ses chroniqueurs".
bool SpeakerRoster::receivingIn(qsizetype from, qsizetype end) const
{
    static const WordSet verbs =
        WordSet::folded({u"accueille", u"accueillent", u"recoit", u"recoivent", u"interviewe",
                         u"interviewent", u"interviews"});
    static const WordSet talks = WordSet::folded({u"talks", u"speaks", u"chats"});
    static const WordSet teams =
        WordSet::folded({u"chroniqueurs", u"chroniqueuses", u"invites", u"invitees", u"clubistes"});
    static const WordSet theirs = WordSet::folded({u"ses", u"nos", u"leurs"});
    for (qsizetype i = from; i + 1 < end; ++i) {
        if (!at(i).isWord())
            continue;
        const QStringView w = at(i).folded;
        const QStringView n = at(i + 1).folded;
        if (verbs.contains(w) || (talks.contains(w) && n == u"to" && !talksToHost(i, i + 2)) ||
            (w == u"joined" && n == u"by") || (theirs.contains(w) && teams.contains(n)) ||
            (w == u"en" && n == u"compagnie" && i + 2 < end &&
             (at(i + 2).folded == u"de" || at(i + 2).folded == u"d'")))
            return true;
    }
    return false;
}

QList<Speaker> SpeakerRoster::take()
{
    // A guest the cue only called "guest", described where the text names them (again).
    for (qsizetype n = 0; n < m_speakers.size(); ++n) {
        Speaker& speaker = m_speakers[n];
        if (!m_roleFromCue.at(n) || speaker.role != u"guest" || speaker.kind != SpeakerKind::Guest)
            continue;
        const QString described = describedAtAnyAppearance(m_spans.at(n));
        if (!described.isEmpty())
            speaker.role = described;
    }
    QList<Speaker> kept;
    kept.reserve(m_speakers.size());
    for (const Speaker& speaker : std::as_const(m_speakers)) {
        const bool alone = !speaker.name.contains(u' ');
        const auto opens = [&](const Speaker& other) {
            return other.name.size() > speaker.name.size() + 1 &&
                   other.name.at(speaker.name.size()) == u' ' &&
                   personKey(other.name.left(speaker.name.size())) == personKey(speaker.name);
        };
        if (!alone || std::none_of(m_speakers.cbegin(), m_speakers.cend(), opens))
            kept.append(speaker);
    }
    m_speakers.clear();
    return kept;
}

} // namespace ondes::speakers
