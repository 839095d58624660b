#pragma once

// How FeedParser reads libxml2's errors: which ones a feed survives, and a message as one line.

#include <QString>

namespace ondes {

// Errors real feeds make that do not stop us once we know the document is a feed: a bare "&",
// an unknown entity, a stray control character or Latin-1 bytes in a UTF-8 document (libxml2
// then reads the rest as Latin-1), a repeated attribute. code is an xmlParserErrors value.
bool isRecoverableXmlError(int code);

// libxml2's message (which may be null and ends in a line break) as one line.
QString xmlErrorLine(const char* message);

} // namespace ondes
