#pragma once

// DownloadResume applies the resume rules of DownloadTransfer (see downloadtransfer.h) to each
// request of an attempt: it asks for the rest of the .part (Range + If-Range) only when a
// validator proves the .part is a prefix, judges where the body of a 200 or 206 answer goes, and
// asks again from 0 when the answer does not continue the .part — a few times per attempt only.

#include "downloads/downloadheaders.h"

#include <QByteArray>
#include <QString>

class QNetworkReply;
class QNetworkRequest;

namespace ondes {

class DownloadResume
{
public:
    // A new attempt: a range may be asked for again.
    void newAttempt();
    // Adds the headers for a .part holding partSize body bytes whose validators are etag and
    // lastModified; returns where the body of the answer must start.
    qint64 prepare(QNetworkRequest& request, qint64 partSize, const QByteArray& etag,
                   const QString& lastModified);
    // Where the body of a 200 or 206 answer goes; not accepted: ask again from 0.
    BodyPlacement place(const QNetworkReply& reply, int status, qint64 knownTotal,
                        const QByteArray& knownEtag) const;
    // A 416 to the range asked for.
    bool rangeRefused(int status) const { return status == 416 && m_rangeSent; }
    // The answer did not continue the .part: true when the next request may ask again from 0
    // (without Range), false when the server kept doing so too often in this attempt.
    bool restartFresh();

private:
    int m_restarts = 0;         // fresh requests after a refused range, in this attempt
    bool m_forceFresh = false;  // the next request goes without Range
    qint64 m_expectedStart = 0; // where the body of the current response must start
    bool m_rangeSent = false;
};

} // namespace ondes
