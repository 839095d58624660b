#pragma once

// Text clean-up for feed fields, on UTF-8 bytes so that nothing is converted to QString before
// the parser knows it keeps the field. The rules follow gPodder's podcastparser.

#include <string>
#include <string_view>

namespace ondes {

constexpr bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Without leading and trailing white space (ASCII white space and U+00A0).
std::string_view trimmedText(std::string_view text);
// Runs of white space become one space; leading and trailing white space goes (titles).
void appendSquashed(std::string_view text, std::string& out);
// Like appendSquashed(), but line breaks are kept (descriptions).
void appendSquashedKeepingLines(std::string_view text, std::string& out);
// Whether the text contains something that looks like an HTML tag ("a < b" does not).
bool looksLikeHtml(std::string_view text);
// Plain text of an HTML fragment: tags removed, <br>/<p>/<li> turned into line breaks,
// entities decoded, scripts and styles dropped.
void appendHtmlAsText(std::string_view html, std::string& out);
// Decodes &#NN;, &#xHH;, the XML entities and the HTML named entities; leaves others as is.
void appendDecodedEntities(std::string_view text, std::string& out);
// Appends a code point as UTF-8 (invalid ones become U+FFFD).
void appendUtf8(char32_t codePoint, std::string& out);
// Copies valid UTF-8 and reads every byte that is not as Windows-1252: for documents that
// claim UTF-8 but are Latin-1 (libxml2 passes such bytes through after complaining).
void appendRepairedUtf8(std::string_view bytes, std::string& out);
// Escapes &, <, > (and " in attributes) for writing XHTML back as HTML.
void appendEscaped(std::string_view text, std::string& out, bool attribute);

} // namespace ondes
