#include "feed/speakerhtml.h"

#include "feed/htmlentities.h"

#include <bit>
#include <string_view>

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

bool isBlockTag(QStringView name)
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
    if (name.isEmpty())
        return false;
    if (name.size() > 8)
        return name.compare(u"blockquote", Qt::CaseInsensitive) == 0 ||
               name.compare(u"figcaption", Qt::CaseInsensitive) == 0;
    quint64 key = 0;
    for (const QChar ch : name) {
        const char16_t c = ch.unicode();
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

// Decodes the entity starting at in[i] == '&'. Returns the index after it, or i when it is none.
qsizetype decodeEntity(const QString& in, qsizetype i, QString& out)
{
    const qsizetype semi = in.indexOf(u';', i + 1);
    if (semi < 0 || semi - i > 12)
        return i;
    const QStringView body = QStringView(in).mid(i + 1, semi - i - 1);
    if (body.startsWith(u'#')) {
        bool ok = false;
        const uint code = (body.size() > 1 && (body.at(1) == u'x' || body.at(1) == u'X'))
                              ? body.mid(2).toUInt(&ok, 16)
                              : body.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
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

} // namespace ondes::speakers
