#include "feed/cdatabypass.h"

#include <QRandomGenerator>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <iterator>
#include <utility>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ondes {

namespace {

constexpr std::string_view kCdataOpen = "<![CDATA[";

bool isDeclarationSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool opensTagName(char c)
{
    const auto u = static_cast<unsigned char>(c);
    const unsigned char lower = u | 0x20;
    return (lower >= 'a' && lower <= 'z') || u == '_' || u == ':' || u >= 0x80;
}

std::string_view bytesOf(QByteArrayView bytes)
{
    return {bytes.data(), static_cast<std::size_t>(bytes.size())};
}

// Where `what` starts at or after from, or -1.
qsizetype findFrom(QByteArrayView input, qsizetype from, std::string_view what)
{
    const std::size_t at = bytesOf(input).find(what, static_cast<std::size_t>(from));
    return at == std::string_view::npos ? -1 : static_cast<qsizetype>(at);
}

// The first of '>', '"' or '\'' from p on, or end.
const char* findTagDelimiter(const char* p, const char* end)
{
#ifdef __SSE2__
    const __m128i gt = _mm_set1_epi8('>');
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i apostrophe = _mm_set1_epi8('\'');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit =
            _mm_or_si128(_mm_cmpeq_epi8(v, gt),
                         _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, apostrophe)));
        if (const int mask = _mm_movemask_epi8(hit); mask != 0)
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p < end && *p != '>' && *p != '"' && *p != '\'')
        ++p;
    return p;
}

// Just past the '>' that ends the tag opening at `from` ('<'), quoted values skipped; -1 when
// the input ends first.
qsizetype startTagEnd(QByteArrayView input, qsizetype from)
{
    const char* p = input.data() + from + 1;
    const char* const end = input.data() + input.size();
    while (true) {
        p = findTagDelimiter(p, end);
        if (p == end)
            return -1;
        if (*p == '>')
            return p + 1 - input.data();
        const void* closing = std::memchr(p + 1, *p, static_cast<std::size_t>(end - p - 1));
        if (closing == nullptr)
            return -1;
        p = static_cast<const char*>(closing) + 1;
    }
}

bool sameAsciiIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return (x >= 'A' && x <= 'Z' ? x | 0x20 : x) ==
                      (y >= 'A' && y <= 'Z' ? y | 0x20 : y);
           });
}

// Whether an XML declaration ("<?xml … ?>") leaves the document in UTF-8, as libxml2 reads it
// without a converter: no encoding, or "UTF-8" / "UTF8".
bool declaresUtf8(std::string_view declaration)
{
    const std::size_t at = declaration.find("encoding");
    if (at == std::string_view::npos)
        return true;
    std::size_t i = at + 8;
    while (i < declaration.size() && isDeclarationSpace(declaration[i]))
        ++i;
    if (i >= declaration.size() || declaration[i] != '=')
        return false;
    ++i;
    while (i < declaration.size() && isDeclarationSpace(declaration[i]))
        ++i;
    if (i >= declaration.size() || (declaration[i] != '"' && declaration[i] != '\''))
        return false;
    const std::size_t end = declaration.find(declaration[i], i + 1);
    if (end == std::string_view::npos)
        return false;
    const std::string_view name = declaration.substr(i + 1, end - i - 1);
    return sameAsciiIgnoringCase(name, "UTF-8") || sameAsciiIgnoringCase(name, "UTF8");
}

} // namespace

CdataBypass::CdataBypass()
{
    char key[17];
    const auto end =
        std::to_chars(key, key + sizeof key, QRandomGenerator::global()->generate64(), 16).ptr;
    m_suffix = "." + std::string(key, end);
}

CdataBypass::CdataBypass(std::string_view key) : m_suffix("." + std::string(key)) {}

QByteArrayView CdataBypass::filter(QByteArrayView chunk, bool last)
{
    if (m_mode == Mode::Off && m_pending.isEmpty())
        return chunk;
    QByteArrayView input = chunk;
    if (!m_pending.isEmpty()) {
        m_joined = std::exchange(m_pending, QByteArray());
        m_joined.append(chunk);
        input = m_joined;
    }
    m_out.resize(0);
    m_changed = false;
    m_copied = 0;
    qsizetype pos = 0;
    Step step = Step::Done;
    while (pos < input.size() && m_mode != Mode::Off && step == Step::Done) {
        step = m_mode == Mode::Content ? scanMarkup(input, pos) : scanProlog(input, pos);
    }
    qsizetype end = input.size();
    if (step == Step::NeedMore) {
        if (last || input.size() - pos > kMaxHeldBack) {
            m_mode = Mode::Off; // everything as it is, from here on
        } else {
            m_pending = input.sliced(pos).toByteArray();
            end = pos;
        }
    }
    if (!m_changed)
        return input.first(end);
    copyThrough(input, end);
    return m_out;
}

bool CdataBypass::swapOutput(QByteArrayView filtered, QByteArray& into)
{
    if (filtered.data() != m_out.constData() || filtered.size() != m_out.size())
        return false;
    into.resize(0);
    m_out.swap(into);
    return true;
}

CdataBypass::Step CdataBypass::scanProlog(QByteArrayView input, qsizetype& pos)
{
    if (m_mode == Mode::Start) {
        // A UTF-8 byte order mark, then maybe the XML declaration.
        qsizetype p = pos;
        if (input.size() - p < 9)
            return Step::NeedMore;
        if (input.sliced(p).startsWith("\xEF\xBB\xBF"))
            p += 3;
        if (input.sliced(p).startsWith("<?xml") && isDeclarationSpace(input[p + 5])) {
            const qsizetype end = findFrom(input, p, "?>");
            if (end < 0)
                return Step::NeedMore;
            if (!declaresUtf8(bytesOf(input.sliced(p, end - p)))) {
                m_mode = Mode::Off;
                return Step::Stop;
            }
            p = end + 2;
        }
        pos = p;
        m_mode = Mode::Prolog;
        return Step::Done;
    }
    while (pos < input.size() && isDeclarationSpace(input[pos]))
        ++pos;
    if (pos == input.size())
        return Step::Done;
    if (input[pos] != '<') {
        m_mode = Mode::Off;
        return Step::Stop;
    }
    if (input.size() - pos < 6)
        return Step::NeedMore;
    const QByteArrayView rest = input.sliced(pos);
    qsizetype end = -1;
    if (rest.startsWith("<!--")) {
        end = findFrom(input, pos + 4, "-->");
        if (end >= 0)
            end += 3;
    } else if (rest.startsWith("<?xml") && isDeclarationSpace(input[pos + 5])) {
        m_mode = Mode::Off; // a declaration out of place: libxml2's business
        return Step::Stop;
    } else if (rest.startsWith("<?")) {
        end = findFrom(input, pos + 2, "?>");
        if (end >= 0)
            end += 2;
    } else if (opensTagName(input[pos + 1])) {
        end = startTagEnd(input, pos);
        if (end >= 0) {
            if (input[end - 2] == '/') { // an empty root: nothing to take
                m_mode = Mode::Off;
                return Step::Stop;
            }
            m_mode = Mode::Content;
            m_depth = 1;
        }
    } else {
        m_mode = Mode::Off; // a DOCTYPE, or something libxml2 may read otherwise
        return Step::Stop;
    }
    if (end < 0)
        return Step::NeedMore;
    pos = end;
    return Step::Done;
}

CdataBypass::Step CdataBypass::scanMarkup(QByteArrayView input, qsizetype& pos)
{
    const qsizetype textStart = pos;
    const bool textContinues = std::exchange(m_textContinues, false);
    const void* lt =
        std::memchr(input.data() + pos, '<', static_cast<std::size_t>(input.size() - pos));
    if (lt == nullptr) {
        pos = input.size(); // text, all of it: the next chunk goes on with it
        m_textContinues = true;
        return Step::Done;
    }
    pos = static_cast<const char*>(lt) - input.data();
    if (input.size() - pos < qsizetype(kCdataOpen.size())) {
        m_textContinues = textContinues; // the text before pos is left as it is
        return Step::NeedMore;
    }
    const QByteArrayView rest = input.sliced(pos);
    const char next = input[pos + 1];
    const bool section =
        rest.startsWith(QByteArrayView(kCdataOpen.data(), qsizetype(kCdataOpen.size())));
    const bool comment = !section && rest.startsWith("<!--");
    if (!section && !comment && next != '?' && next != '/' && !opensTagName(next)) {
        m_mode = Mode::Off;
        return Step::Stop;
    }
    // The text before this markup, whole (a chunk's first text may go on a previous one's).
    if (!textContinues)
        replaceText(input, textStart, pos);
    qsizetype end = -1;
    if (section) {
        return scanSection(input, pos);
    } else if (comment) {
        end = findFrom(input, pos + 4, "-->");
        if (end >= 0)
            end += 3;
    } else if (next == '?') {
        end = findFrom(input, pos + 2, "?>");
        if (end >= 0)
            end += 2;
    } else if (next == '/') {
        end = findFrom(input, pos + 2, ">");
        if (end >= 0) {
            end += 1;
            if (--m_depth == 0) { // the root's end: nothing more to take
                pos = end;
                m_mode = Mode::Off;
                return Step::Stop;
            }
        }
    } else {
        end = startTagEnd(input, pos);
        if (end >= 0 && input[end - 2] != '/')
            ++m_depth;
    }
    if (end < 0)
        return Step::NeedMore;
    pos = end;
    return Step::Done;
}

void CdataBypass::replaceText(QByteArrayView input, qsizetype start, qsizetype end)
{
    if (end - start < kMinAccentedTextRun)
        return;
    const std::string_view text = bytesOf(input.sliced(start, end - start));
    if (end - start < kMinTextRun && std::none_of(text.begin(), text.end(), [](char c) {
            return static_cast<unsigned char>(c) >= 0x80;
        }))
        return;
    // No reference (libxml2 expands those), no "]]>" (an error in text), not only white space
    // (libxml2 may report that otherwise), and nothing libxml2 would read otherwise.
    if (text.find('&') != std::string_view::npos ||
        text.find_first_not_of(" \t\n") == std::string_view::npos ||
        text.find("]]>") != std::string_view::npos)
        return;
    qsizetype lines = 0;
    if (!isPlainXmlText(text, &lines))
        return;
    replace(input, start, end, text, lines);
}

CdataBypass::Step CdataBypass::scanSection(QByteArrayView input, qsizetype& pos)
{
    const qsizetype start = pos + qsizetype(kCdataOpen.size());
    const qsizetype close = findFrom(input, start, "]]>");
    if (close < 0)
        return Step::NeedMore;
    const std::string_view text = bytesOf(input.sliced(start, close - start));
    qsizetype lines = 0;
    // An empty section stays: libxml2 reports it only in some states of its buffer.
    if (!text.empty() && isPlainXmlText(text, &lines))
        replace(input, pos, close + 3, text, lines);
    pos = close + 3;
    return Step::Done;
}

void CdataBypass::replace(QByteArrayView input, qsizetype from, qsizetype to, std::string_view text,
                          qsizetype lines)
{
    copyThrough(input, from);
    char name[32];
    const auto number = m_issued % kNameCycle;
    char* nameEnd = std::to_chars(name, name + sizeof name, number).ptr;
    m_out.append('&');
    m_out.append(kEntityPrefix.data(), qsizetype(kEntityPrefix.size()));
    m_out.append(name, nameEnd - name);
    m_out.append(m_suffix.data(), qsizetype(m_suffix.size()));
    m_out.append(';');
    if (lines > 0) {
        m_out.append("<!--");
        m_out.append(QByteArray(lines, '\n'));
        m_out.append("-->");
    }
    m_sections.emplace_back(text);
    ++m_issued;
    m_copied = to;
}

void CdataBypass::copyThrough(QByteArrayView input, qsizetype upTo)
{
    m_out.append(input.sliced(m_copied, upTo - m_copied));
    m_copied = upTo;
    m_changed = true;
}

void CdataBypass::addSections(std::deque<std::string>&& sections)
{
    if (m_sections.empty())
        m_sections = std::move(sections);
    else
        std::move(sections.begin(), sections.end(), std::back_inserter(m_sections));
}

const std::string* CdataBypass::take(std::string_view name)
{
    // "ondes" digits "." key
    if (m_sections.empty() || name.size() <= kEntityPrefix.size() + m_suffix.size() ||
        name.substr(0, kEntityPrefix.size()) != kEntityPrefix ||
        name.substr(name.size() - m_suffix.size()) != m_suffix)
        return nullptr;
    const std::string_view digits =
        name.substr(kEntityPrefix.size(), name.size() - kEntityPrefix.size() - m_suffix.size());
    qsizetype number = -1;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
    if (error != std::errc() || end != digits.data() + digits.size() ||
        number != m_taken % kNameCycle)
        return nullptr;
    m_current = std::move(m_sections.front());
    m_sections.pop_front();
    ++m_taken;
    return &m_current;
}

} // namespace ondes
