#include "feed/feedtext.h"

#include "feed/htmlentities.h"

#include <array>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes {

namespace {

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of the white space at text[i]: 1 for ASCII, 2 for U+00A0, 0 otherwise.
std::size_t spaceAt(std::string_view text, std::size_t i)
{
    const auto c = static_cast<unsigned char>(text[i]);
    if (isSpace(c))
        return 1;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0)
        return 2;
    return 0;
}

bool isAsciiAlpha(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

bool isAsciiAlnum(unsigned char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9');
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) | 0x20) != static_cast<unsigned char>(prefix[i]))
            return false;
    }
    return true;
}

void collapseBlankLines(std::string& out, std::size_t from)
{
    // Three or more line-break characters in a row keep only the first two.
    std::size_t write = from;
    std::size_t run = 0;
    for (std::size_t read = from; read < out.size(); ++read) {
        const char c = out[read];
        if (c == '\n' || c == '\r') {
            if (++run > 2)
                continue;
        } else {
            run = 0;
        }
        out[write++] = c;
    }
    out.resize(write);
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
        if (isSpace(c))
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

bool looksLikeHtml(std::string_view text)
{
    const std::size_t lastGt = text.rfind('>');
    if (lastGt == std::string_view::npos)
        return false;
    std::size_t i = 0;
    while (true) {
        const void* found = std::memchr(text.data() + i, '<', lastGt - i);
        if (found == nullptr)
            return false;
        i = static_cast<std::size_t>(static_cast<const char*>(found) - text.data()) + 1;
        if (i >= text.size() || !isAsciiAlpha(static_cast<unsigned char>(text[i])))
            continue;
        std::size_t j = i + 1;
        while (j < text.size() && isAsciiAlnum(static_cast<unsigned char>(text[j])))
            ++j;
        if (j >= text.size())
            return false;
        const auto c = static_cast<unsigned char>(text[j]);
        if (c == '>' || (c == '/' && j + 1 < text.size() && text[j + 1] == '>'))
            return true;
        if (isSpace(c) && lastGt > j)
            return true;
    }
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

void appendDecodedEntities(std::string_view text, std::string& out)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t amp = text.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(text.substr(i));
            return;
        }
        out.append(text.substr(i, amp - i));
        // An entity name is short: look for its ';' nearby only.
        const std::size_t semicolon = text.substr(amp, 34).find(';');
        if (semicolon == std::string_view::npos || semicolon < 2) {
            out.push_back('&');
            i = amp + 1;
            continue;
        }
        const std::string_view name = text.substr(amp + 1, semicolon - 1);
        i = amp + semicolon + 1;
        if (name[0] == '#') {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            char32_t value = 0;
            bool ok = name.size() > (hex ? 2u : 1u);
            for (std::size_t k = hex ? 2 : 1; ok && k < name.size(); ++k) {
                const auto c = static_cast<unsigned char>(name[k]);
                int digit = -1;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                    digit = (c | 0x20) - 'a' + 10;
                if (digit < 0)
                    ok = false;
                else
                    value = std::min<char32_t>(value * (hex ? 16 : 10) + digit, 0x110000);
            }
            if (ok) {
                appendUtf8(value, out);
                continue;
            }
        } else if (name == "amp") {
            out.push_back('&');
            continue;
        } else if (name == "lt") {
            out.push_back('<');
            continue;
        } else if (name == "gt") {
            out.push_back('>');
            continue;
        } else if (name == "quot") {
            out.push_back('"');
            continue;
        } else if (name == "apos") {
            out.push_back('\'');
            continue;
        } else if (const std::string_view value = htmlEntityValue(name); !value.empty()) {
            out.append(value);
            continue;
        }
        out.append(text.substr(amp, semicolon + 1));
    }
}

void appendHtmlAsText(std::string_view html, std::string& out)
{
    const std::size_t start = out.size();
    std::size_t i = 0;
    while (i < html.size()) {
        const std::size_t lt = html.find('<', i);
        const std::size_t textEnd = lt == std::string_view::npos ? html.size() : lt;
        appendDecodedEntities(html.substr(i, textEnd - i), out);
        if (lt == std::string_view::npos)
            break;
        const std::size_t gt = html.find('>', lt);
        if (gt == std::string_view::npos) {
            appendDecodedEntities(html.substr(lt), out);
            break;
        }
        std::string_view tag = html.substr(lt + 1, gt - lt - 1);
        i = gt + 1;
        const bool closing = !tag.empty() && tag[0] == '/';
        if (closing)
            tag.remove_prefix(1);
        std::size_t nameLength = 0;
        while (nameLength < tag.size() && isAsciiAlnum(static_cast<unsigned char>(tag[nameLength])))
            ++nameLength;
        const std::string_view name = tag.substr(0, nameLength);
        auto is = [&](std::string_view wanted) {
            return name.size() == wanted.size() && startsWithIgnoringCase(name, wanted);
        };
        if (is("br") || is("ul") || is("ol") || (closing && is("li"))) {
            out.push_back('\n');
        } else if (!closing && is("li")) {
            out.append("\n * ");
        } else if (!closing && is("p")) {
            out.append("\n\n");
        } else if (!closing && (is("script") || is("style"))) {
            // Their content is not text: skip to the closing tag.
            std::size_t k = i;
            while (true) {
                k = html.find("</", k);
                if (k == std::string_view::npos) {
                    i = html.size();
                    break;
                }
                if (startsWithIgnoringCase(html.substr(k + 2), is("script") ? "script" : "style")) {
                    const std::size_t end = html.find('>', k);
                    i = end == std::string_view::npos ? html.size() : end + 1;
                    break;
                }
                k += 2;
            }
        }
    }
    collapseBlankLines(out, start);
    // Trim what this call appended.
    const std::string_view appended = trimmedText(std::string_view(out).substr(start));
    const std::size_t offset = static_cast<std::size_t>(appended.data() - out.data());
    const std::size_t length = appended.size();
    if (offset != start)
        out.erase(start, offset - start);
    out.resize(start + length);
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

void appendEscaped(std::string_view text, std::string& out, bool attribute)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            if (attribute) {
                out.append("&quot;");
                break;
            }
            [[fallthrough]];
        default:
            out.push_back(c);
        }
    }
}

} // namespace ondes
