#pragma once

// Text plumbing for SpeakerExtractor: a tokenizer that keeps offsets into the text so that names
// and roles are returned exactly as written, and the word folding cues are matched in. HTML is
// made plain text first (speakerhtml.h).

#include "feed/speakerchars.h"
#include "feed/speakerhtml.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <array>

namespace ondes::speakers {

// Lower case, Latin diacritics dropped, ’ → ', and the inclusive-writing dots (· and .) dropped:
// "Invité·e·s" → "invitees", "Présenté" → "presente". For matching cue words only.
QString foldForMatch(QStringView word);
// The same into `buffer`, which has room for twice the word (a letter folds to at most two);
// returns the length written. For lookups that must not allocate.
qsizetype foldInto(QStringView word, char16_t* buffer);

// Word segmentation shared by tokenize() and the pre-scan (speakerprescan.h). Inline: asked
// for every character of every description.
inline constexpr auto asciiWordChars = [] {
    std::array<bool, 128> table{};
    for (char16_t u = 0; u < 128; ++u)
        table[u] = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return table;
}();
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return asciiWordChars[u];
    return c.isLetterOrNumber() || c.isMark();
}
// Characters that join a word's parts: hyphens, apostrophes (' ’ ʼ) and the middle dot.
// Inline: asked for most words of every description.
inline bool isWordJoiner(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'\u2010':
    case u'\u2011':
    case u'\'':
    case u'\u2019':
    case u'\u02BC':
    case u'\u00B7':
        return true;
    default:
        return false;
    }
}
inline bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

// One past the word starting at text[i] (a word character): letters, digits, marks, inner
// hyphens, apostrophes and ·, and inner dots between lower-case letters ("invité.e.s").
// `Chars` is Utf16Chars or Utf8Chars (speakerchars.h): indexes are the text's own.
template <typename Chars> qsizetype wordEndIn(const Chars& text, qsizetype i)
{
    const qsizetype n = text.size();
    qsizetype j = text.next(i);
    while (j < n) {
        const QChar d = text.at(j);
        if (isWordChar(d)) {
            j = text.next(j);
            continue;
        }
        const qsizetype after = text.next(j);
        if (after < n && isWordChar(text.at(after)) &&
            (isWordJoiner(d) ||
             (d == u'.' && text.at(text.prev(j)).isLower() && text.at(after).isLower()))) {
            j = text.next(after);
        } else {
            break;
        }
    }
    return j;
}
// The start of the word that holds text[i] (a word character), by the same joining rules.
template <typename Chars> qsizetype wordStartIn(const Chars& text, qsizetype i)
{
    qsizetype s = i;
    while (s > 0) {
        const qsizetype p = text.prev(s);
        const QChar prev = text.at(p);
        if (isWordChar(prev)) {
            s = p;
            continue;
        }
        const qsizetype pp = p > 0 ? text.prev(p) : -1;
        if (pp >= 0 && isWordChar(text.at(pp)) &&
            (isWordJoiner(prev) ||
             (prev == u'.' && text.at(pp).isLower() && text.at(s).isLower()))) {
            s = pp;
        } else {
            break;
        }
    }
    return s;
}
// The letters an elision ends on before its apostrophe: l d j m n s t c, either case.
inline bool isElidingLetter(QChar c)
{
    switch (c.unicode() | 0x20) { // lower case for ASCII letters
    case u'l':
    case u'd':
    case u'j':
    case u'm':
    case u'n':
    case u's':
    case u't':
    case u'c':
        return c.unicode() < 0x80;
    default:
        return false;
    }
}
// Where the French elision at the start of the word [i, j) splits it ("l'|économiste"), or -1.
template <typename Chars> qsizetype elisionSplitIn(const Chars& text, qsizetype i, qsizetype j)
{
    // French elision: l' d' j' m' n' s' t' c' qu' before a letter.
    // Upper-case ones too ("L'invité") unless a capital follows ("N'Diaye", "D'Souza").
    // A word holds no character past the BMP: its characters are one unit each.
    const QChar c = text.at(i);
    const qsizetype second = text.next(i);
    const qsizetype third = second < j ? text.next(second) : j;
    const qsizetype fourth = third < j ? text.next(third) : j;
    qsizetype split = -1;
    if (third < j && isApostrophe(text.at(second)) && isElidingLetter(c) &&
        (c.isLower() || text.at(third).isLower()))
        split = third;
    else if (fourth < j && c == u'q' && text.at(second) == u'u' && isApostrophe(text.at(third)))
        split = fourth;
    return split > 0 && text.at(split).isLetter() ? split : -1;
}
inline qsizetype wordEnd(QStringView text, qsizetype i)
{
    return wordEndIn(Utf16Chars{text}, i);
}
inline qsizetype wordStart(QStringView text, qsizetype i)
{
    return wordStartIn(Utf16Chars{text}, i);
}
inline qsizetype elisionSplit(QStringView text, qsizetype i, qsizetype j)
{
    return elisionSplitIn(Utf16Chars{text}, i, j);
}
// A folded word a period after does not end the sentence: "dr", "prof", "capt", "vol"…
bool isAbbreviation(QStringView folded);

struct Token
{
    enum class Kind : quint8 { Word, Punct, Break };

    Kind kind = Kind::Punct;
    QChar ch;                 // Punct: the character
    bool sentenceEnd = false; // Punct: . ! ? … that ends a sentence (not "Dr." nor "J.")
    bool spaceBefore = false;
    bool capitalised = false; // Word: upper-case first letter and some lower-case letters
    bool allCaps = false;     // Word: two letters or more, none lower case
    bool lowerStart = false;  // Word: starts with a lower-case letter
    bool hasDigit = false;
    qsizetype begin = 0;
    qsizetype end = 0;
    // Word: foldForMatch(text), a view into the folded words of the whole text, which the
    // TokenizedText the token comes from owns (no allocation per word): valid while that lives.
    // To keep a word longer, copy it (toString()).
    QStringView folded;
    // Word: what the lexicon says of it (speakerlexicon.h), read once when first asked;
    // -1 not read yet, else 0 or 1.
    mutable qint8 givenName = -1;
    mutable qint8 commonWord = -1;
    mutable qint16 nameWords = -1; // Word: the name grammar's word lists it is in (bits)
    mutable qint16 cueWord = -1;   // Word: CueTable's entry for its cues plus one, 0 for none

    bool isWord() const { return kind == Kind::Word; }
    bool isBreak() const { return kind == Kind::Break; }
    bool isPunct(char16_t c) const { return kind == Kind::Punct && ch == QChar(c); }
};

// The tokens of one text and the folded words their `folded` views point into. A copy shares
// the words (implicitly shared, never written again): the views stay valid while one lives.
struct TokenizedText
{
    QList<Token> tokens;
    QString foldedWords;
};

// Words (letters, digits, inner hyphens, apostrophes and ·), one token per punctuation mark,
// one Break per run of line breaks. French elisions are split off ("l'économiste" → "l'",
// "économiste"; "d'Aubigné" → "d'", "Aubigné") but capitalised ones are kept whole ("N'Diaye").
TokenizedText tokenize(const QString& text);

} // namespace ondes::speakers
