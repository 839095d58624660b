#include "feed/speakerroster.h"

#include "feed/personkey.h"

namespace ondes::speakers {
namespace {

// The kind comes from the cue or label ("Invités :" → guest, "Réalisation :" → credit), unless
// the person's own role names a kind that does not speak as guests do ("Traduction : X
// (interprète), Y (sous-titrage)", "l'animatrice X").
SpeakerKind kindOf(const QString& role, const QString& cueRole)
{
    const SpeakerKind own = speakerKindOfRole(role);
    switch (own) {
    case SpeakerKind::Reader:
    case SpeakerKind::Narrator:
    case SpeakerKind::Interpreter:
        return own;
    default:
        break;
    }
    const SpeakerKind cue = speakerKindOfRole(cueRole);
    if (cue != SpeakerKind::Unknown)
        return cue;
    return own != SpeakerKind::Unknown ? own : SpeakerKind::Guest;
}

} // namespace

void SpeakerRoster::add(const NameSpan& found, const QString& role_, const QString& cueRole)
{
    // Credits name whoever the label names; a speaker needs evidence of a person's name.
    QString role = role_;
    const bool credit = kindOf(role, cueRole) == SpeakerKind::Credit;
    const NameSpan span = credit ? found : m_guard.person(found);
    if (!span.isValid())
        return;
    if (span.first > found.first && role == cueRole) // "Commentator Shaun King"
        role = m_items.roleText(found.first, span.first);
    const qsizetype begin = at(span.first).begin;
    const QString name = m_text.mid(begin, at(span.end - 1).end - begin).simplified();
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
            m_roleFromCue[it.value()] = false;
        }
        return;
    }
    m_byKey.insert(key, m_speakers.size());
    m_speakers.append(Speaker{name, role, kindOf(role, cueRole)});
    m_roleFromCue.append(role == cueRole);
}

} // namespace ondes::speakers
