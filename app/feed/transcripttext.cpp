#include "feed/transcripttext.h"

#include "feed/htmlentities.h"

#include <QStringList>

#include <array>

namespace ondes::transcripttext {

namespace {

// The digits at the start of text as a number; -1 when none or too many.
qint64 digitsValue(QStringView text, int maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return -1;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Labels that sit before a colon in transcripts and are no one's name.
constexpr std::array kLabels = {
    u"note",       u"notes",   u"warning", u"update",   u"edit",    u"source",   u"sources",
    u"transcript", u"summary", u"chapter", u"time",     u"date",    u"link",     u"links",
    u"http",       u"https",   u"music",   u"applause", u"caption", u"captions", u"language",
};

// Lower-case words that may sit inside a name.
constexpr std::array kParticles = {
    u"de", u"du",  u"des",   u"la",  u"le",  u"van", u"von", u"der", u"den", u"da",
    u"di", u"del", u"della", u"dos", u"das", u"bin", u"ibn", u"al",  u"el",  u"ter",
};

template <std::size_t N>
bool contains(const std::array<const char16_t*, N>& words, QStringView word)
{
    for (const char16_t* candidate : words) {
        if (word.compare(QStringView(candidate), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isNameCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'\'' || c == u'\u2019' ||
           c.category() == QChar::Mark_NonSpacing;
}

void appendCodePoint(QString& out, char32_t codePoint)
{
    if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        out += QChar::ReplacementCharacter;
    else
        out += QString::fromUcs4(&codePoint, 1);
}

// The reference at text[at] ('&') decoded into out; returns the characters it took, 0 when
// there is no reference there.
qsizetype decodeReference(QStringView text, qsizetype at, QString& out)
{
    const qsizetype semicolon = text.indexOf(u';', at + 1);
    if (semicolon < 0 || semicolon - at > 40)
        return 0;
    const QStringView name = text.sliced(at + 1, semicolon - at - 1);
    if (name.size() >= 2 && name.front() == u'#') {
        const bool hex = name.at(1) == u'x' || name.at(1) == u'X';
        const QStringView digits = name.sliced(hex ? 2 : 1);
        if (digits.isEmpty() || digits.size() > 8)
            return 0;
        bool ok = false;
        const uint value = digits.toUInt(&ok, hex ? 16 : 10);
        if (!ok)
            return 0;
        appendCodePoint(out, value);
        return semicolon - at + 1;
    }
    const QByteArray ascii = name.toLatin1();
    const std::string_view value = htmlEntityValue(std::string_view(ascii.data(), ascii.size()));
    if (value.empty()) {
        if (name == u"apos") {
            out += u'\'';
            return semicolon - at + 1;
        }
        return 0;
    }
    out += QString::fromUtf8(value.data(), qsizetype(value.size()));
    return semicolon - at + 1;
}

} // namespace

QString normalizedLines(QStringView text)
{
    if (text.startsWith(u'\uFEFF'))
        text = text.sliced(1);
    QString normalized = text.toString();
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(u'\r', u'\n');
    return normalized;
}

qint64 parseClock(QStringView text)
{
    text = text.trimmed();
    qsizetype fractionAt = -1;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        if (text.at(i) == u'.' || text.at(i) == u',') {
            fractionAt = i;
            break;
        }
        if (text.at(i) == u':')
            break;
    }
    qint64 fractionMs = 0;
    QStringView clock = text;
    if (fractionAt >= 0) {
        const QStringView fraction = text.sliced(fractionAt + 1);
        if (fraction.isEmpty() || fraction.size() > 9 || digitsValue(fraction, 9) < 0)
            return -1;
        QString three = fraction.left(3).toString();
        while (three.size() < 3)
            three += u'0';
        fractionMs = digitsValue(three, 3);
        clock = text.first(fractionAt);
    }
    const QList<QStringView> parts = clock.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return -1;
    const qint64 seconds = digitsValue(parts.last(), 2);
    const qint64 minutes = digitsValue(parts.at(parts.size() - 2), parts.size() == 3 ? 2 : 4);
    const qint64 hours = parts.size() == 3 ? digitsValue(parts.first(), 5) : 0;
    if (seconds < 0 || seconds > 59 || minutes < 0 || hours < 0)
        return -1;
    if (parts.size() == 3 && minutes > 59)
        return -1;
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + fractionMs;
}

QString decodeEntities(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            const qsizetype taken = decodeReference(text, i, out);
            if (taken > 0) {
                i += taken - 1;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

QString plainText(QStringView markup)
{
    QString stripped;
    stripped.reserve(markup.size());
    for (qsizetype i = 0; i < markup.size(); ++i) {
        const QChar c = markup.at(i);
        if (c == u'<') {
            const qsizetype close = markup.indexOf(u'>', i + 1);
            // A '<' that opens no tag ("x < y") is text.
            if (close > i + 1 && !markup.at(i + 1).isSpace()) {
                i = close;
                continue;
            }
        } else if (c == u'{' && i + 1 < markup.size() && markup.at(i + 1) == u'\\') {
            const qsizetype close = markup.indexOf(u'}', i + 2);
            if (close > 0) {
                i = close;
                continue;
            }
        }
        stripped += c;
    }
    const QString decoded = decodeEntities(stripped);
    QStringList lines;
    for (const QStringView line : QStringView(decoded).split(u'\n')) {
        QString simple = line.toString().simplified();
        if (!simple.isEmpty())
            lines << simple;
    }
    return lines.join(u'\n');
}

bool looksLikeSpeakerName(QStringView text)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > 48)
        return false;
    const QList<QStringView> words = text.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 4)
        return false;
    bool capitalised = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = words.at(i);
        for (const QChar c : word) {
            if (!isNameCharacter(c))
                return false;
        }
        if (word.front().isUpper()) {
            capitalised = true;
            continue;
        }
        if (i > 0 && digitsValue(word, 3) >= 0)
            continue; // "Speaker 2"
        if (i > 0 && i + 1 < words.size() && contains(kParticles, word))
            continue;
        return false;
    }
    if (!capitalised || !words.front().front().isLetter())
        return false;
    return !(words.size() == 1 && contains(kLabels, words.front()));
}

LeadingParts readLeadingParts(QStringView line, bool withTime)
{
    LeadingParts parts;
    line = line.trimmed();
    if (withTime && !line.isEmpty()) {
        const QChar open = line.front();
        const QChar close = open == u'[' ? u']' : (open == u'(' ? u')' : QChar());
        qsizetype end = -1;
        qint64 time = -1;
        if (!close.isNull()) {
            end = line.indexOf(close);
            if (end > 0)
                time = parseClock(line.sliced(1, end - 1));
            ++end;
        } else {
            end = 0;
            while (end < line.size() && !line.at(end).isSpace())
                ++end;
            QStringView token = line.first(end);
            if (token.endsWith(u'-'))
                token.chop(1);
            if (token.contains(u':'))
                time = parseClock(token);
        }
        if (time >= 0) {
            parts.timeMs = time;
            line = line.sliced(end).trimmed();
            if (line.startsWith(u'-') || line.startsWith(u'\u2013') || line.startsWith(u'|'))
                line = line.sliced(1).trimmed();
        }
    }
    QStringView rest = line;
    if (rest.startsWith(u"- ") || rest.startsWith(u"\u2013 ") || rest.startsWith(u"\u2014 "))
        rest = rest.sliced(2).trimmed();
    const qsizetype colon = rest.indexOf(u':');
    if (colon > 0 && (colon + 1 == rest.size() || rest.at(colon + 1).isSpace()) &&
        looksLikeSpeakerName(rest.first(colon))) {
        parts.speaker = rest.first(colon).trimmed().toString();
        line = rest.sliced(colon + 1).trimmed();
    }
    parts.text = line.toString();
    return parts;
}

} // namespace ondes::transcripttext
