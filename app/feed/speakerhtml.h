#pragma once

// HTML to plain text for SpeakerExtractor, which reads only the visible words of a description.

#include <QString>

#include <string>
#include <string_view>

namespace ondes::speakers {

// Tags dropped, block tags (<br>, <p>, <li>, <div>, <h1>…) turned into line breaks, <script> and
// <style> dropped with their content, entities decoded (&nbsp; becomes a space). Entities are
// decoded in plain text too, since feeds often escape twice. Not a full HTML parser: it never
// needs one, because only the visible words matter here.
QString htmlToText(const QString& input);
// htmlToText() on valid UTF-8 (isValidUtf8(), speakerchars.h), into `out` as UTF-8: the same text.
// False, `out` unspecified, for the markup only htmlToText() reads as it should (a tag name past
// ASCII, <script>, <style>, an entity of a lone surrogate): read such input as a QString.
bool htmlToTextUtf8(std::string_view input, std::string& out);

} // namespace ondes::speakers
