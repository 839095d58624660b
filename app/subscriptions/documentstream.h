#pragma once

// DocumentStream takes a document in while it downloads: each piece of the body goes to a
// DocumentImporter on a worker thread, in order, so that parsing overlaps the transfer and the
// GUI thread only hands bytes on. Used from the thread that receives the download.

#include "subscriptions/documentimporter.h"

#include <QByteArray>

#include <functional>
#include <memory>

class QObject;
class QThreadPool;

namespace ondes {

class HttpReply;

class DocumentStream
{
public:
    DocumentStream(QThreadPool& workers, Library& library, DocumentImporter::Request request);
    ~DocumentStream();
    DocumentStream(const DocumentStream&) = delete;
    DocumentStream& operator=(const DocumentStream&) = delete;

    // Follows reply's body: bodyStarted (re)starts the import from the address it came from
    // (after redirects) with its Content-Type, bodyData appends. The reply must be made with
    // HttpRequestOptions::streamBody. While more than 8 MB wait for the parser the transfer is
    // paused, so memory stays bounded however fast the network. When the importer refuses the
    // document, the transfer is aborted: its finished() then says "cancelled", and finish()
    // gives the reason. The stream must outlive reply's signals (keep it in the finished
    // handler).
    void follow(HttpReply* reply);

    // Starts the document again (a retry): what came before is dropped.
    void restart(const QUrl& documentUrl, const QByteArray& contentType);
    void append(const QByteArray& chunk);
    // True once the importer refused the document (finish() says why).
    bool refused() const;

    // The transfer is complete: the import finishes on the worker, then done is called in
    // receiver's thread (not at all when receiver is gone by then). storeAs as in
    // DocumentImporter::finish(). Call once; nothing can be appended afterwards.
    void finish(const QString& storeAs, QObject* receiver,
                std::function<void(const DocumentImport&)> done);

private:
    struct State;
    void post(std::function<void(State&)> task);

    QThreadPool& m_workers;
    Library& m_library;
    DocumentImporter::Request m_request;
    std::shared_ptr<State> m_state;
};

} // namespace ondes
