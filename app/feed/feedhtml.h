#pragma once

// HTML in feed fields, on UTF-8 bytes like feedtext.h: telling whether a field is HTML, reading
// it as plain text, decoding its entities, and escaping text to write it back as HTML.

#include <string>
#include <string_view>

namespace ondes {

// Whether the text contains something that looks like an HTML tag ("a < b" does not).
bool looksLikeHtml(std::string_view text);
// Plain text of an HTML fragment: tags removed, <br>/<p>/<li> turned into line breaks,
// entities decoded, scripts and styles dropped.
void appendHtmlAsText(std::string_view html, std::string& out);
// Decodes &#NN;, &#xHH;, the XML entities and the HTML named entities; leaves others as is.
void appendDecodedEntities(std::string_view text, std::string& out);
// Escapes &, <, > (and " in attributes) for writing XHTML back as HTML.
void appendEscaped(std::string_view text, std::string& out, bool attribute);

} // namespace ondes
