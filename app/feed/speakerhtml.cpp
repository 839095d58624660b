#include "feed/speakerhtml.h"

#include "feed/htmlentities.h"
#include "feed/speakerchars.h"

#include <bit>
#include <string_view>
#include <type_traits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes::speakers {
namespace {

bool looksLikeHtml(const QString& s)
{
    for (qsizetype i = s.indexOf(u'<'); i >= 0 && i + 1 < s.size(); i = s.indexOf(u'<', i + 1)) {
        const QChar next = s.at(i + 1);
        if (next.isLetter() || next == u'/' || next == u'!')
            return true;
    }
    return false;
}

// Up to eight ASCII letters packed into an integer, lower case; 0 for anything else.
constexpr quint64 packedTagName(std::string_view name)
{
    quint64 key = 0;
    for (const char c : name)
        key = key << 8 | quint8(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return key;
}

// Whether a name equals `lower` (ASCII lower case) in any case; `name` is ASCII.
bool equalsIgnoringCase(std::string_view name, std::string_view lower)
{
    if (name.size() != lower.size())
        return false;
    for (size_t k = 0; k < name.size(); ++k) {
        const char c = name[k];
        if ((c >= 'A' && c <= 'Z' ? char(c + 32) : c) != lower[k])
            return false;
    }
    return true;
}

// `Name`: QStringView, or std::string_view of ASCII letters and digits (htmlToTextUtf8()).
template <typename Name> bool isBlockTag(Name name)
{
    // Called for every tag of every description: no allocation, no string comparison.
    static constexpr quint64 blocks[] = {
        packedTagName("br"),     packedTagName("p"),       packedTagName("div"),
        packedTagName("li"),     packedTagName("ul"),      packedTagName("ol"),
        packedTagName("h1"),     packedTagName("h2"),      packedTagName("h3"),
        packedTagName("h4"),     packedTagName("h5"),      packedTagName("h6"),
        packedTagName("tr"),     packedTagName("td"),      packedTagName("th"),
        packedTagName("dd"),     packedTagName("dt"),      packedTagName("hr"),
        packedTagName("table"),  packedTagName("section"), packedTagName("header"),
        packedTagName("footer"), packedTagName("article"), packedTagName("pre"),
        packedTagName("figure")};
    if (name.empty())
        return false;
    if (name.size() > 8) {
        if constexpr (std::is_same_v<Name, QStringView>)
            return name.compare(u"blockquote", Qt::CaseInsensitive) == 0 ||
                   name.compare(u"figcaption", Qt::CaseInsensitive) == 0;
        else
            return equalsIgnoringCase(name, "blockquote") || equalsIgnoringCase(name, "figcaption");
    }
    quint64 key = 0;
    for (const auto ch : name) {
        char16_t c;
        if constexpr (std::is_same_v<Name, QStringView>)
            c = ch.unicode();
        else
            c = char16_t(static_cast<unsigned char>(ch));
        if (c >= 0x80)
            return false;
        key = key << 8 | quint8(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
    for (const quint64 block : blocks) {
        if (block == key)
            return true;
    }
    return false;
}

// A numeric entity's body ("#233", "#xE9"): its code point, or 0 when it is none.
uint numericEntityCode(QStringView body)
{
    bool ok = false;
    const uint code = (body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X'))
                          ? body.mid(2).toUInt(&ok, 16)
                          : body.mid(1).toUInt(&ok, 10);
    return !ok || code > 0x10FFFF ? 0 : code;
}

// Decodes the entity starting at in[i] == '&'. Returns the index after it, or i when it is none.
qsizetype decodeEntity(const QString& in, qsizetype i, QString& out)
{
    const qsizetype semi = in.indexOf(u';', i + 1);
    if (semi < 0 || semi - i > 12)
        return i;
    const QStringView body = QStringView(in).mid(i + 1, semi - i - 1);
    if (body.startsWith(u'#')) {
        const uint code = numericEntityCode(body);
        if (code == 0)
            return i;
        if (code == 0xA0 || code == 0x202F || code == 0x2009)
            out += u' ';
        else if (code != 0xAD) {
            const char32_t point = code;
            out += QString::fromUcs4(&point, 1);
        }
        return semi + 1;
    }
    if (body.size() > 10)
        return i;
    char name[12] = {};
    for (qsizetype k = 0; k < body.size(); ++k) {
        if (body.at(k).unicode() > 0x7F || !body.at(k).isLetterOrNumber())
            return i;
        name[k] = static_cast<char>(body.at(k).unicode());
    }
    const std::string_view value = htmlEntityValue(std::string_view(name, size_t(body.size())));
    if (value.empty())
        return i;
    if (value != "\xc2\xad") // soft hyphen: invisible, and it would split words
        out += QString::fromUtf8(value.data(), qsizetype(value.size()));
    return semi + 1;
}

// Index after the '>' closing the tag opened at i, skipping quoted attribute values.
qsizetype tagEnd(const QString& in, qsizetype i)
{
    QChar quote;
    for (qsizetype j = i + 1; j < in.size(); ++j) {
        const QChar c = in.at(j);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'>') {
            return j + 1;
        }
    }
    return in.size();
}
// The first index from j on (up to n) holding '<' or '&': with SSE2, eight units at a time.
qsizetype nextMarkup(const char16_t* p, qsizetype j, qsizetype n)
{
#ifdef __SSE2__
    const __m128i open = _mm_set1_epi16(short(u'<'));
    const __m128i amp = _mm_set1_epi16(short(u'&'));
    for (; j + 8 <= n; j += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
        const int found =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(v, open), _mm_cmpeq_epi16(v, amp)));
        if (found != 0)
            return j + std::countr_zero(unsigned(found)) / 2;
    }
#endif
    while (j < n && p[j] != u'<' && p[j] != u'&')
        ++j;
    return j;
}

// The UTF-8 readings of the helpers above, for htmlToTextUtf8(): the same answers on the same
// text, indexes in bytes.
bool looksLikeHtmlUtf8(std::string_view s)
{
    const Utf8Chars chars{s};
    for (size_t i = s.find('<'); i != std::string_view::npos && i + 1 < s.size();
         i = s.find('<', i + 1)) {
        const QChar next = chars.at(qsizetype(i + 1));
        if (next.isLetter() || next == u'/' || next == u'!')
            return true;
    }
    return false;
}

// npos for an entity htmlToText() decodes to what UTF-8 cannot hold (a lone surrogate).
size_t decodeEntityUtf8(std::string_view in, size_t i, std::string& out)
{
    // htmlToText() reads no entity longer than 12 UTF-16 units up to its ';'.
    size_t semi = i + 1;
    qsizetype units = 1;
    bool ascii = true;
    for (; semi < in.size() && in[semi] != ';'; ++semi) {
        const auto b = static_cast<unsigned char>(in[semi]);
        ascii = ascii && b < 0x80;
        units += (b & 0xC0) != 0x80 ? (b >= 0xF0 ? 2 : 1) : 0;
        if (units > 12)
            return i;
    }
    if (semi >= in.size())
        return i;
    const std::string_view body = in.substr(i + 1, semi - i - 1);
    if (!body.empty() && body.front() == '#') {
        const uint code = numericEntityCode(QString::fromUtf8(body.data(), qsizetype(body.size())));
        if (code == 0)
            return i;
        if (code >= 0xD800 && code <= 0xDFFF)
            return std::string_view::npos; // a lone surrogate: there is no UTF-8 for it
        if (code == 0xA0 || code == 0x202F || code == 0x2009) {
            out += ' ';
        } else if (code != 0xAD) {
            const char32_t point = code;
            out += QString::fromUcs4(&point, 1).toStdString();
        }
        return semi + 1;
    }
    if (!ascii || body.size() > 10)
        return i;
    for (const char c : body) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return i;
    }
    const std::string_view value = htmlEntityValue(body);
    if (value.empty())
        return i;
    if (value != "\xc2\xad") // soft hyphen: invisible, and it would split words
        out += value;
    return semi + 1;
}

size_t tagEndUtf8(std::string_view in, size_t i)
{
    char quote = 0;
    for (size_t j = i + 1; j < in.size(); ++j) {
        const char c = in[j];
        if (quote != 0) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return j + 1;
        }
    }
    return in.size();
}

size_t nextMarkupUtf8(std::string_view in, size_t j)
{
    const size_t n = in.size();
#ifdef __SSE2__
    const __m128i open = _mm_set1_epi8('<');
    const __m128i amp = _mm_set1_epi8('&');
    for (; j + 16 <= n; j += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in.data() + j));
        const int found =
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, open), _mm_cmpeq_epi8(v, amp)));
        if (found != 0)
            return j + size_t(std::countr_zero(unsigned(found)));
    }
#endif
    while (j < n && in[j] != '<' && in[j] != '&')
        ++j;
    return j;
}
} // namespace

QString htmlToText(const QString& input)
{
    const bool html = looksLikeHtml(input);
    if (!html && !input.contains(u'&'))
        return input;
    QString out;
    out.reserve(input.size());
    const qsizetype n = input.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = input.at(i);
        if (c == u'<' && html && i + 1 < n) {
            if (input.at(i + 1) == u'!' && QStringView(input).mid(i, 4) == u"<!--") {
                const qsizetype close = input.indexOf(QStringLiteral("-->"), i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            qsizetype j = i + 1;
            const bool closing = input.at(j) == u'/';
            if (closing)
                ++j;
            const qsizetype nameStart = j;
            while (j < n && input.at(j).isLetterOrNumber())
                ++j;
            if (j == nameStart && input.at(j) != u'!') {
                out += c; // a lone '<', as in "a < b"
                ++i;
                continue;
            }
            const QStringView name = QStringView(input).mid(nameStart, j - nameStart);
            i = tagEnd(input, i);
            if (!closing && (name.size() == 5 || name.size() == 6) &&
                (name.compare(u"script", Qt::CaseInsensitive) == 0 ||
                 name.compare(u"style", Qt::CaseInsensitive) == 0)) {
                const qsizetype close =
                    input.indexOf(QString(u"</" % name), i, Qt::CaseInsensitive);
                i = close < 0 ? n : tagEnd(input, close);
            } else if (isBlockTag(name)) {
                out += u'\n';
            }
            continue;
        }
        if (c == u'&') {
            const qsizetype next = decodeEntity(input, i, out);
            if (next != i) {
                i = next;
                continue;
            }
        }
        // Copy the run of plain text up to the next tag or entity at once.
        const qsizetype j = nextMarkup(QStringView(input).utf16(), i + 1, n);
        out += QStringView(input).mid(i, j - i);
        i = j;
    }
    return out;
}

bool htmlToTextUtf8(std::string_view input, std::string& out)
{
    const bool html = looksLikeHtmlUtf8(input);
    if (!html && input.find('&') == std::string_view::npos) {
        out.assign(input);
        return true;
    }
    out.clear();
    out.reserve(input.size());
    const Utf8Chars chars{input};
    const size_t n = input.size();
    size_t i = 0;
    while (i < n) {
        const char c = input[i];
        if (c == '<' && html && i + 1 < n) {
            if (input[i + 1] == '!' && input.substr(i, 4) == "<!--") {
                const size_t close = input.find("-->", i + 4);
                i = close == std::string_view::npos ? n : close + 3;
                continue;
            }
            size_t j = i + 1;
            const bool closing = input[j] == '/';
            if (closing)
                ++j;
            const size_t nameStart = j;
            for (; j < n; ++j) {
                const auto b = static_cast<unsigned char>(input[j]);
                if (b >= 0x80) {
                    // A letter past ASCII in a tag name: htmlToText() compares such names
                    // by Unicode case folding ("ſcript" is "script").
                    if (chars.at(qsizetype(j)).isLetterOrNumber())
                        return false;
                    break;
                }
                if (!((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')))
                    break;
            }
            if (j == nameStart && (j >= n || input[j] != '!')) {
                out += c; // a lone '<', as in "a < b"
                ++i;
                continue;
            }
            const std::string_view name = input.substr(nameStart, j - nameStart);
            i = tagEndUtf8(input, i);
            if (!closing &&
                (equalsIgnoringCase(name, "script") || equalsIgnoringCase(name, "style")))
                return false; // dropped with their content up to a closing tag found by case
                              // folding
            if (isBlockTag(name))
                out += '\n';
            continue;
        }
        if (c == '&') {
            const size_t next = decodeEntityUtf8(input, i, out);
            if (next == std::string_view::npos)
                return false;
            if (next != i) {
                i = next;
                continue;
            }
        }
        // Copy the run of plain text up to the next tag or entity at once.
        const size_t j = nextMarkupUtf8(input, i + 1);
        out.append(input.substr(i, j - i));
        i = j;
    }
    return true;
}

} // namespace ondes::speakers
