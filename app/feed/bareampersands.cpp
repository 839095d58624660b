#include "feed/bareampersands.h"

#include "feed/feedtext.h"

#include <algorithm>
#include <array>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes {

namespace {

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isHexDigit(char c)
{
    return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// XML name characters, byte by byte: every non-ASCII byte counts as one (UTF-8 letters).
bool isNameStart(char c)
{
    return isAsciiLetter(c) || c == '_' || c == ':' || static_cast<unsigned char>(c) >= 0x80;
}

bool isNameChar(char c)
{
    return isNameStart(c) || isAsciiDigit(c) || c == '-' || c == '.';
}

// The position of the next '<' or '&' from i, or size: 16 bytes at a time where SSE2 is.
qsizetype findMarkupOrAmpersand(const char* p, qsizetype i, qsizetype size)
{
#ifdef __SSE2__
    const __m128i lessThan = _mm_set1_epi8('<');
    const __m128i ampersand = _mm_set1_epi8('&');
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const int hits = _mm_movemask_epi8(
            _mm_or_si128(_mm_cmpeq_epi8(v, lessThan), _mm_cmpeq_epi8(v, ampersand)));
        if (hits != 0)
            return i + __builtin_ctz(static_cast<unsigned>(hits));
    }
#endif
    while (i < size && p[i] != '<' && p[i] != '&')
        ++i;
    return i;
}

enum class Reference { Valid, Bare, Unknown };

// What the "&" at input[at] starts. For a valid reference, end is set after its ';'.
Reference classifyReference(QByteArrayView input, qsizetype at, bool last, qsizetype& end)
{
    const char* p = input.data();
    const qsizetype size = input.size();
    // The body ("name", "#233", "#xE9") may not be longer than kMaxReference, so the verdict
    // is the same wherever the chunks split.
    const qsizetype limit = std::min(size, at + 1 + BareAmpersands::kMaxReference);
    qsizetype i = at + 1;
    bool wellFormed = false;
    if (i < limit && p[i] == '#') {
        ++i;
        const bool hex = i < limit && (p[i] == 'x');
        if (hex)
            ++i;
        const qsizetype digits = i;
        while (i < limit && (hex ? isHexDigit(p[i]) : isAsciiDigit(p[i])))
            ++i;
        wellFormed = i > digits;
    } else if (i < limit && isNameStart(p[i])) {
        ++i;
        while (i < limit && isNameChar(p[i]))
            ++i;
        wellFormed = true;
    } else if (i < limit) {
        return Reference::Bare; // "& ", "&&", "&=": nothing that starts a reference
    }
    if (i == limit) {
        // Either the body is too long, or the chunk stops before we know.
        if (limit < size || last || limit == at + 1 + BareAmpersands::kMaxReference)
            return Reference::Bare;
        return Reference::Unknown;
    }
    if (wellFormed && p[i] == ';') {
        end = i + 1;
        return Reference::Valid;
    }
    return Reference::Bare;
}

// The encodings in which "&" or "<" is not the ASCII byte, or may be part of another character.
bool isAsciiUnsafeEncoding(QByteArrayView name)
{
    static constexpr std::array<const char*, 12> prefixes{"utf-16", "utf16",    "utf-32", "utf32",
                                                          "ucs",    "iso-2022", "utf-7",  "utf7",
                                                          "ebcdic", "ibm",      "cp037",  "cp500"};
    QByteArray lower = name.toByteArray().toLower();
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const char* prefix) { return lower.startsWith(prefix); });
}

// The encoding="…" of an XML declaration, or an empty view.
QByteArrayView declaredEncoding(QByteArrayView declaration)
{
    const qsizetype key = declaration.indexOf("encoding");
    if (key < 0)
        return {};
    qsizetype i = key + 8;
    auto skipSpace = [&] {
        while (i < declaration.size() && (declaration[i] == ' ' || declaration[i] == '\t' ||
                                          declaration[i] == '\r' || declaration[i] == '\n'))
            ++i;
    };
    skipSpace();
    if (i >= declaration.size() || declaration[i] != '=')
        return {};
    ++i;
    skipSpace();
    if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\''))
        return {};
    const char quote = declaration[i++];
    const qsizetype close = declaration.indexOf(quote, i);
    return close < 0 ? QByteArrayView() : declaration.sliced(i, close - i);
}

constexpr qsizetype kMaxDeclaration = 1024;

} // namespace

// Decides from the document's start whether it may be touched: false while it cannot tell.
bool BareAmpersands::decideEncoding(QByteArrayView input, bool last)
{
    const QByteArrayView utf8Mark("\xEF\xBB\xBF");
    if (!last && input.size() < utf8Mark.size() && utf8Mark.startsWith(input))
        return false;
    QByteArrayView text = input;
    if (text.startsWith(utf8Mark))
        text = text.sliced(utf8Mark.size());
    const QByteArrayView xmlDeclaration("<?xml");
    if (!last && text.size() < xmlDeclaration.size() && xmlDeclaration.startsWith(text))
        return false;
    if (text.isEmpty() || text[0] != '<' || (text.size() > 1 && text[1] == '\0')) {
        // UTF-16 or UTF-32 (with or without a byte order mark), EBCDIC, or not XML at all.
        m_state = State::Off;
        return true;
    }
    if (text.startsWith(xmlDeclaration)) {
        const QByteArrayView head = text.first(std::min(text.size(), kMaxDeclaration));
        const qsizetype close = head.indexOf("?>");
        if (close < 0 && !last && text.size() < kMaxDeclaration)
            return false;
        if (close >= 0 && isAsciiUnsafeEncoding(declaredEncoding(head.first(close)))) {
            m_state = State::Off;
            return true;
        }
    }
    m_state = State::Text;
    return true;
}

// Looks for terminator from `from`. Found: sets the state back to Text and returns the position
// after it. Not found: returns where the bytes to keep for the next chunk start (the size of
// input when there are none).
qsizetype BareAmpersands::skipTo(QByteArrayView input, qsizetype from, QByteArrayView terminator,
                                 bool last)
{
    const char* p = input.data();
    const qsizetype size = input.size();
    qsizetype i = from;
    while (i < size) {
        const void* hit = std::memchr(p + i, terminator[0], static_cast<std::size_t>(size - i));
        if (hit == nullptr)
            return size;
        i = static_cast<const char*>(hit) - p;
        const QByteArrayView rest = input.sliced(i);
        if (rest.startsWith(terminator)) {
            m_state = State::Text;
            return i + terminator.size();
        }
        if (!last && rest.size() < terminator.size() && terminator.startsWith(rest))
            return i;
        ++i;
    }
    return size;
}

// Scans input from the current state, noting the bare "&"s; returns how many bytes are judged.
qsizetype BareAmpersands::scan(QByteArrayView input, bool last)
{
    const char* p = input.data();
    const qsizetype size = input.size();
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Cdata:
            i = skipTo(input, i, "]]>", last);
            if (m_state == State::Cdata)
                return i;
            continue;
        case State::Comment:
            i = skipTo(input, i, "-->", last);
            if (m_state == State::Comment)
                return i;
            continue;
        case State::ProcessingInstruction:
            i = skipTo(input, i, "?>", last);
            if (m_state == State::ProcessingInstruction)
                return i;
            continue;
        case State::Start:
        case State::Off:
            return size;
        case State::Text:
            break;
        }
        i = findMarkupOrAmpersand(p, i, size);
        if (i == size)
            return size;
        if (p[i] == '<') {
            if (i + 1 == size)
                return last ? size : i;
            if (p[i + 1] != '?' && p[i + 1] != '!') {
                ++i; // a tag: attribute values are text like any other
                continue;
            }
            const QByteArrayView rest = input.sliced(i);
            if (rest[1] == '?') {
                m_state = State::ProcessingInstruction;
                i += 2;
            } else if (rest.startsWith("<!--")) {
                m_state = State::Comment;
                i += 4;
            } else if (rest.startsWith("<![CDATA[")) {
                m_state = State::Cdata;
                i += 9;
            } else if (!last && (QByteArrayView("<!--").startsWith(rest) ||
                                 QByteArrayView("<![CDATA[").startsWith(rest))) {
                return i;
            } else {
                ++i;
            }
            continue;
        }
        qsizetype end = i + 1;
        switch (classifyReference(input, i, last, end)) {
        case Reference::Valid:
            i = end;
            break;
        case Reference::Bare:
            m_inserts.push_back(++i);
            break;
        case Reference::Unknown:
            return i;
        }
    }
    return size;
}

QByteArrayView BareAmpersands::filter(QByteArrayView chunk, bool last)
{
    QByteArrayView input = chunk;
    if (!m_pending.isEmpty()) {
        m_pending.append(chunk);
        m_joined.swap(m_pending);
        m_pending.clear();
        input = m_joined;
    }
    if (m_state == State::Start && !decideEncoding(input, last)) {
        m_pending = input.toByteArray();
        return {};
    }
    if (m_state == State::Off)
        return input;
    m_inserts.clear();
    const qsizetype judged = scan(input, last);
    if (judged < input.size())
        m_pending = input.sliced(judged).toByteArray();
    if (m_inserts.empty())
        return input.first(judged);
    m_repairedCount += static_cast<qsizetype>(m_inserts.size());
    m_out.resize(0);
    m_out.reserve(judged + 4 * static_cast<qsizetype>(m_inserts.size()));
    qsizetype from = 0;
    for (const qsizetype at : m_inserts) {
        m_out.append(input.sliced(from, at - from));
        m_out.append("amp;");
        from = at;
    }
    m_out.append(input.sliced(from, judged - from));
    return m_out;
}

} // namespace ondes
