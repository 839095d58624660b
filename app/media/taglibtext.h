#pragma once

// Conversions between TagLib's strings and byte vectors and Qt's, shared by the tag readers.

#include <QByteArray>
#include <QString>

#include <taglib/tbytevector.h>
#include <taglib/tstring.h>

namespace ondes {

inline QString fromTagString(const TagLib::String& text)
{
    return QString::fromStdString(text.to8Bit(true)).trimmed();
}

inline TagLib::String toTagString(const QString& text)
{
    return TagLib::String(text.toStdString(), TagLib::String::UTF8);
}

inline QByteArray fromByteVector(const TagLib::ByteVector& data)
{
    return QByteArray(data.data(), qsizetype(data.size()));
}

inline TagLib::ByteVector toByteVector(const QByteArray& data)
{
    return TagLib::ByteVector(data.constData(), static_cast<unsigned int>(data.size()));
}

inline TagLib::ByteVector toByteVector(const char* text)
{
    return TagLib::ByteVector(text);
}

} // namespace ondes
