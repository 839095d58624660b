#pragma once

// Candidates for the speaker decider: every name in a description that looks like a person's
// (NameGrammar's shape, PersonNameGuard's evidence), whether the rules made a speaker of it or
// not, each with its features (speakerfeatures.h) and the speaker it would be.

#include "feed/itemgrammar.h"
#include "feed/speaker.h"
#include "feed/speakercandidateroles.h"
#include "feed/speakerfeatures.h"
#include "feed/speakernameguard.h"

#include <QList>

namespace ondes::speakers {

struct SpeakerModelWeights; // speakermodel.h

struct SpeakerCandidate
{
    Speaker speaker;          // the rules' speaker, or the one the name would make
    bool fromRules = false;   // the rules listed it (as a speaker or a credit)
    qsizetype position = -1;  // its first token; -1 when the rules' name was not found again
    bool hasFeatures = false; // false: position unknown, the rules' answer stands
    FeatureVector features{};
    LexicalKeys lexical{}; // the words around it (for the trainer: filled without a model)
};

class SpeakerCandidates
{
public:
    SpeakerCandidates(const QString& text, const QList<Token>& tokens, const ItemGrammar& items)
        : m_text(text), m_tokens(tokens), m_items(items), m_guard(tokens),
          m_roles(text, tokens, items)
    {}

    // The rules' speakers first (in their order), then the other names, in text order. With
    // `model`, only what it may list: the rules' speakers without features when it keeps them
    // all, and only the other names it accepts (their roles are read only then).
    QList<SpeakerCandidate> collect(const QList<Speaker>& ruleSpeakers,
                                    const SpeakerModelWeights* model = nullptr) const;

private:
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    QString nameText(const NameSpan& span) const;
    bool sameWords(const NameSpan& a, const NameSpan& b) const;
    bool hasWords(const NameSpan& span) const;
    bool mayContinue(qsizetype i) const;
    NameSpan locate(const QString& name) const;
    bool listed(const NameSpan& a, const NameSpan& b) const;
    bool givenAlone(qsizetype i) const;
    bool givenListed(qsizetype i) const;
    bool givenOpening(qsizetype i) const;
    bool dropOpener(NameSpan& span) const;
    bool creditedForAWork(const NameSpan& span) const;
    bool madeBy(const NameSpan& span) const;

    const QString& m_text;
    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    PersonNameGuard m_guard;
    CandidateRoles m_roles;
};

} // namespace ondes::speakers
