#pragma once

// What the person-name guard knows about words, compiled in at build time by
// app/feed/data/speakerlexicon.py: given names from app/feed/data/givennames.txt (French,
// English, and the names common in those countries), and the common words of the word lists
// Debian ships (wamerican, wfrench) as a Bloom filter. Nothing is read at run time.

#include "feed/speakertext.h"

#include <QStringView>
#include <QtGlobal>

namespace ondes::speakers {

// `folded` is in foldForMatch() form. A hyphenated name counts when it is listed whole
// ("jean-baptiste") or when one of its parts is ("jean-kenji").
bool isGivenName(QStringView folded);

// A word of the language rather than a name: it is in the word lists in lower case and is not a
// given name ("apple", "direct", "funding", "customer"; not "rose" nor "pierre"). About 1 % of
// other words are wrongly said common (the filter's false positives).
bool isCommonWord(QStringView folded);

// A given name that the word lists also hold in lower case ("come", "rose", "pierre", "will",
// "mark"): isCommonWord() says no for it, yet at the head of a sentence it may be a verb or a
// noun ("Come chat with us").
bool isGivenNameAlsoWord(QStringView folded);

// The same for a word token, asked once per token and description: the rules, the candidate
// scan and the features ask about the same words.
inline bool isGivenName(const Token& word)
{
    if (word.givenName < 0)
        word.givenName = isGivenName(QStringView(word.folded)) ? 1 : 0;
    return word.givenName == 1;
}
inline bool isCommonWord(const Token& word)
{
    if (word.commonWord < 0)
        word.commonWord = isCommonWord(QStringView(word.folded)) ? 1 : 0;
    return word.commonWord == 1;
}

namespace lexicon {
// The generated tables (build/…/speakerlexicondata.cpp).
extern const char* const givenNames[]; // folded, UTF-8
extern const int givenNameCount;
extern const char* const givenNamesAlsoWords[]; // folded, UTF-8, then a null pointer
extern const int givenNameAlsoWordCount;
extern const unsigned char commonWordBits[];
extern const quint32 commonWordBitCount;
extern const int commonWordHashes;
} // namespace lexicon

} // namespace ondes::speakers
