#include "feed/speakerwordset.h"

#include "feed/speakertext.h"

#include <QString>

#include <algorithm>

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

void WordSet::place(quint32 hash, quint32 index)
{
    const size_t mask = m_slots.size() - 1;
    size_t slot = hash & mask;
    while (m_slots[slot] != 0)
        slot = (slot + 1) & mask;
    m_slots[slot] = quint64(hash) << 32 | (index + 1);
}

void WordSet::grow()
{
    m_slots.assign(m_slots.empty() ? 16 : m_slots.size() * 2, 0);
    for (quint32 k = 0; k < m_offsets.size(); ++k)
        place(hashOf(at(k)), k);
}

void WordSet::insert(QStringView word, quint16 value)
{
    if (const qint32 known = find(word); known >= 0) {
        m_values[size_t(known)] |= value;
        return;
    }
    m_offsets.push_back(quint32(m_chars.size()));
    m_lengths.push_back(quint32(word.size()));
    m_values.push_back(value);
    for (const QChar c : word)
        m_chars.push_back(c.unicode());
    if (m_offsets.size() * 2 > m_slots.size())
        grow();
    else
        place(hashOf(word), quint32(m_offsets.size() - 1));
}

qint32 WordSet::find(QStringView word) const
{
    if (m_slots.empty())
        return -1;
    const quint32 hash = hashOf(word);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint64 entry = m_slots[slot];
        if (entry == 0)
            return -1;
        if (quint32(entry >> 32) != hash)
            continue;
        const quint32 k = quint32(entry) - 1;
        if (m_lengths[k] == quint32(word.size()) &&
            std::equal(word.utf16(), word.utf16() + word.size(), m_chars.data() + m_offsets[k]))
            return qint32(k);
    }
}

} // namespace ondes::speakers
