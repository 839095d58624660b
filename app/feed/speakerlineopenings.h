#pragma once

// The people a line or a sentence opens on, for SpeakerExtractor: a bio ("Rip Stanton is an
// award-winning former journalist who …"), a panel ("Aujourd'hui, A, chef d'entreprise, B,
// cheminot, …"), a programme line ("9h-10h Le Cours de l'histoire de Tristan Leborgne"), each
// added to the roster.

#include "feed/itemgrammar.h"
#include "feed/speakerlistreader.h"
#include "feed/speakerroster.h"
#include "feed/speakertranscriptgreetings.h"

namespace ondes::speakers {

class LineOpeningReader
{
public:
    LineOpeningReader(const QList<Token>& tokens, const ItemGrammar& items, SpeakerRoster& roster,
                      NameListReader& lists)
        : m_tokens(tokens), m_items(items), m_roster(roster), m_lists(lists),
          m_greetings(tokens, items, roster, lists)
    {}

    // Reads the people the line or sentence opening at token i presents and returns the token
    // after them; i when it presents none.
    qsizetype readAt(qsizetype i);

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }
    bool wordIn(qsizetype i, Words list) const
    {
        return i >= 0 && i < size() && at(i).isWord() && isWord(list, at(i).folded);
    }

    bool bulleted(qsizetype i) const;
    bool afterPlaySign(qsizetype i) const;
    qsizetype tryPlaySignItem(qsizetype i);
    qsizetype tryBio(qsizetype i);
    qsizetype headlineJobEnd(qsizetype job) const;
    qsizetype tryPanel(qsizetype i);
    bool opensSentence(qsizetype i) const;
    bool afterOpener(qsizetype i) const;
    bool describedAt(qsizetype i) const;
    qsizetype tryTimeSlot(qsizetype i);
    bool capitalsTitle(qsizetype i, qsizetype end) const;
    qsizetype tryQuotedProgramme(qsizetype i);
    bool afterDate(qsizetype i) const;
    bool describesAPerson(qsizetype start, qsizetype end) const;

    const QList<Token>& m_tokens;
    const ItemGrammar& m_items;
    SpeakerRoster& m_roster;
    NameListReader& m_lists;
    TranscriptGreetingReader m_greetings;
};

} // namespace ondes::speakers
