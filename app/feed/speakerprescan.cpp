#include "feed/speakerprescan.h"

#include "feed/namegrammar.h"
#include "feed/speakerlexicon.h"
#include "feed/speakertext.h"

#include <algorithm>
#include <bit>
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

// foldForMatch() of the word [b, e).
QString foldedWord(const Utf16Chars& text, qsizetype b, qsizetype e)
{
    return foldForMatch(text.text.mid(b, e - b));
}
QString foldedWord(const Utf8Chars& text, qsizetype b, qsizetype e)
{
    return foldForMatch(QString::fromUtf8(text.text.substr(size_t(b), size_t(e - b))));
}

// `open`: a head was seen, then only particles, so the particle test is needed (it folds the
// word, which costs an allocation: most words never get that far).
template <typename Chars>
PrescanWordShape shapeOf(const Chars& text, qsizetype b, qsizetype e, bool open)
{
    PrescanWordShape shape;
    const QChar first = text.at(b);
    const qsizetype length = text.units(b, e);
    if (first.isLower()) {
        if (!open || length > 12)
            return shape;
        for (qsizetype k = b; k < e; k = text.next(k)) {
            if (text.at(k).isDigit())
                return shape;
        }
        const QString folded = foldedWord(text, b, e);
        const qsizetype dash = folded.indexOf(u'-');
        if (dash > 0 && isNameParticle(folded.left(dash)) && length > dash + 1)
            shape.inner = true;
        else
            shape.particle = isNameParticle(folded);
        return shape;
    }
    bool lower = false;
    int letters = 0;
    for (qsizetype k = b; k < e; k = text.next(k)) {
        const QChar c = text.at(k);
        if (c.isDigit())
            return shape;
        lower = lower || c.isLower();
        letters += c.isLetter() ? 1 : 0;
    }
    const bool initial = length == 1 && e < text.size() && text.at(e) == u'.';
    const bool capitalised = first.isUpper() && lower;
    const bool allCaps = first.isUpper() && !lower && letters >= 2;
    shape.head = capitalised || initial || (allCaps && letters > 2); // "LAURENT DE WULF"
    shape.inner = capitalised || allCaps || initial ||
                  (length == 1 && first.isUpper()); // "Andreas B Kollegger"
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
qsizetype nextMayStart(const Utf16Chars& chars, qsizetype i)
{
    const char16_t* const p = chars.text.utf16();
    const qsizetype n = chars.size();
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

// The same on UTF-8: with SSE2, ASCII without capitals skipped sixteen bytes at a time; Latin-1
// letters (two bytes, the first 0xC3) answered from their second byte.
qsizetype nextMayStart(const Utf8Chars& chars, qsizetype i)
{
    const auto* const p = reinterpret_cast<const unsigned char*>(chars.text.data());
    const qsizetype n = chars.size();
    while (i < n) {
#ifdef __SSE2__
        if (i + 16 <= n) {
            // Bytes past ASCII are negative as signed bytes.
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
            const __m128i capital = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
                                                  _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
            const int found = _mm_movemask_epi8(_mm_or_si128(capital, v));
            if (found == 0) {
                i += 16;
                continue;
            }
            i += std::countr_zero(unsigned(found)); // a capital, or the first byte of a character
        }
#endif
        const unsigned char b = p[i];
        if (b < 0x80) {
            if (unsigned(b - 'A') < 26)
                return i;
            ++i;
        } else if (b == 0xC3) { // U+00C0–U+00FF: as mayStartAName()
            const unsigned char second = p[i + 1];
            if (second <= 0x9E && second != 0x97)
                return i;
            i += 2;
        } else {
            if (mayStartAName(chars.at(i)))
                return i;
            i = chars.next(i);
        }
    }
    return n;
}

// One past the character at i, or n at the end.
template <typename Chars> qsizetype charAfter(const Chars& text, qsizetype i)
{
    return i < text.size() ? text.next(i) : text.size();
}

// A capitalised word inside a sentence (after a lower-case word or a comma) that the given-name
// lexicon knows: "Pendant 28 minutes, Kylian raconte", "avec Hervé et Josiane".
template <typename Chars> bool mayNameSomeoneAlone(const Chars& text)
{
    const qsizetype n = text.size();
    const qsizetype third = charAfter(text, charAfter(text, 0));
    for (qsizetype i = nextMayStart(text, third); i < n;
         i = nextMayStart(text, charAfter(text, i))) {
        const qsizetype space = text.prev(i);
        if (text.at(space) != u' ')
            continue;
        const QChar before = text.at(text.prev(space));
        if (before != u',' && !before.isLower())
            continue;
        const qsizetype e = wordEndIn(text, i);
        const qsizetype length = text.units(i, e);
        if (length >= 3 && length <= 15 && isGivenName(foldedWord(text, i, e)))
            return true;
        i = e;
    }
    return false;
}

template <typename Chars> bool mayNameSomeoneIn(const Chars& text)
{
    // A name starts with a word whose first letter is not lower case. Skim to such a letter,
    // back up to the start of its word, then follow the words from there exactly as
    // NameGrammar would, until the run can no longer be a name; skim on from there.
    const qsizetype n = text.size();
    qsizetype i = 0;
    while ((i = nextMayStart(text, i)) < n) {
        qsizetype p = wordStartIn(text, i);
        bool open = false;         // a head was seen, then only particles
        qsizetype initialEnd = -1; // end of the last word when it was an initial
        const auto take = [&](qsizetype b, qsizetype e) {
            const PrescanWordShape shape = shapeOf(text, b, e, open);
            if (open && shape.inner)
                return true;
            if (!(open && shape.particle))
                open = shape.head;
            initialEnd = (shape.head && text.units(b, e) == 1) ? e : -1;
            return false;
        };
        while (p < n) {
            const QChar d = text.at(p);
            if (isWordChar(d)) {
                const qsizetype j = wordEndIn(text, p);
                const qsizetype split = elisionSplitIn(text, p, j);
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
            p = text.next(p);
        }
        i = p > i ? p : text.next(i);
    }
    return mayNameSomeoneAlone(text);
}

} // namespace

bool mayNameSomeone(QStringView text)
{
    return mayNameSomeoneIn(Utf16Chars{text});
}

bool mayNameSomeoneUtf8(std::string_view utf8)
{
    return mayNameSomeoneIn(Utf8Chars{utf8});
}

} // namespace ondes::speakers
