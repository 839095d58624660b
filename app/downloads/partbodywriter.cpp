#include "downloads/partbodywriter.h"

#include "downloads/partfile.h"

#include <QNetworkReply>

#include <utility>

namespace ondes {

namespace {

constexpr qint64 chunkBytes = 256 * 1024; // read from the reply into one reused buffer
constexpr qsizetype sniffBytes = 16;      // of a fresh body, for the header

} // namespace

void PartBodyWriter::begin(qint64 start, qint64 length, HeaderFor headerFor)
{
    m_headerFor = start == 0 ? std::move(headerFor) : nullptr;
    m_length = length;
}

bool PartBodyWriter::write(QNetworkReply& reply)
{
    if (m_headerFor) { // once the first bytes tell
        const QByteArray head = reply.peek(sniffBytes);
        if (head.size() < sniffBytes && !reply.isFinished())
            return true;
        const HeaderFor headerFor = std::exchange(m_headerFor, nullptr);
        if (!m_part.open(0, headerFor(head, m_length)))
            return false;
    }
    if (m_buffer.size() < chunkBytes)
        m_buffer.resize(chunkBytes);
    while (reply.bytesAvailable() > 0) {
        const qint64 n = reply.read(m_buffer.data(), chunkBytes);
        if (n <= 0)
            break;
        if (!m_part.write(m_buffer.constData(), n))
            return false;
    }
    return true;
}

bool PartBodyWriter::pending(const QNetworkReply& reply) const
{
    return reply.bytesAvailable() > 0 || m_headerFor;
}

} // namespace ondes
