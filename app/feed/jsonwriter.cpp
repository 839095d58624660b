#include "feed/jsonwriter.h"

#include <QStringEncoder>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes {

namespace {

bool isSpecial(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\';
}

// The first byte from p on that JSON escapes (a quote, a backslash, a control character), or
// end. Reads nothing at or past end.
const char* findSpecial(const char* p, const char* end)
{
#ifdef __SSE2__
    const __m128i below = _mm_set1_epi8(0x1F);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit =
            _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(v, below), v),
                         _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        if (const int mask = _mm_movemask_epi8(hit); mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end && !isSpecial(static_cast<unsigned char>(*p)))
        ++p;
    return p;
}

// Writes the escape of c (a byte isSpecial() accepts) at w; returns the end of it.
char* writeEscape(char* w, unsigned char c)
{
    *w++ = '\\';
    switch (c) {
    case '"':
    case '\\':
        *w++ = static_cast<char>(c);
        return w;
    case '\n':
        *w++ = 'n';
        return w;
    case '\r':
        *w++ = 'r';
        return w;
    case '\t':
        *w++ = 't';
        return w;
    default: {
        static const char hex[] = "0123456789abcdef";
        *w++ = 'u';
        *w++ = '0';
        *w++ = '0';
        *w++ = hex[c >> 4];
        *w++ = hex[c & 15];
        return w;
    }
    }
}

constexpr qsizetype kLongestEscape = 6; // \u001f

// Whether JSON writes each of the eight UTF-16 units at p as itself in one byte: ASCII, and no
// quote, backslash or control character.
bool isPlainAsciiBlock(const char16_t* p)
{
#ifdef __SSE2__
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i zero = _mm_setzero_si128();
    const __m128i ascii =
        _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(static_cast<short>(0xFF80))), zero);
    const __m128i special = _mm_or_si128(_mm_cmplt_epi16(v, _mm_set1_epi16(0x20)),
                                         _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('"')),
                                                      _mm_cmpeq_epi16(v, _mm_set1_epi16('\\'))));
    return _mm_movemask_epi8(_mm_andnot_si128(special, ascii)) == 0xFFFF;
#else
    for (int k = 0; k < 8; ++k) {
        if (p[k] >= 0x80 || isSpecial(static_cast<unsigned char>(p[k])))
            return false;
    }
    return true;
#endif
}

// Writes the eight units at p, which isPlainAsciiBlock() accepted, as bytes at w.
char* narrowedBlock(const char16_t* p, char* w)
{
#ifdef __SSE2__
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    _mm_storel_epi64(reinterpret_cast<__m128i*>(w), _mm_packus_epi16(v, v));
#else
    for (int k = 0; k < 8; ++k)
        w[k] = static_cast<char>(p[k]);
#endif
    return w + 8;
}

} // namespace

JsonWriter::JsonWriter(QByteArray& out) : m_out(out)
{
    if (m_out.isEmpty() && m_out.capacity() == 0)
        return;
    // Write into the room the array already has.
    const qsizetype used = m_out.size();
    m_out.resize(std::max(used, m_out.capacity()));
    m_cursor = m_out.data() + used;
    m_end = m_out.data() + m_out.size();
}

JsonWriter::~JsonWriter()
{
    m_out.resize(m_cursor == nullptr ? m_out.size() : m_cursor - m_out.data());
}

void JsonWriter::grow(qsizetype bytes)
{
    const qsizetype used = m_cursor == nullptr ? m_out.size() : m_cursor - m_out.data();
    m_out.resize(std::max(used + bytes, 2 * m_out.size() + 256));
    m_cursor = m_out.data() + used;
    m_end = m_out.data() + m_out.size();
}

void JsonWriter::raw(std::string_view text)
{
    const auto length = static_cast<qsizetype>(text.size());
    room(length);
    std::memcpy(m_cursor, text.data(), text.size());
    m_cursor += length;
}

void JsonWriter::string(std::string_view utf8)
{
    const char* p = utf8.data();
    const char* const end = p + utf8.size();
    room(static_cast<qsizetype>(utf8.size()) + 2);
    *m_cursor++ = '"';
    while (true) {
        const char* special = findSpecial(p, end);
        const qsizetype run = special - p;
        room(run + kLongestEscape + 1);
        std::memcpy(m_cursor, p, static_cast<std::size_t>(run));
        m_cursor += run;
        if (special == end)
            break;
        m_cursor = writeEscape(m_cursor, static_cast<unsigned char>(*special));
        p = special + 1;
    }
    *m_cursor++ = '"';
}

void JsonWriter::string(QStringView text)
{
    const char16_t* p = text.utf16();
    const qsizetype length = text.size();
    // Each UTF-16 unit takes at most an escape's 6 bytes, or 3 (4 for a surrogate pair).
    room(kLongestEscape * length + 2);
    char* w = m_cursor;
    *w++ = '"';
    for (qsizetype i = 0; i < length; ++i) {
        // Most of what is written from UTF-16 is URLs and names: eight units at a time while
        // they need neither an escape nor more than one byte.
        while (i + 8 <= length && isPlainAsciiBlock(p + i)) {
            w = narrowedBlock(p + i, w);
            i += 8;
        }
        if (i >= length)
            break;
        const char16_t c = p[i];
        if (c < 0x80) {
            if (isSpecial(static_cast<unsigned char>(c)))
                w = writeEscape(w, static_cast<unsigned char>(c));
            else
                *w++ = static_cast<char>(c);
        } else if (c < 0x800) {
            *w++ = static_cast<char>(0xC0 | (c >> 6));
            *w++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0xD800 || c > 0xDFFF) {
            *w++ = static_cast<char>(0xE0 | (c >> 12));
            *w++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *w++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0xDC00 && i + 1 < length && p[i + 1] >= 0xDC00 && p[i + 1] <= 0xDFFF) {
            const char32_t u = 0x10000 + ((char32_t(c) - 0xD800) << 10) + (p[i + 1] - 0xDC00);
            *w++ = static_cast<char>(0xF0 | (u >> 18));
            *w++ = static_cast<char>(0x80 | ((u >> 12) & 0x3F));
            *w++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *w++ = static_cast<char>(0x80 | (u & 0x3F));
            ++i;
        } else {
            // A lone surrogate: whatever QStringEncoder makes of it, from the start again.
            stringThroughEncoder(text);
            return;
        }
    }
    *w++ = '"';
    m_cursor = w;
}

void JsonWriter::stringThroughEncoder(QStringView text)
{
    QStringEncoder encoder(QStringEncoder::Utf8);
    const QByteArray utf8 = encoder.encode(text);
    string(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

void JsonWriter::integer(qint64 value)
{
    room(24);
    m_cursor = std::to_chars(m_cursor, m_end, value).ptr;
}

void JsonWriter::number(double value)
{
    room(32);
    // Feeds' numbers are mostly whole or in a few decimals (an episode number, a chapter's
    // "846.25"): below 100000 in size, std::to_chars's shortest form of the double nearest
    // k/1000 is k/1000 written plainly without trailing zeros ("-0" aside), and writing it
    // costs a tenth of the general search.
    if (value > -1e5 && value < 1e5) {
        const double scaled = value * 1000;
        auto k = static_cast<qint64>(scaled < 0 ? scaled - 0.5 : scaled + 0.5);
        if (static_cast<double>(k) / 1000 == value && (k != 0 || !std::signbit(value))) {
            if (k < 0) {
                *m_cursor++ = '-';
                k = -k;
            }
            m_cursor = std::to_chars(m_cursor, m_end, k / 1000).ptr;
            if (const auto fraction = static_cast<int>(k % 1000); fraction != 0) {
                *m_cursor++ = '.';
                *m_cursor++ = static_cast<char>('0' + fraction / 100);
                if (fraction % 100 != 0)
                    *m_cursor++ = static_cast<char>('0' + fraction / 10 % 10);
                if (fraction % 10 != 0)
                    *m_cursor++ = static_cast<char>('0' + fraction % 10);
            }
            return;
        }
    }
    const std::to_chars_result result = std::to_chars(m_cursor, m_end, value);
    if (!std::isfinite(value) || result.ec != std::errc())
        *m_cursor++ = '0';
    else
        m_cursor = result.ptr;
}

} // namespace ondes
