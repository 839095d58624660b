#include "feed/speakerlexicalcontext.h"

#include <algorithm>

namespace ondes::speakers {
namespace {

// FNV-1a over UTF-16 units, the slot first: the same word in the same slot, the same key.
quint32 mixUnit(quint32 h, char16_t c)
{
    h ^= c;
    return h * 0x01000193u;
}

quint32 slotSeed(LexicalSlot slot)
{
    return mixUnit(0x811c9dc5u, char16_t(0xE000 + int(slot))); // a private-use unit
}

// Mixes in the token at i as lexicalKey() reads a word.
quint32 mixToken(quint32 h, const QList<Token>& tokens, qsizetype i)
{
    if (i < 0 || i >= tokens.size())
        return mixUnit(h, u'^');
    const Token& t = tokens.at(i);
    if (t.isBreak())
        return mixUnit(h, u'|');
    if (!t.isWord())
        return mixUnit(h, t.ch.unicode());
    if (t.hasDigit)
        return mixUnit(h, u'0');
    for (const QChar c : t.folded)
        h = mixUnit(h, c.unicode());
    return h;
}

// How far back the first word of a line is looked for.
constexpr qsizetype lineReach = 80;
// How many tokens from its line's start a heading's ':' may stand.
constexpr qsizetype headingReach = 5;

} // namespace

quint32 lexicalKey(LexicalSlot slot, QStringView word)
{
    quint32 h = slotSeed(slot);
    for (const QChar c : word)
        h = mixUnit(h, c.unicode());
    return h;
}

QString lexicalWordAt(const QList<Token>& tokens, qsizetype i)
{
    if (i < 0 || i >= tokens.size())
        return QStringLiteral("^");
    const Token& t = tokens.at(i);
    if (t.isBreak())
        return QStringLiteral("|");
    if (!t.isWord())
        return QString(t.ch);
    return t.hasDigit ? QStringLiteral("0") : t.folded.toString();
}

float LexicalTable::weightOf(quint32 key) const
{
    const LexicalWeight* end = entries + size;
    const LexicalWeight* at = std::lower_bound(
        entries, end, key, [](const LexicalWeight& w, quint32 k) { return w.key < k; });
    return at != end && at->key == key ? at->weight : 0.0f;
}

float LexicalTable::scoreOf(const LexicalKeys& keys) const
{
    float sum = 0;
    for (int k = 0; k < keys.count; ++k)
        sum += weightOf(keys.keys[size_t(k)]);
    return sum;
}

LexicalKeys lexicalKeysOf(const QList<Token>& tokens, const NameSpan& span)
{
    LexicalKeys out;
    const auto add = [&out](quint32 key) { out.keys[size_t(out.count++)] = key; };
    const qsizetype b = span.start;
    const qsizetype e = span.end;
    add(mixToken(slotSeed(LexicalSlot::Before3), tokens, b - 3));
    add(mixToken(slotSeed(LexicalSlot::Before2), tokens, b - 2));
    add(mixToken(slotSeed(LexicalSlot::Before1), tokens, b - 1));
    add(mixToken(slotSeed(LexicalSlot::After1), tokens, e));
    add(mixToken(slotSeed(LexicalSlot::After2), tokens, e + 1));
    add(mixToken(slotSeed(LexicalSlot::After3), tokens, e + 2));
    add(mixToken(mixUnit(mixToken(slotSeed(LexicalSlot::PairBefore), tokens, b - 2), u' '), tokens,
                 b - 1));
    qsizetype line = b;
    while (line > 0 && b - line < lineReach && !tokens.at(line - 1).isBreak())
        --line;
    if (line > 0 && !tokens.at(line - 1).isBreak())
        return out; // a long paragraph: its first word is far from the name
    if (line < b && tokens.at(line).isWord())
        add(mixToken(slotSeed(LexicalSlot::LineFirst), tokens, line));
    for (qsizetype k = line + 1; k < b && k <= line + headingReach; ++k) {
        if (tokens.at(k).isPunct(u':') && tokens.at(k - 1).isWord()) {
            add(mixToken(slotSeed(LexicalSlot::Heading), tokens, k - 1));
            break;
        }
    }
    return out;
}

} // namespace ondes::speakers
