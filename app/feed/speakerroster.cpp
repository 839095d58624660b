#include "feed/speakerroster.h"

#include "feed/personkey.h"

#include <algorithm>

namespace ondes::speakers {

SpeakerKind SpeakerRoster::kindOfRole(const QString& role)
{
    // Roles repeat within a description ("guest", a label's): each is read once.
    if (const auto it = m_kinds.constFind(role); it != m_kinds.cend())
        return it.value();
    const SpeakerKind kind = speakerKindOfRole(role);
    m_kinds.insert(role, kind);
    return kind;
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
    const SpeakerKind cue = kindOfRole(cueRole);
    if (cue != SpeakerKind::Unknown)
        return cue;
    return own != SpeakerKind::Unknown ? own : SpeakerKind::Guest;
}

NameSpan SpeakerRoster::fullNameOf(const NameSpan& alone) const
{
    // "Donald Winsor turns to … Donald talks with Olivia": a first name alone is the person the
    // text names in full with it.
    const QString& given = at(alone.first).folded;
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
    // A speaker, or a credit, needs evidence of a person's name.
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
    // Credits need a person's name too: "Photo : Visual Hunt", "Mixage : Eyeshot" name a
    // picture library and a studio.
    const NameSpan span = m_guard.person(found);
    if (!span.isValid())
        return;
    if (span.first > found.first && role == cueRole) { // "Commentator Shaun King"
        role = m_items.roleText(found.first, span.first);
        kind = kindOf(role, cueRole);
    }
    const NameSpan whole = span.end - span.first == 1 ? fullNameOf(span) : span;
    const qsizetype begin = at(whole.first).begin;
    const QString name = m_text.mid(begin, at(whole.end - 1).end - begin).simplified();
    const QString key = personKey(name);
    if (key.isEmpty())
        return;
    if (const auto it = m_byKey.constFind(key); it != m_byKey.cend()) {
        // A later description replaces a role that only said what the cue said
        // ("X, …, raconte" then "invités : X Historienne, …").
        Speaker& known = m_speakers[it.value()];
        const bool generic =
            known.role.isEmpty() ||
            (m_roleFromCue.at(it.value()) && (known.role == u"guest" || known.role == u"host"));
        if (generic && role != cueRole && !role.isEmpty()) {
            known.role = role;
            known.kind = kind;
            m_roleFromCue[it.value()] = false;
        } else if (generic && known.role == u"guest" && role == u"host" && cueRole == u"host") {
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
}

QList<Speaker> SpeakerRoster::take()
{
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
