#pragma once

// Some servers print a blank line or a few spaces before "<?xml": XML forbids it and libxml2
// refuses the document ("XML declaration allowed only at the start"). The feed parser drops
// that white space before libxml2 sees the document.

#include <QByteArray>

namespace ondes {

// Drops the white space at the start of head, in place, keeping a byte order mark (UTF-8,
// UTF-16 LE or BE) in front of what follows, as libxml2 needs it to know the encoding. White
// space before the mark goes too. Returns true once head holds the document's first character
// (head then starts with it, or with the mark and then it); false while head is only white
// space, a mark or part of one: append the next bytes and call again.
bool dropLeadingWhitespace(QByteArray& head);

} // namespace ondes
