#pragma once

// PartBodyWriter copies the accepted body of an HTTP reply into a PartFile as it arrives, through
// one reused buffer. A body that starts at byte 0 may begin the .part with a header, chosen from
// the body's first bytes (DownloadRequest::partHeader): those are waited for before anything is
// written.

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

class QNetworkReply;

namespace ondes {

class PartFile;

class PartBodyWriter
{
public:
    using HeaderFor = std::function<QByteArray(QByteArrayView head, qint64 length)>;

    explicit PartBodyWriter(PartFile& part) : m_part(part) {}

    // A new body goes into the part (already opened at its start): when it starts at 0 and
    // headerFor is set, the part is opened again with the header headerFor gives for the first
    // bytes and the body's length (-1 when unknown).
    void begin(qint64 start, qint64 length, HeaderFor headerFor);
    // Writes what the reply holds (everything, once it has finished). False when the part could
    // not be written (PartFile::error() says why).
    bool write(QNetworkReply& reply);
    // Whether the reply still holds something write() would take.
    bool pending(const QNetworkReply& reply) const;

private:
    PartFile& m_part;
    QByteArray m_buffer;
    HeaderFor m_headerFor; // set while the header waits for the first bytes
    qint64 m_length = -1;
};

} // namespace ondes
