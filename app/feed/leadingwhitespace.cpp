#include "feed/leadingwhitespace.h"

#include <QByteArrayView>

namespace ondes {

namespace {

enum class CodeUnit { Byte, Utf16Le, Utf16Be };

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Whether the code unit at offset is white space (the caller checked it is all there).
bool isSpaceAt(const QByteArray& text, qsizetype offset, CodeUnit unit)
{
    switch (unit) {
    case CodeUnit::Byte:
        return isXmlSpace(text[offset]);
    case CodeUnit::Utf16Le:
        return text[offset + 1] == '\0' && isXmlSpace(text[offset]);
    case CodeUnit::Utf16Be:
        return text[offset] == '\0' && isXmlSpace(text[offset + 1]);
    }
    return false;
}

// Whether text is the start of a byte order mark and more bytes could complete it.
bool isPartialMark(QByteArrayView text)
{
    return text == QByteArrayView("\xEF") || text == QByteArrayView("\xEF\xBB") ||
           text == QByteArrayView("\xFF") || text == QByteArrayView("\xFE");
}

} // namespace

bool dropLeadingWhitespace(QByteArray& head)
{
    qsizetype markStart = 0;
    while (markStart < head.size() && isXmlSpace(head[markStart]))
        ++markStart;
    const QByteArrayView rest = QByteArrayView(head).sliced(markStart);
    CodeUnit unit = CodeUnit::Byte;
    qsizetype markSize = 0;
    if (rest.startsWith("\xEF\xBB\xBF")) {
        markSize = 3;
    } else if (rest.startsWith("\xFF\xFE")) {
        markSize = 2;
        unit = CodeUnit::Utf16Le;
    } else if (rest.startsWith("\xFE\xFF")) {
        markSize = 2;
        unit = CodeUnit::Utf16Be;
    } else if (isPartialMark(rest)) {
        head.remove(0, markStart);
        return false;
    }
    const qsizetype unitSize = unit == CodeUnit::Byte ? 1 : 2;
    qsizetype start = markStart + markSize;
    while (start + unitSize <= head.size() && isSpaceAt(head, start, unit))
        start += unitSize;
    const bool found = start + unitSize <= head.size();
    if (markStart > 0 || start > markStart + markSize) {
        QByteArray kept;
        kept.reserve(markSize + head.size() - start);
        kept.append(QByteArrayView(head).sliced(markStart, markSize));
        kept.append(QByteArrayView(head).sliced(start));
        head = std::move(kept);
    }
    return found;
}

} // namespace ondes
