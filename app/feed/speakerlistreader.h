#pragma once

// The names a cue or a label announces, for SpeakerExtractor: a list on one line ("Avec X,
// historienne, et Y (sociologue)") or one item a line ("Invités :\n- X\n- Y, autrice"), each
// name with the role the text gives it, added to the roster.

#include "feed/itemgrammar.h"
#include "feed/speakerroster.h"

namespace ondes::speakers {

class NameListReader
{
public:
    NameListReader(const QList<Token>& tokens, const ItemGrammar& items, SpeakerRoster& roster)
        : m_tokens(tokens), m_items(items), m_roster(roster)
    {}

    // Reads the list from token `at`, adds its names (`role` when the text gives them none,
    // and as their cue's role) and returns where it ends; `at` when there is none. With
    // needRole, a list where nobody is described is none ("… avec X, historienne").
    qsizetype read(qsizetype at, const QString& role, bool multiline, bool needRole = false);
    // The first token of the line content from token i: past line breaks and bullets.
    qsizetype lineStart(qsizetype i) const;
    // Where a line describing the last item ends (one name a line, its role on the next), or -1.
    qsizetype roleLineEnd(qsizetype p, const QList<ListItem>& items, qsizetype lastEnd) const;

private:
    bool pictureSubjectsAt(qsizetype at, const QString& role) const;
    void bareJobAfter(ListItem& item) const;
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }
    bool wordIn(qsizetype i, Words list) const
    {
        return i >= 0 && i < size() && at(i).isWord() && isWord(list, at(i).folded);
    }

    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    SpeakerRoster& m_roster;
};

} // namespace ondes::speakers
