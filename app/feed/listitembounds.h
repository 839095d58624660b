#pragma once

// Where the items of a list of speakers start and stop, for SpeakerExtractor: a cue's words at a
// token, a segment's start, a name that opens an item (maybe after its job: "l'économiste X"),
// what may follow an item, and the full name that opens the next person's item ("… et Jean
// Martin, historien"). ItemGrammar reads the items themselves.

#include "feed/namegrammar.h"
#include "feed/speakercues.h"
#include "feed/speakertext.h"
#include "feed/speakerwords.h"

#include <cstddef>
#include <vector>

namespace ondes::speakers {

// – — or a spaced -
inline bool isDash(const Token& t)
{
    return t.kind == Token::Kind::Punct &&
           (t.ch == u'\u2013' || t.ch == u'\u2014' || (t.ch == u'-' && t.spaceBefore));
}
// Punctuation among `chars`. Inline: asked at most tokens, with a few characters written in
// place, and a token that is no punctuation is answered without a call.
inline bool isOneOf(const Token& t, QStringView chars)
{
    if (t.kind != Token::Kind::Punct)
        return false;
    // A loop over a handful of characters: QStringView::contains() searches as for a string.
    for (const QChar c : chars) {
        if (c == t.ch)
            return true;
    }
    return false;
}
// The same for characters written in place (a literal): compared one by one with the literal's
// own, unrolled, without a loop over a view.
template <std::size_t N>
[[gnu::always_inline]] inline bool isOneOf(const Token& t, const char16_t (&chars)[N])
{
    if (t.kind != Token::Kind::Punct)
        return false;
    const char16_t c = t.ch.unicode();
    bool found = false;
    for (std::size_t k = 0; k + 1 < N; ++k) // the literal's closing null left out
        found = found || chars[k] == c;
    return found;
}
// A verb that takes people as its object right before their job ("follows documentary
// filmmaker X", "retrouve le reporter X"): the sentence's, never part of the role.
bool isVerbBeforeJob(const Token& t);

class ListItemBounds
{
public:
    ListItemBounds(const QList<Token>& tokens, const NameGrammar& names);

    // Token i starts a line, a sentence or a segment (after : / | – ; ( and the like).
    bool atBoundary(qsizetype i) const;
    // The index after the cue's words when they are at token i, else -1.
    qsizetype matchCue(qsizetype i, const Cue& cue) const;
    // A cue starts at token i; with verbsOnly, a verb cue ("reçoit", "joins us").
    bool cueAt(qsizetype i, bool verbsOnly) const;
    // A name after up to three job words at token i ("with historian Adaeze Nwosu"); the job's
    // first token in *roleBegin.
    NameSpan nameWithPreRole(qsizetype i, qsizetype* roleBegin) const;
    // A person after a title of several words at token i, for the verbs that receive someone
    // ("talks to the former Chief of the General Staff X", "reçoit l'ancienne directrice de
    // l'Opéra de Lyon X"): the title's first token (after an article) in *roleBegin.
    NameSpan titledNameAt(qsizetype i, qsizetype* roleBegin) const;
    // A list item (a name, maybe after its job) starts at token i and may end where it does.
    bool itemStartsAt(qsizetype i) const;
    // A given name alone, then the list's next separator ("with Jon, Jon, and Dan"): the next
    // item, not a role of the one before.
    bool givenItemAt(qsizetype i) const;
    // A list item may end at token `end`: punctuation, a line end, "et", "qui", a verb cue.
    bool followerOk(qsizetype end) const;
    // A full name opens at token k: a known given name first, or no word of the language in it.
    bool personAt(qsizetype k) const;
    // Capitalised words from token q that end on a person's full name: the next person's title.
    bool titledPersonAt(qsizetype q) const;
    // A name a given name opens at token k, itself described: the next item, without
    // punctuation before it.
    bool nextPersonAt(qsizetype k) const;
    // A label word then a name or a title opens token i's segment: "- Lecture Roland Keriven",
    // "- Réalisation Monique Talbert", "- Texte « … »": a credit line, not a description.
    bool labelledSegmentAt(qsizetype i) const;

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool wordIn(qsizetype i, Words list) const
    {
        return i >= 0 && i < size() && at(i).isWord() && isWord(list, at(i).folded);
    }

    const QList<Token>& m_tokens;
    const NameGrammar& m_names;
    const CueTable& m_cues;
    // cueAt() per token, read once: bit 1 read and bit 2 the answer for every cue, bits 4 and 8
    // for verbs only (the rules and the decider's context ask at the same tokens again).
    mutable std::vector<quint8> m_cueAt;
};

} // namespace ondes::speakers
