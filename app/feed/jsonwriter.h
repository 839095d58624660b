#pragma once

// JsonWriter appends compact JSON tokens to a QByteArray: punctuation, escaped strings (from
// UTF-8 or UTF-16), numbers. It writes through a pointer into room it reserves ahead (the
// array's size runs ahead of the JSON meanwhile) and cuts the array to what it wrote when it is
// destroyed: a feed's JSON is tens of megabytes written a few bytes at a time, and a
// QByteArray::append per token costs more than the bytes it copies.

#include <QByteArray>
#include <QStringView>

#include <cstring>
#include <string_view>

namespace ondes {

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray& out);
    ~JsonWriter();
    JsonWriter(const JsonWriter&) = delete;
    JsonWriter& operator=(const JsonWriter&) = delete;

    void raw(char c)
    {
        room(1);
        *m_cursor++ = c;
    }
    void raw(std::string_view text);
    // An object member's name and its colon, after a comma when `comma`: `,"name":`. The name
    // is written as it is (the caller's own, needing no escape).
    void key(std::string_view name, bool comma)
    {
        room(static_cast<qsizetype>(name.size()) + 4);
        *m_cursor = ',';
        m_cursor += comma ? 1 : 0;
        *m_cursor++ = '"';
        std::memcpy(m_cursor, name.data(), name.size());
        m_cursor += name.size();
        *m_cursor++ = '"';
        *m_cursor++ = ':';
    }
    // A string literal, quotes included: control characters, '"' and '\' escaped.
    void string(std::string_view utf8);
    // The same from UTF-16, encoded as QStringEncoder encodes it.
    void string(QStringView text);
    void integer(qint64 value);
    // Shortest round-trip form (std::to_chars); 0 for NaN and infinities.
    void number(double value);

private:
    void room(qsizetype bytes)
    {
        if (m_end - m_cursor < bytes)
            grow(bytes);
    }
    void grow(qsizetype bytes);
    void escape(unsigned char c);
    void stringThroughEncoder(QStringView text);

    QByteArray& m_out;
    char* m_cursor = nullptr; // where the next byte goes, inside m_out
    char* m_end = nullptr;    // the end of m_out's current size
};

} // namespace ondes
