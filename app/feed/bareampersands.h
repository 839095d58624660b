#pragma once

// Real feeds write "Q&A", "AT&T", "Society & Culture" or "?id=1&t=2" with a bare "&". XML
// forbids it, and libxml2 in recovery mode drops the "&" and the name after it ("AT&T" becomes
// "AT"). BareAmpersands stands between the document's bytes and libxml2 and writes each bare
// "&" as "&amp;", in text and in attribute values alike, so the text keeps it. A reference
// ("&amp;", "&#233;", "&#xE9;", "&eacute;", and an unknown "&name;" too) is left as it is, and
// so are CDATA sections, comments and processing instructions.
//
// Chunks may split the document anywhere: the few bytes that cannot be judged yet (an "&" whose
// name goes on, a "<!" that may open a CDATA section) wait for the next chunk.
// Only documents where "&", "<" and ";" are single ASCII bytes are touched: one in UTF-16,
// UTF-32, ISO-2022 or EBCDIC passes unchanged.

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace ondes {

class BareAmpersands
{
public:
    // The bytes to hand to libxml2 for this chunk: a view of chunk itself when nothing changed,
    // else of a buffer of this object, valid until the next call. last marks the end of the
    // document: nothing is held back then.
    QByteArrayView filter(QByteArrayView chunk, bool last);

    // How many "&" were written as "&amp;" so far.
    qsizetype repairedCount() const { return m_repairedCount; }

    // A longer "&name;" or "&#digits;" is taken for text: no entity has a name that long.
    static constexpr qsizetype kMaxReference = 64;

private:
    enum class State { Start, Text, Cdata, Comment, ProcessingInstruction, Off };

    bool decideEncoding(QByteArrayView input, bool last);
    qsizetype scan(QByteArrayView input, bool last);
    qsizetype skipTo(QByteArrayView input, qsizetype from, QByteArrayView terminator, bool last);

    State m_state = State::Start;
    QByteArray m_pending; // undecided bytes from the end of the previous chunk
    QByteArray m_joined;  // m_pending and the chunk after it
    QByteArray m_out;
    std::vector<qsizetype> m_inserts; // positions after each bare "&" of the current chunk
    qsizetype m_repairedCount = 0;
};

} // namespace ondes
