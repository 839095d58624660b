#pragma once

// A fixed set of words for SpeakerExtractor's hot loops: looked up with a QStringView, without
// building a QString or hashing through QHash (the extractor asks tens of thousands of times
// per thousand descriptions whether a word is a particle, a title, a given name…). Filled once,
// then read only, so one static instance may be read from several threads.

#include <QStringView>

#include <array>
#include <initializer_list>
#include <vector>

namespace ondes::speakers {

class WordSet
{
public:
    WordSet() = default;
    // The words in foldForMatch() form ("Présentation" is stored as "presentation").
    static WordSet folded(std::initializer_list<const char16_t*> words);

    // Adds `word` as it is (no folding), with `value` (or-ed into the one it has if it is
    // there already); call before the first lookup.
    void insert(QStringView word, quint16 value = 1);
    bool contains(QStringView word) const { return mayHold(word) && find(word) >= 0; }
    // The value given to `word`, 0 when it is not there.
    quint16 valueOf(QStringView word) const
    {
        const qint32 k = mayHold(word) ? find(word) : -1;
        return k < 0 ? 0 : m_values[size_t(k)];
    }
    qsizetype size() const { return qsizetype(m_offsets.size()); }
    // Every word, in the order added.
    std::vector<QStringView> words() const
    {
        std::vector<QStringView> all;
        all.reserve(m_offsets.size());
        for (quint32 k = 0; k < m_offsets.size(); ++k)
            all.push_back(at(k));
        return all;
    }

private:
    static quint32 hashOf(QStringView word);
    // A word's length, first and last code units, as one of 4096 bits: a set holds a word only
    // when its bit is set, so most absent words are answered without hashing them.
    static quint32 outlineOf(QStringView word)
    {
        const qsizetype n = word.size();
        if (n == 0)
            return 0;
        return (quint32(n) * 131u + quint32(word[0].unicode()) * 31u +
                quint32(word[n - 1].unicode())) &
               4095u;
    }
    // False when `word` is surely not in the set (its outline bit is not set): most lookups
    // miss, and miss here, without a call.
    bool mayHold(QStringView word) const
    {
        const quint32 outline = outlineOf(word);
        return (m_outlines[outline >> 6] >> (outline & 63)) & 1;
    }
    qint32 find(QStringView word) const;
    QStringView at(quint32 index) const;
    void place(quint32 hash, quint32 index);
    void grow();

    std::vector<char16_t> m_chars;  // the words, one after the other
    std::vector<quint32> m_offsets; // per word: where it starts in m_chars
    std::vector<quint32> m_lengths; // per word: its length
    std::vector<quint16> m_values;  // per word: its value
    // Open addressing, at most half full: per slot the word's hash (high half) and its index
    // plus one (low half), 0 when empty. A probe reads the words themselves only on a full
    // hash match, so a lookup touches one cache line most of the time.
    std::vector<quint64> m_slots;
    std::array<quint64, 64> m_outlines{}; // the outlineOf() bits of the words
};

} // namespace ondes::speakers
