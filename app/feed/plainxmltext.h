#pragma once

// Text libxml2 would read exactly as it is: what CdataBypass may take around it.

#include <QtGlobal>

#include <string_view>

namespace ondes {

// Whether the bytes are valid UTF-8 made only of characters XML allows, without a carriage
// return (libxml2 would then read them as they are). When they are, *lineBreaks (if given) is
// set to how many newlines they hold.
bool isPlainXmlText(std::string_view bytes, qsizetype* lineBreaks = nullptr);

} // namespace ondes
