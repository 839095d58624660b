#pragma once

// A fixed set of words for SpeakerExtractor's hot loops: looked up with a QStringView, without
// building a QString or hashing through QHash (the extractor asks tens of thousands of times
// per thousand descriptions whether a word is a particle, a title, a given name…). Filled once,
// then read only, so one static instance may be read from several threads.

#include <QStringView>

#include <initializer_list>
#include <vector>

namespace ondes::speakers {

class WordSet
{
public:
    WordSet() = default;
    // The words in foldForMatch() form ("Présentation" is stored as "presentation").
    static WordSet folded(std::initializer_list<const char16_t*> words);

    // Adds `word` as it is (no folding); call before the first contains().
    void insert(QStringView word);
    bool contains(QStringView word) const;
    qsizetype size() const { return qsizetype(m_offsets.size()); }

private:
    static quint32 hashOf(QStringView word);
    QStringView at(quint32 index) const;
    void grow();

    std::vector<char16_t> m_chars;  // the words, one after the other
    std::vector<quint32> m_offsets; // per word: where it starts in m_chars
    std::vector<quint32> m_lengths; // per word: its length
    std::vector<qint32> m_slots;    // open addressing: a word's index, or -1
};

} // namespace ondes::speakers
