#include "subscriptions/documentstream.h"

#include "net/httpclient.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <deque>

namespace ondes {

// Shared with the tasks on the workers, so that it outlives a stream dropped mid-way.
struct DocumentStream::State
{
    QMutex mutex;
    std::deque<std::function<void(State&)>> tasks; // guarded by mutex
    bool draining = false;                         // guarded by mutex: a worker runs the tasks
    std::atomic<bool> refused = false;
    std::atomic<qint64> queuedBytes = 0;        // appended, not yet parsed
    std::unique_ptr<DocumentImporter> importer; // only the tasks touch it, one at a time
};

DocumentStream::DocumentStream(QThreadPool& workers, Library& library,
                               DocumentImporter::Request request)
    : m_workers(workers), m_library(library), m_request(std::move(request)),
      m_state(std::make_shared<State>())
{}

DocumentStream::~DocumentStream() = default;

void DocumentStream::post(std::function<void(State&)> task)
{
    std::shared_ptr<State> state = m_state;
    {
        QMutexLocker lock(&state->mutex);
        state->tasks.push_back(std::move(task));
        if (state->draining)
            return;
        state->draining = true;
    }
    // One worker at a time runs the tasks, in the order they were posted.
    m_workers.start([state] {
        for (;;) {
            std::function<void(State&)> next;
            {
                QMutexLocker lock(&state->mutex);
                if (state->tasks.empty()) {
                    state->draining = false;
                    return;
                }
                next = std::move(state->tasks.front());
                state->tasks.pop_front();
            }
            next(*state);
        }
    });
}

namespace {

// Bytes handed on but not parsed yet: past this the download pauses until the parser has
// taken half of them, so a fast network never piles a whole feed up in memory.
constexpr qint64 kMaxQueuedBytes = 8 * 1024 * 1024;
constexpr int kResumePollMs = 5;

} // namespace

void DocumentStream::follow(HttpReply* reply)
{
    QObject::connect(
        reply, &HttpReply::bodyStarted, reply,
        [this](const QUrl& url, const QByteArray& contentType) { restart(url, contentType); });
    QObject::connect(reply, &HttpReply::bodyData, reply, [this, reply](const QByteArray& chunk) {
        if (refused()) {
            reply->abort();
            return;
        }
        append(chunk);
        if (m_state->queuedBytes <= kMaxQueuedBytes)
            return;
        reply->setBodyPaused(true);
        auto* poll = new QTimer(reply);
        QObject::connect(poll, &QTimer::timeout, reply, [this, reply, poll] {
            if (m_state->queuedBytes > kMaxQueuedBytes / 2 && !refused())
                return;
            poll->deleteLater();
            reply->setBodyPaused(false);
        });
        poll->start(kResumePollMs);
    });
}

void DocumentStream::restart(const QUrl& documentUrl, const QByteArray& contentType)
{
    DocumentImporter::Request request = m_request;
    request.documentUrl = documentUrl;
    request.contentType = contentType;
    m_state->refused = false;
    Library& library = m_library;
    post([&library, request](State& state) {
        state.importer = std::make_unique<DocumentImporter>(library, request);
        state.refused = false;
    });
}

void DocumentStream::append(const QByteArray& chunk)
{
    m_state->queuedBytes += chunk.size();
    post([chunk](State& state) {
        if (state.importer && !state.refused && !state.importer->addData(chunk))
            state.refused = true;
        state.queuedBytes -= chunk.size();
    });
}

bool DocumentStream::refused() const
{
    return m_state->refused;
}

void DocumentStream::finish(const QString& storeAs, QObject* receiver,
                            std::function<void(const DocumentImport&)> done)
{
    auto promise = std::make_shared<QPromise<DocumentImport>>();
    auto* watcher = new QFutureWatcher<DocumentImport>(receiver);
    QObject::connect(watcher, &QFutureWatcher<DocumentImport>::finished, receiver,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(promise->future());
    promise->start();
    Library& library = m_library;
    const DocumentImporter::Request request = m_request;
    post([promise, storeAs, &library, request](State& state) {
        // No body came at all: an empty document.
        if (!state.importer)
            state.importer = std::make_unique<DocumentImporter>(library, request);
        promise->addResult(state.importer->finish(storeAs));
        state.importer.reset();
        promise->finish();
    });
}

} // namespace ondes
