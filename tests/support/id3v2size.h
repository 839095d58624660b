#pragma once

#include <QByteArray>

namespace ondes::test {

// The size of the ID3v2 tag a file's bytes start with, its footer included; 0 when there is none.
inline qint64 id3v2Size(const QByteArray& bytes)
{
    if (bytes.size() < 10 || !bytes.startsWith("ID3"))
        return 0;
    qint64 size = 0;
    for (int i = 6; i < 10; ++i)
        size = (size << 7) | (quint8(bytes[i]) & 0x7F);
    const bool footer = bytes[3] == 4 && (quint8(bytes[5]) & 0x10);
    return 10 + size + (footer ? 10 : 0);
}

} // namespace ondes::test
