#include "feed/speakerlexicon.h"

#include "feed/speakerwordset.h"

#include <QString>

namespace ondes::speakers {
namespace {

const WordSet& givenNames()
{
    static const WordSet set = [] {
        WordSet names;
        for (int i = 0; i < lexicon::givenNameCount; ++i)
            names.insert(QString::fromUtf8(lexicon::givenNames[i]));
        return names;
    }();
    return set;
}

const WordSet& givenNamesAlsoWords()
{
    static const WordSet set = [] {
        WordSet words;
        for (int i = 0; i < lexicon::givenNameAlsoWordCount; ++i)
            words.insert(QString::fromUtf8(lexicon::givenNamesAlsoWords[i]));
        return words;
    }();
    return set;
}

// FNV-1a, 64 bits, over the UTF-8 bytes: the generator hashes the same way.
quint64 hashOf(QStringView word)
{
    quint64 h = 0xcbf29ce484222325ull;
    const auto mix = [&h](quint8 byte) {
        h ^= byte;
        h *= 0x100000001b3ull;
    };
    for (qsizetype i = 0; i < word.size(); ++i) {
        char32_t c = word[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < word.size() && word[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), word[++i].unicode());
        if (c < 0x80) {
            mix(quint8(c));
        } else if (c < 0x800) {
            mix(quint8(0xC0 | (c >> 6)));
            mix(quint8(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            mix(quint8(0xE0 | (c >> 12)));
            mix(quint8(0x80 | ((c >> 6) & 0x3F)));
            mix(quint8(0x80 | (c & 0x3F)));
        } else {
            mix(quint8(0xF0 | (c >> 18)));
            mix(quint8(0x80 | ((c >> 12) & 0x3F)));
            mix(quint8(0x80 | ((c >> 6) & 0x3F)));
            mix(quint8(0x80 | (c & 0x3F)));
        }
    }
    return h;
}

} // namespace

bool isGivenName(QStringView folded)
{
    const WordSet& names = givenNames();
    if (names.contains(folded))
        return true;
    // "jean-kenji": a part listed alone counts (no allocation: most words have no hyphen).
    const qsizetype n = folded.size();
    qsizetype dash = 0;
    while (dash < n && folded[dash] != u'-')
        ++dash;
    if (dash == n)
        return false;
    qsizetype from = 0;
    while (true) {
        if (dash > from && names.contains(folded.mid(from, dash - from)))
            return true;
        if (dash == n)
            return false;
        from = dash + 1;
        dash = from;
        while (dash < n && folded[dash] != u'-')
            ++dash;
    }
}

bool isGivenNameAlsoWord(QStringView folded)
{
    return givenNamesAlsoWords().contains(folded);
}

bool isCommonWord(QStringView folded)
{
    if (folded.isEmpty())
        return false;
    const quint64 h = hashOf(folded);
    const quint64 h1 = h & 0xFFFFFFFFu;
    const quint64 h2 = (h >> 32) | 1u;
    for (int i = 0; i < lexicon::commonWordHashes; ++i) {
        const quint64 bit = (h1 + quint64(i) * h2) % lexicon::commonWordBitCount;
        if (!(lexicon::commonWordBits[bit >> 3] & (1u << (bit & 7))))
            return false;
    }
    return true;
}

} // namespace ondes::speakers
