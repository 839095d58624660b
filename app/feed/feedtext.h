#pragma once

// Text clean-up for feed fields, on UTF-8 bytes so that nothing is converted to QString before
// the parser knows it keeps the field. The rules follow gPodder's podcastparser. HTML in a
// field (tags, entities) is feedhtml.h's.

#include <string>
#include <string_view>

namespace ondes {

constexpr bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// ASCII white space (U+00A0, two bytes in UTF-8, is not one byte to test).
constexpr bool isAsciiWhiteSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Without leading and trailing white space (ASCII white space and U+00A0).
std::string_view trimmedText(std::string_view text);
// Runs of white space become one space; leading and trailing white space goes (titles).
void appendSquashed(std::string_view text, std::string& out);
// Like appendSquashed(), but line breaks are kept (descriptions).
void appendSquashedKeepingLines(std::string_view text, std::string& out);
// Appends a code point as UTF-8 (invalid ones become U+FFFD).
void appendUtf8(char32_t codePoint, std::string& out);
// Copies valid UTF-8 and reads every byte that is not as Windows-1252: for documents that
// claim UTF-8 but are Latin-1 (libxml2 passes such bytes through after complaining).
void appendRepairedUtf8(std::string_view bytes, std::string& out);

} // namespace ondes
