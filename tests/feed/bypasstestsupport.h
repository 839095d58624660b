#pragma once

// What CdataBypass makes of a whole document fed to it in pieces of `chunk` bytes (the whole
// document at once when 0), for the tests of the CDATA and plain-text bypasses.

#include "feed/cdatabypass.h"

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>

namespace ondes::test {

inline QByteArray bypassedInChunks(CdataBypass& bypass, const QByteArray& document, qsizetype chunk)
{
    QByteArray out;
    if (chunk == 0)
        chunk = document.size();
    for (qsizetype offset = 0; offset < document.size(); offset += chunk) {
        const qsizetype size = std::min(chunk, document.size() - offset);
        out += bypass
                   .filter(QByteArrayView(document).sliced(offset, size),
                           offset + size == document.size())
                   .toByteArray();
    }
    return out;
}

} // namespace ondes::test
