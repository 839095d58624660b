#pragma once

// One item of a list of speakers, for SpeakerExtractor: a name with the words that describe it
// before ("l'économiste X") or after it (", chercheuse au CNRS", "(sociologue)", "– trumpet"),
// an affiliation ("X du syndicat SUD rail", "X of Concern Worldwide") or a dated show it
// presents. Where items start and stop is ListItemBounds', where roles end RoleExtent's.

#include "feed/listitembounds.h"
#include "feed/namegrammar.h"
#include "feed/roleextent.h"
#include "feed/speakercues.h"
#include "feed/speakertext.h"
#include "feed/speakerwords.h"

namespace ondes::speakers {

struct ListItem
{
    NameSpan name;
    QString role; // as written; "" when the text does not describe the person
    qsizetype end = -1;
    bool presents = false; // the text makes them the show's presenter, whatever the cue says
};

class ItemGrammar
{
public:
    ItemGrammar(const QString& text, const QList<Token>& tokens);
    ItemGrammar(const ItemGrammar&) = delete; // its parts refer to one another
    ItemGrammar& operator=(const ItemGrammar&) = delete;

    const NameGrammar& names() const { return m_names; }
    // Token i starts a line, a sentence or a segment (after : / | – ; ( and the like).
    bool atBoundary(qsizetype i) const { return m_bounds.atBoundary(i); }
    // The index after the cue's words when they are at token i, else -1.
    qsizetype matchCue(qsizetype i, const Cue& cue) const { return m_bounds.matchCue(i, cue); }
    // A cue starts at token i; with verbsOnly, a verb cue ("reçoit", "joins us").
    bool cueAt(qsizetype i, bool verbsOnly) const { return m_bounds.cueAt(i, verbsOnly); }
    bool parseItem(qsizetype at, ListItem& item) const;
    // A person after a title of several words ("the former Chief of the General Staff X").
    NameSpan titledNameAt(qsizetype i, qsizetype* roleBegin) const
    {
        return m_bounds.titledNameAt(i, roleBegin);
    }
    // A list item may end at token `end`: punctuation, a line end, "et", "qui", a verb cue.
    bool followerOk(qsizetype end) const { return m_bounds.followerOk(end); }
    // Where a role starting at token `start` ends: its clause's end (exclusive).
    qsizetype roleEndAt(qsizetype start) const { return m_roles.roleEnd(start); }
    // The text of tokens [first, end), a leading article dropped, trailing punctuation trimmed.
    QString roleText(qsizetype first, qsizetype end, bool dropArticle = true) const
    {
        return m_roles.roleText(first, end, dropArticle);
    }

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }
    bool wordIn(qsizetype i, Words list) const
    {
        return i >= 0 && i < size() && at(i).isWord() && isWord(list, at(i).folded);
    }

    bool datedShowAt(qsizetype first, qsizetype end) const;
    NameSpan withoutNextLabel(const NameSpan& name) const;
    qsizetype acronymGlossAt(qsizetype open) const;

    const QString& m_text;
    const QList<Token>& m_tokens;
    NameGrammar m_names;
    ListItemBounds m_bounds;
    RoleExtent m_roles;
};

} // namespace ondes::speakers
