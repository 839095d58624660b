#include "feed/feedtext.h"

#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes {

namespace {

// Length of the white space at text[i]: 1 for ASCII, 2 for U+00A0, 0 otherwise.
std::size_t spaceAt(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (isAsciiWhiteSpace(c))
        return 1;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0)
        return 2;
    return 0;
}

} // namespace

std::string_view trimmedText(std::string_view text)
{
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::size_t n = spaceAt(text, begin);
        if (n == 0)
            break;
        begin += n;
    }
    std::size_t end = text.size();
    while (end > begin) {
        const auto c = static_cast<unsigned char>(text[end - 1]);
        if (isAsciiWhiteSpace(c))
            --end;
        else if (c == 0xA0 && end - 1 > begin && static_cast<unsigned char>(text[end - 2]) == 0xC2)
            end -= 2;
        else
            break;
    }
    return text.substr(begin, end - begin);
}

namespace {

enum ByteClass : unsigned char { Ordinary, Space, LineBreak, MaybeNbsp };

constexpr std::array<unsigned char, 256> kByteClasses = [] {
    std::array<unsigned char, 256> classes{};
    for (const unsigned char c : {' ', '\t', '\f', '\v'})
        classes[c] = Space;
    classes['\n'] = LineBreak;
    classes['\r'] = LineBreak;
    classes[0xC2] = MaybeNbsp;
    return classes;
}();

// Collapses white space runs to one space, in place in out; line breaks survive when asked.
// Whether squashInto() would change the (trimmed) text: a control character, a possible
// U+00A0 or two spaces in a row. Most titles and summaries need nothing, and this check is
// several times cheaper than squashing.
bool needsSquashing(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t i = 1;
#ifdef __SSE2__
    const __m128i below = _mm_set1_epi8(0x1F);
    const __m128i nbspLead = _mm_set1_epi8(static_cast<char>(0xC2));
    const __m128i space = _mm_set1_epi8(' ');
    __m128i found = _mm_setzero_si128();
    for (; i + 16 <= text.size(); i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const __m128i previous = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i - 1));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, below), v);
        const __m128i doubled =
            _mm_and_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(previous, space));
        found = _mm_or_si128(
            found, _mm_or_si128(_mm_or_si128(control, doubled), _mm_cmpeq_epi8(v, nbspLead)));
    }
    if (_mm_movemask_epi8(found) != 0)
        return true;
#endif
    unsigned char flags = 0;
    for (; i < text.size(); ++i)
        flags |= static_cast<unsigned char>((p[i] < 0x20) | (p[i] == 0xC2) |
                                            ((p[i] == ' ') & (p[i - 1] == ' ')));
    return flags != 0;
}

void squashInto(std::string_view text, std::string& out, bool keepLines)
{
    text = trimmedText(text);
    if (!needsSquashing(text)) {
        out.append(text);
        return;
    }
    // The result is never longer than the text.
    const std::size_t start = out.size();
    out.resize(start + text.size());
    char* write = out.data() + start;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    bool pendingSpace = false;
    while (p < end) {
        const unsigned char c = *p;
        unsigned char kind = kByteClasses[c];
        if (kind == MaybeNbsp)
            kind = p + 1 < end && p[1] == 0xA0 ? Space : Ordinary;
        if (kind == Ordinary) {
            if (pendingSpace) {
                *write++ = ' ';
                pendingSpace = false;
            }
            *write++ = static_cast<char>(c);
            ++p;
        } else if (kind == LineBreak && keepLines) {
            if (pendingSpace)
                *write++ = ' ';
            pendingSpace = false;
            *write++ = static_cast<char>(c);
            ++p;
        } else {
            pendingSpace = true;
            p += c == 0xC2 ? 2 : 1;
        }
    }
    out.resize(static_cast<std::size_t>(write - out.data()));
}

} // namespace

void appendSquashed(std::string_view text, std::string& out)
{
    squashInto(text, out, false);
}

void appendSquashedKeepingLines(std::string_view text, std::string& out)
{
    squashInto(text, out, true);
}

void appendUtf8(char32_t cp, std::string& out)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

void appendRepairedUtf8(std::string_view bytes, std::string& out)
{
    // Windows-1252's 0x80-0x9F; the rest of the high half is Latin-1.
    static constexpr char16_t kHigh[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    auto continuation = [&](std::size_t at) { return at < size && (p[at] & 0xC0) == 0x80; };
    for (std::size_t i = 0; i < size;) {
        const unsigned char c = p[i];
        std::size_t length = 0;
        if (c < 0x80)
            length = 1;
        else if (c >= 0xC2 && c < 0xE0 && continuation(i + 1))
            length = 2;
        else if (c >= 0xE0 && c < 0xF0 && continuation(i + 1) && continuation(i + 2))
            length = 3;
        else if (c >= 0xF0 && c < 0xF5 && continuation(i + 1) && continuation(i + 2) &&
                 continuation(i + 3))
            length = 4;
        if (length > 0) {
            out.append(bytes.substr(i, length));
            i += length;
        } else {
            appendUtf8(c < 0xA0 ? kHigh[c - 0x80] : char32_t(c), out);
            ++i;
        }
    }
}

} // namespace ondes
