#include "feed/speakerwordset.h"

#include "feed/speakertext.h"

#include <QString>

namespace ondes::speakers {

WordSet WordSet::folded(std::initializer_list<const char16_t*> words)
{
    WordSet set;
    for (const char16_t* w : words)
        set.insert(foldForMatch(QStringView(w)));
    return set;
}

// FNV-1a over the UTF-16 code units.
quint32 WordSet::hashOf(QStringView word)
{
    quint32 h = 2166136261u;
    for (const QChar c : word) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h ^ (h >> 15);
}

QStringView WordSet::at(quint32 index) const
{
    return QStringView(m_chars.data() + m_offsets[index], qsizetype(m_lengths[index]));
}

void WordSet::grow()
{
    // At most a quarter full: most lookups are of words that are not there and end at the
    // first empty slot.
    const size_t capacity = m_slots.empty() ? 16 : m_slots.size() * 2;
    m_slots.assign(capacity, -1);
    const size_t mask = capacity - 1;
    for (quint32 k = 0; k < m_offsets.size(); ++k) {
        size_t slot = hashOf(at(k)) & mask;
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & mask;
        m_slots[slot] = qint32(k);
    }
}

void WordSet::insert(QStringView word)
{
    if (contains(word))
        return;
    m_offsets.push_back(quint32(m_chars.size()));
    m_lengths.push_back(quint32(word.size()));
    for (const QChar c : word)
        m_chars.push_back(c.unicode());
    if (m_offsets.size() * 4 > m_slots.size()) {
        grow();
        return;
    }
    const size_t mask = m_slots.size() - 1;
    size_t slot = hashOf(word) & mask;
    while (m_slots[slot] >= 0)
        slot = (slot + 1) & mask;
    m_slots[slot] = qint32(m_offsets.size() - 1);
}

bool WordSet::contains(QStringView word) const
{
    if (m_slots.empty())
        return false;
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hashOf(word) & mask;; slot = (slot + 1) & mask) {
        const qint32 k = m_slots[slot];
        if (k < 0)
            return false;
        if (m_lengths[size_t(k)] == quint32(word.size()) && at(quint32(k)) == word)
            return true;
    }
}

} // namespace ondes::speakers
