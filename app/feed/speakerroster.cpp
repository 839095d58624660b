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
    if (isProductGloss(role_))
        return; // "Moleskine Timepage (iPhone / 4,99€)": an app in a list of apps
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

void SpeakerRoster::describeJoinedJobs(qsizetype cue, qsizetype name)
{
    if (!at(cue).isWord() ||
        !(isWord(Words::HostNoun, at(cue).folded) || isWord(Words::HostTitle, at(cue).folded)))
        return;
    const QString jobs = m_descriptions.jobsJoinedBefore(cue);
    if (!jobs.isEmpty())
        add(m_items.names().nameAt(name), jobs, QStringLiteral("host"));
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
        const QString described = m_descriptions.describedAtAnyAppearance(m_spans.at(n));
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
