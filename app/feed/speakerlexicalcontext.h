#pragma once

// The words around a candidate name, for the speaker decider (speakermodel.h): each word in a
// slot (three tokens before the name, three after, the first word of its line, the word heading
// its line before a ':', the pair of words just before it), hashed into one key. The trainer
// (tools/speakertrain.cpp, ONDES_TRAIN_LEXICAL) learns a weight for the keys common in dev and
// writes them into a sorted table (speakerlexicalweights.cpp, generated); the extractor adds the
// weights of a name's keys into one feature, Feature::Lexical.

#include "feed/namegrammar.h"
#include "feed/speakertext.h"

#include <QList>
#include <QStringView>

#include <array>

namespace ondes::speakers {

enum class LexicalSlot : quint8 {
    Before3,
    Before2,
    Before1,
    After1,
    After2,
    After3,
    LineFirst, // the first word of the name's line (when the name does not open it)
    Heading,   // the last word before a ':' among the first five tokens of its line
    PairBefore // the two tokens before, as one
};

struct LexicalKeys
{
    static constexpr int capacity = 9;
    std::array<quint32, capacity> keys{};
    int count = 0;
};

// The key of `word` (in foldForMatch() form, or one punctuation mark) in `slot`; a word with a
// digit is read as "0", a line break as "|", the text's start or end as "^".
quint32 lexicalKey(LexicalSlot slot, QStringView word);

struct LexicalWeight
{
    quint32 key;
    float weight;
};

// A table of weights sorted by key (generated: speakerlexicalweights.cpp).
struct LexicalTable
{
    const LexicalWeight* entries = nullptr;
    int size = 0;
    // The weight of `key`, 0 when the table does not hold it.
    float weightOf(quint32 key) const;
    // The sum of the weights of `keys`.
    float scoreOf(const LexicalKeys& keys) const;
};

// Generated (speakerlexicalweights.cpp); empty when the trainer ran without ONDES_TRAIN_LEXICAL.
extern const LexicalTable speakerLexicalTable;

// The token at i as a key reads it ("0" for a word with a digit, "|", "^"): for the trainer's
// listing of the words it weighs.
QString lexicalWordAt(const QList<Token>& tokens, qsizetype i);

// The keys of the name `span` (its first appearance) among `tokens`.
LexicalKeys lexicalKeysOf(const QList<Token>& tokens, const NameSpan& span);

} // namespace ondes::speakers
