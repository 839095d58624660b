#pragma once

// The role the text gives a name the speaker decider may list: what a list item of the name says
// of it ("X, chercheuse au CNRS"), a job noun or "from …" right after it, a job in apposition
// before it ("la correspondante de RFI à Kiev, X"), the label its line opens with ("Retour de
// terrain : X"), at any of the name's appearances in the description.

#include "feed/itemgrammar.h"

#include <QList>

namespace ondes::speakers {

class CandidateRoles
{
public:
    CandidateRoles(const QString& text, const QList<Token>& tokens, const ItemGrammar& items)
        : m_text(text), m_tokens(tokens), m_items(items)
    {}

    // The role of a name the rules did not list: its own description, else an apposition
    // before it, else its line's label, else "guest".
    QString roleOf(const QList<NameSpan>& appearances) const;
    // The role of a guest the rules gave only their cue's role `cueRole`: a description at
    // another of their appearances, else their line's label, else `cueRole`.
    QString describedRole(const QList<NameSpan>& appearances, const QString& cueRole) const;

private:
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    QString itemOrFollowingRole(const QList<NameSpan>& appearances) const;
    bool nextPersonAfter(qsizetype end) const;
    QString labelBefore(const NameSpan& span) const;
    QString clauseOf(qsizetype end, const QString& role) const;
    QString appositionBefore(const NameSpan& span) const;
    QString roleAfter(const NameSpan& span) const;

    const QString& m_text;
    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
};

} // namespace ondes::speakers
