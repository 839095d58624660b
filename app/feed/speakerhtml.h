#pragma once

// HTML to plain text for SpeakerExtractor, which reads only the visible words of a description.

#include <QString>

namespace ondes::speakers {

// Tags dropped, block tags (<br>, <p>, <li>, <div>, <h1>…) turned into line breaks, <script> and
// <style> dropped with their content, entities decoded (&nbsp; becomes a space). Entities are
// decoded in plain text too, since feeds often escape twice. Not a full HTML parser: it never
// needs one, because only the visible words matter here.
QString htmlToText(const QString& input);

} // namespace ondes::speakers
