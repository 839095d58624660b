#pragma once

// What a description says of a person just before their name, for SpeakerRoster and
// SpeakerExtractor: a job ("the writer X"), a title ("the former Chief of the General Staff X"),
// an apposition ("Le président de la CSN, X"), jobs opening the sentence or joined to a host's
// title ("Médecin, écrivain, X", "L'humoriste et animatrice X").

#include "feed/itemgrammar.h"

#include <QList>
#include <QString>

namespace ondes::speakers {

class RoleDescriptionReader
{
public:
    RoleDescriptionReader(const QList<Token>& tokens, const ItemGrammar& items)
        : m_tokens(tokens), m_items(items)
    {}

    // What the text says of the person named at token k just before the name: a job ("the
    // writer X"), a title ("the former Chief of the General Staff X"), an apposition ("Le
    // président de la CSN, X"), jobs opening the sentence ("Médecin, écrivain, X"); else "".
    QString describedBefore(qsizetype k) const;
    // describedBefore() at the first appearance of `name` that says something, not a credit
    // ("Nell Okafor and Beatrix Lumley … the turn of prize-winning poet Nell Okafor"); else "".
    QString describedAtAnyAppearance(const NameSpan& name) const;
    // The jobs joined by "et"/"and" to the host's title at token `title`, from an article or
    // the sentence's start ("Le journaliste et animateur"); else "".
    QString jobsJoinedBefore(qsizetype title) const;

private:
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool sameNameAt(qsizetype k, const NameSpan& name) const;
    QString titleBefore(qsizetype k) const;
    qsizetype ownerBefore(qsizetype j) const;
    QString jobsOpeningBefore(qsizetype comma) const;
    bool titleNounAt(qsizetype i) const;

    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
};

} // namespace ondes::speakers
