#pragma once

// The speakers SpeakerExtractor has found in one description so far: each person once (by
// personKey()), in the order of first appearance, only when the name guard sees a person
// (credits excepted), with a kind from the role and the cue.

#include "feed/itemgrammar.h"
#include "feed/speaker.h"
#include "feed/speakernameguard.h"
#include "feed/speakerroledescriptions.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ondes::speakers {

class SpeakerRoster
{
public:
    SpeakerRoster(const QString& text, const QList<Token>& tokens, const ItemGrammar& items)
        : m_text(text), m_tokens(tokens), m_items(items), m_guard(tokens),
          m_descriptions(tokens, items)
    {}

    // `found`, with the role the text gives it (or the cue's) and the role its cue gives
    // (`cueRole`: "guest", "host", a label's). A person already there keeps their place; a
    // described role replaces one that only said what the cue said.
    void add(const NameSpan& found, const QString& role, const QString& cueRole);
    // The speakers found; a first name alone that opens another speaker's full name ("Serge
    // Harouche … Serge raconte") is that person, not another one.
    QList<Speaker> take();
    // The person named at token k opens a sentence that receives others ("X et Y retracent …
    // en compagnie de …", "X talks to …"): they present the show.
    bool receivesAt(qsizetype k) const;
    // The verb at token `verb` talks ("talks to", "speaks with", "chats with") to one named at
    // token p by a host's title ("host Warren Pickett") or a first name alone ("talks to
    // Nadia", how a show names its host): that one hosts, the one talking is the guest.
    bool talksToHost(qsizetype verb, qsizetype p) const;
    // What the text says of a person just before their name (a job, a title, an apposition).
    const RoleDescriptionReader& descriptions() const { return m_descriptions; }
    // A host's title at token `cue` that announced the person named at token `name`, joined to
    // jobs before it ("L'humoriste et animatrice X", "the columnist, broadcaster and cookery
    // show host X"): those jobs and the title become the person's role, the kind stays host's.
    void describeJoinedJobs(qsizetype cue, qsizetype name);

private:
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    NameSpan fullNameOf(const NameSpan& alone) const;
    QString creditBefore(const NameSpan& found) const;
    bool receivingIn(qsizetype from, qsizetype end) const;
    SpeakerKind kindOfRole(const QString& role);
    SpeakerKind kindOf(const QString& role, const QString& cueRole);

    const QString& m_text;
    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    PersonNameGuard m_guard;
    RoleDescriptionReader m_descriptions;
    QList<Speaker> m_speakers;
    QHash<QString, qsizetype> m_byKey;
    QList<bool> m_roleFromCue; // per speaker: the role is the cue's ("guest"), not the text's
    QList<NameSpan> m_spans;   // per speaker: the name where the text first gives it
    QString m_lastRole;        // kindOfRole()'s last question and answer
    SpeakerKind m_lastRoleKind = SpeakerKind::Unknown;
};

} // namespace ondes::speakers
