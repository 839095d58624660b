#pragma once

// One item of a list of speakers, for SpeakerExtractor: a name with the words that describe it
// before ("l'économiste X") or after it (", chercheuse au CNRS", "(sociologue)", "– trumpet"),
// and where such an item may end.

#include "feed/namegrammar.h"
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

bool isDash(const Token& t);                     // – — or a spaced -
bool isOneOf(const Token& t, QStringView chars); // punctuation among `chars`

class ItemGrammar
{
public:
    ItemGrammar(const QString& text, const QList<Token>& tokens);

    const NameGrammar& names() const { return m_names; }
    // Token i starts a line, a sentence or a segment (after : / | – ; ( and the like).
    bool atBoundary(qsizetype i) const;
    // The index after the cue's words when they are at token i, else -1.
    qsizetype matchCue(qsizetype i, const Cue& cue) const;
    // A cue starts at token i; with verbsOnly, a verb cue ("reçoit", "joins us").
    bool cueAt(qsizetype i, bool verbsOnly) const;
    bool parseItem(qsizetype at, ListItem& item) const;
    // A list item may end at token `end`: punctuation, a line end, "et", "qui", a verb cue.
    bool followerOk(qsizetype end) const;
    // Where a role starting at token `start` ends: its clause's end (exclusive).
    qsizetype roleEndAt(qsizetype start) const { return roleEnd(start); }
    // The text of tokens [first, end), a leading article dropped, trailing punctuation trimmed.
    QString roleText(qsizetype first, qsizetype end, bool dropArticle = true) const;

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }
    bool wordIn(qsizetype i, Words list) const
    {
        return i >= 0 && i < size() && at(i).isWord() && isWord(list, at(i).folded);
    }

    NameSpan nameWithPreRole(qsizetype at, qsizetype* roleBegin) const;
    bool itemStartsAt(qsizetype i) const;
    bool roleMayStart(qsizetype i) const;
    bool dashRoleMayStart(qsizetype i) const;
    qsizetype roleEnd(qsizetype start) const;
    bool commaEndsRole(qsizetype next) const;
    bool verbAfterComma(qsizetype q) const;
    bool datedShowAt(qsizetype first, qsizetype end) const;
    qsizetype closingParen(qsizetype open) const;
    bool durationIn(qsizetype first, qsizetype end) const;
    bool nextPersonAt(qsizetype k) const;
    bool personAt(qsizetype k) const;
    bool titledPersonAt(qsizetype q) const;
    bool sentenceAt(qsizetype i) const;
    bool occasionAt(qsizetype k) const;
    static bool onlyTitles(QStringView role);

    const QString& m_text;
    const QList<Token>& m_tokens;
    NameGrammar m_names;
    const CueTable& m_cues;
};

} // namespace ondes::speakers
