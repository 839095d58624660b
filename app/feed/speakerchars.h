#pragma once

// The characters of a description as SpeakerExtractor's word rules read them, by index: UTF-16
// units (a QString's) or the bytes of valid UTF-8 (a feed's text as the parser keeps it). The
// rules are written once over either (speakertext.h, speakerprescan.cpp) and answer the same on
// the same text in either encoding.

#include <QChar>
#include <QStringView>

#include <string_view>

namespace ondes::speakers {

// UTF-16: an index is a unit's.
struct Utf16Chars
{
    QStringView text;

    qsizetype size() const { return text.size(); }
    QChar at(qsizetype i) const { return text.at(i); }
    qsizetype next(qsizetype i) const { return i + 1; }
    qsizetype prev(qsizetype i) const { return i - 1; }
    // How many UTF-16 units [b, e) holds.
    qsizetype units(qsizetype b, qsizetype e) const { return e - b; }
};

// Valid UTF-8 (isValidUtf8()): an index is the first byte of a character. A character past the
// BMP reads as one surrogate (no letter, no case, no space), as each of its two UTF-16 units
// does: the word rules stop at it the same way.
struct Utf8Chars
{
    std::string_view text;

    qsizetype size() const { return qsizetype(text.size()); }
    QChar at(qsizetype i) const
    {
        const auto b = static_cast<unsigned char>(text[size_t(i)]);
        if (b < 0x80)
            return QChar(char16_t(b));
        if (b < 0xE0)
            return QChar(char16_t((b & 0x1F) << 6 | (byte(i + 1) & 0x3F)));
        if (b < 0xF0)
            return QChar(
                char16_t((b & 0x0F) << 12 | (byte(i + 1) & 0x3F) << 6 | (byte(i + 2) & 0x3F)));
        return QChar(char16_t(0xD800));
    }
    qsizetype next(qsizetype i) const
    {
        const auto b = static_cast<unsigned char>(text[size_t(i)]);
        return i + (b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4);
    }
    qsizetype prev(qsizetype i) const
    {
        do
            --i;
        while (i > 0 && (byte(i) & 0xC0) == 0x80);
        return i;
    }
    qsizetype units(qsizetype b, qsizetype e) const
    {
        qsizetype count = 0;
        for (qsizetype k = b; k < e; ++k) {
            const unsigned char c = byte(k);
            count += (c & 0xC0) != 0x80 ? (c >= 0xF0 ? 2 : 1) : 0;
        }
        return count;
    }

private:
    unsigned char byte(qsizetype i) const { return static_cast<unsigned char>(text[size_t(i)]); }
};

// Whether `utf8` is well-formed UTF-8 (no overlong form, no surrogate, nothing past U+10FFFF,
// no cut sequence) with no byte-order mark first: then QString::fromUtf8() reads every byte as
// written, and the UTF-8 and UTF-16 readings of the text agree character for character.
bool isValidUtf8(std::string_view utf8);

} // namespace ondes::speakers
