#include "feed/plainxmltext.h"

#include <algorithm>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes {

namespace {

bool isUtf8Continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the UTF-8 sequence of a non-ASCII character at p[i], 0 when it is not valid or
// not a character XML allows. Inlined: it runs for every accented letter of a description.
[[gnu::always_inline]] inline std::size_t xmlCharLength(const unsigned char* p, std::size_t i,
                                                        std::size_t size)
{
    const unsigned char c = p[i];
    if (c >= 0xC2 && c <= 0xDF)
        return i + 1 < size && isUtf8Continuation(p[i + 1]) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (i + 2 >= size || !isUtf8Continuation(p[i + 1]) || !isUtf8Continuation(p[i + 2]))
            return 0;
        if ((c == 0xE0 && p[i + 1] < 0xA0) ||                    // overlong
            (c == 0xED && p[i + 1] >= 0xA0) ||                   // a surrogate
            (c == 0xEF && p[i + 1] == 0xBF && p[i + 2] >= 0xBE)) // U+FFFE, U+FFFF
            return 0;
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (i + 3 >= size || !isUtf8Continuation(p[i + 1]) || !isUtf8Continuation(p[i + 2]) ||
            !isUtf8Continuation(p[i + 3]))
            return 0;
        if ((c == 0xF0 && p[i + 1] < 0x90) || (c == 0xF4 && p[i + 1] >= 0x90))
            return 0; // overlong, or past U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace

bool isPlainXmlText(std::string_view bytes, qsizetype* lineBreaks)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    qsizetype lines = 0;
    std::size_t i = 0;
#ifdef __SSE2__
    // Sixteen bytes at a time: the ASCII ones are checked together (no control character but
    // tab and newline), the others are decoded one character at a time.
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i newline = _mm_set1_epi8('\n');
    while (size - i >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const __m128i control =
            _mm_andnot_si128(_mm_cmplt_epi8(v, _mm_setzero_si128()), _mm_cmplt_epi8(v, space));
        const __m128i breaks = _mm_cmpeq_epi8(v, newline);
        const __m128i allowed = _mm_or_si128(_mm_cmpeq_epi8(v, tab), breaks);
        if (_mm_movemask_epi8(_mm_andnot_si128(allowed, control)) != 0)
            return false;
        // Most blocks hold no line break: popcount is a library call without -mpopcnt.
        if (const int lineMask = _mm_movemask_epi8(breaks); lineMask != 0)
            lines += __builtin_popcount(static_cast<unsigned>(lineMask));
        unsigned high = static_cast<unsigned>(_mm_movemask_epi8(v));
        const std::size_t blockEnd = i + 16;
        std::size_t j = i;
        while (high != 0) {
            j = i + static_cast<std::size_t>(__builtin_ctz(high));
            const std::size_t length = xmlCharLength(p, j, size);
            if (length == 0)
                return false;
            j += length;
            if (j >= blockEnd)
                break;
            high &= ~0u << (j - i); // its continuation bytes are read
        }
        i = std::max(j, blockEnd);
    }
#endif
    while (i < size) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n')
                return false;
            lines += c == '\n';
            ++i;
        } else {
            const std::size_t length = xmlCharLength(p, i, size);
            if (length == 0)
                return false;
            i += length;
        }
    }
    if (lineBreaks != nullptr)
        *lineBreaks = lines;
    return true;
}

} // namespace ondes
