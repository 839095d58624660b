#include "feed/speakerwordset.h"

#include "feed/speakertext.h"

#include <QString>

#include <bit>
#include <cstring>

namespace ondes::speakers {

WordSet WordSet::folded(std::initializer_list<const char16_t*> words)
{
    WordSet set;
    for (const char16_t* w : words)
        set.insert(foldForMatch(QStringView(w)));
    return set;
}

namespace {

// Four UTF-16 code units at a time, each block mixed in with a multiply (most words take one
// or two blocks; FNV-1a one unit at a time cost a tenth of the extractor's instructions).
// Inlined into find(), which the extractor calls about a hundred times per description.
[[gnu::always_inline]] inline quint32 hashOfWord(QStringView word)
{
    constexpr quint64 multiplier = 0x9E3779B97F4A7C15ull;
    const char16_t* p = word.utf16();
    const qsizetype size = word.size();
    quint64 h = quint64(size) * multiplier;
    qsizetype k = 0;
    for (; k + 4 <= size; k += 4) {
        quint64 block;
        std::memcpy(&block, p + k, sizeof block);
        h = std::rotl((h ^ block) * multiplier, 31);
    }
    quint64 tail = 0;
    switch (size - k) {
    case 3:
        tail |= quint64(p[k + 2]) << 32;
        [[fallthrough]];
    case 2:
        tail |= quint64(p[k + 1]) << 16;
        [[fallthrough]];
    case 1:
        tail |= quint64(p[k]);
        break;
    default:
        break;
    }
    h = (h ^ tail) * multiplier;
    return quint32(h >> 32) ^ quint32(h >> 7);
}

// The n code units at a and b are the same: compared in place (words are short; a call to
// memcmp per hit cost more than the comparison).
bool sameUnits(const char16_t* a, const char16_t* b, qsizetype n)
{
    for (qsizetype i = 0; i < n; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

} // namespace

quint32 WordSet::hashOf(QStringView word)
{
    return hashOfWord(word);
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
    const quint32 outline = outlineOf(word);
    m_outlines[outline >> 6] |= quint64(1) << (outline & 63);
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
    const quint32 hash = hashOfWord(word);
    const size_t mask = m_slots.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const quint64 entry = m_slots[slot];
        if (entry == 0)
            return -1;
        if (quint32(entry >> 32) != hash)
            continue;
        const quint32 k = quint32(entry) - 1;
        if (m_lengths[k] == quint32(word.size()) &&
            sameUnits(word.utf16(), m_chars.data() + m_offsets[k], word.size()))
            return qint32(k);
    }
}

} // namespace ondes::speakers
