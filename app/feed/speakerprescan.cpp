#include "feed/speakerprescan.h"

#include "feed/namegrammar.h"
#include "feed/speakerlexicon.h"
#include "feed/speakertext.h"

#include <algorithm>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes::speakers {
namespace {

// What one word may be in a name, with the same tests as the tokenizer and NameGrammar.
struct PrescanWordShape
{
    bool head = false;     // may start a name: capitalised, ALL CAPS, or an initial
    bool inner = false;    // may continue one: capitalised, ALL CAPS, initial, "al-Rashid"
    bool particle = false; // may sit between the two: "de", "van", "d'"
};

// `open`: a head was seen, then only particles, so the particle test is needed (it folds the
// word, which costs an allocation: most words never get that far).
PrescanWordShape shapeOf(QStringView text, qsizetype b, qsizetype e, bool open)
{
    PrescanWordShape shape;
    const QChar first = text.at(b);
    if (first.isLower()) {
        if (!open || e - b > 12)
            return shape;
        const QStringView word = text.mid(b, e - b);
        for (const QChar c : word) {
            if (c.isDigit())
                return shape;
        }
        const QString folded = foldForMatch(word);
        const qsizetype dash = folded.indexOf(u'-');
        if (dash > 0 && isNameParticle(folded.left(dash)) && word.size() > dash + 1)
            shape.inner = true;
        else
            shape.particle = isNameParticle(folded);
        return shape;
    }
    bool lower = false;
    int letters = 0;
    for (qsizetype k = b; k < e; ++k) {
        const QChar c = text.at(k);
        if (c.isDigit())
            return shape;
        lower = lower || c.isLower();
        letters += c.isLetter() ? 1 : 0;
    }
    const bool initial = e - b == 1 && e < text.size() && text.at(e) == u'.';
    const bool capitalised = first.isUpper() && lower;
    const bool allCaps = first.isUpper() && !lower && letters >= 2;
    shape.head = capitalised || initial || (allCaps && letters > 2); // "LAURENT DE WULF"
    shape.inner = capitalised || allCaps || initial ||
                  (e - b == 1 && first.isUpper()); // "Andreas B Kollegger"
    return shape;
}

// A letter that is not lower case (an initial may be an uncased letter), with the common cases of
// French and English text answered without Unicode tables.
inline bool mayStartAName(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z';
    if (u >= 0xC0 && u <= 0xFF) // Latin-1 letters: À–Þ are capitals, ß–ÿ are not
        return u <= 0xDE && u != 0xD7;
    return !c.isLower() && isWordChar(c);
}

// Whether none of the units p[0..blockSize) may start a name, answered for the common units of
// French and English text without looking at each: with SSE2, eight at a time, ASCII without
// capitals and Latin-1 lower case (é, à, ç…); without it, four ASCII units packed in an integer
// (each below 0x80, so adding to one never carries into the next). False means "maybe": look
// one by one.
#ifdef __SSE2__
constexpr qsizetype blockSize = 8;
bool blockSkippable(const char16_t* p)
{
    // Unsigned comparisons of 16-bit units through signed ones: both sides flipped by 0x8000.
    const auto flipped = [](int u) { return _mm_set1_epi16(short(u ^ 0x8000)); };
    const __m128i v =
        _mm_xor_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)), flipped(0));
    const __m128i ascii = _mm_cmplt_epi16(v, flipped(0x80));
    const __m128i capital =
        _mm_and_si128(_mm_cmpgt_epi16(v, flipped(u'A' - 1)), _mm_cmplt_epi16(v, flipped(u'Z' + 1)));
    const __m128i latinLower =
        _mm_and_si128(_mm_cmpgt_epi16(v, flipped(0xDE)), _mm_cmplt_epi16(v, flipped(0x100)));
    const __m128i skip = _mm_or_si128(_mm_andnot_si128(capital, ascii), latinLower);
    return _mm_movemask_epi8(skip) == 0xFFFF;
}
#else
constexpr qsizetype blockSize = 4;
bool blockSkippable(const char16_t* p)
{
    constexpr quint64 notAscii = 0xFF80FF80FF80FF80ull;
    constexpr quint64 fromA = 0x003F003F003F003Full; // 0x80 - 'A': bit 7 set from 'A' on
    constexpr quint64 pastZ = 0x0025002500250025ull; // 0x80 - ('Z' + 1): bit 7 set past 'Z'
    constexpr quint64 bit7 = 0x0080008000800080ull;
    quint64 x;
    std::memcpy(&x, p, sizeof x);
    return (x & notAscii) == 0 && ((x + fromA) & ~(x + pastZ) & bit7) == 0;
}
#endif

// The first index from i on whose character may start a name (mayStartAName()), or n. Asked for
// every character of every description: a block at a time where blockSkippable() says so.
qsizetype nextMayStart(QStringView text, qsizetype i)
{
    const char16_t* const p = text.utf16();
    const qsizetype n = text.size();
    while (i < n) {
        if (i + blockSize <= n && blockSkippable(p + i)) {
            i += blockSize;
            continue;
        }
        for (const qsizetype end = std::min(i + blockSize, n); i < end; ++i) {
            if (mayStartAName(QChar(p[i])))
                return i;
        }
    }
    return n;
}

// A capitalised word inside a sentence (after a lower-case word or a comma) that the given-name
// lexicon knows: "Pendant 28 minutes, Kylian raconte", "avec Hervé et Josiane".
bool mayNameSomeoneAlone(QStringView text)
{
    const qsizetype n = text.size();
    for (qsizetype i = nextMayStart(text, 2); i < n; i = nextMayStart(text, i + 1)) {
        if (text.at(i - 1) != u' ')
            continue;
        const QChar before = text.at(i - 2);
        if (before != u',' && !before.isLower())
            continue;
        const qsizetype e = wordEnd(text, i);
        if (e - i >= 3 && e - i <= 15 && isGivenName(foldForMatch(text.mid(i, e - i))))
            return true;
        i = e;
    }
    return false;
}

} // namespace

bool mayNameSomeone(QStringView text)
{
    // A name starts with a word whose first letter is not lower case. Skim to such a letter,
    // back up to the start of its word, then follow the words from there exactly as
    // NameGrammar would, until the run can no longer be a name; skim on from there.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while ((i = nextMayStart(text, i)) < n) {
        qsizetype p = wordStart(text, i);
        bool open = false;         // a head was seen, then only particles
        qsizetype initialEnd = -1; // end of the last word when it was an initial
        const auto take = [&](qsizetype b, qsizetype e) {
            const PrescanWordShape shape = shapeOf(text, b, e, open);
            if (open && shape.inner)
                return true;
            if (!(open && shape.particle))
                open = shape.head;
            initialEnd = (shape.head && e - b == 1) ? e : -1;
            return false;
        };
        while (p < n) {
            const QChar d = text.at(p);
            if (isWordChar(d)) {
                const qsizetype j = wordEnd(text, p);
                const qsizetype split = elisionSplit(text, p, j);
                if (split > 0 ? (take(p, split) || take(split, j)) : take(p, j))
                    return true;
                p = j;
                if (!open && p > i)
                    break;
                continue;
            }
            if (d == u'.' && p == initialEnd) {
                initialEnd = -1; // "J. R. Tolkien": the name goes on after an initial's period
            } else if (!d.isSpace() || d == u'\n' || d == u'\r' || d == u'\u2028' ||
                       d == u'\u2029') {
                open = false;
                if (p >= i)
                    break;
            }
            ++p;
        }
        i = std::max(p, i + 1);
    }
    return mayNameSomeoneAlone(text);
}

} // namespace ondes::speakers
