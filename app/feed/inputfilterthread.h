#pragma once

// InputFilterThread runs the byte filters FeedParser puts before libxml2 (BareAmpersands, then
// CdataBypass) on a thread of their own, so that they filter the next chunk while libxml2
// parses the previous one: `ondes dump-feed`'s parser thread is its slowest, and the filters a
// fifth of it. Chunks go in with submit() and come out of next() in the same order, filtered,
// with the sections CdataBypass took from them (FeedParser hands those to its own CdataBypass,
// made with key(), which libxml2 asks for them).

#include "feed/bareampersands.h"
#include "feed/cdatabypass.h"

#include <QByteArray>
#include <QByteArrayView>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace ondes {

class InputFilterThread
{
public:
    struct Output
    {
        QByteArray bytes;
        std::deque<std::string> sections;
        bool last = false;
        qsizetype repairedAmpersands = 0; // so far, in the whole document
        qsizetype bypassedSections = 0;
    };

    InputFilterThread();
    ~InputFilterThread(); // drops what was not taken yet
    InputFilterThread(const InputFilterThread&) = delete;
    InputFilterThread& operator=(const InputFilterThread&) = delete;

    // The key of the filter's references (see CdataBypass).
    const std::string& key() const { return m_key; }

    // Hands the next chunk over (copied); waits while kMaxWaiting chunks wait already. last
    // marks the end of the document.
    void submit(QByteArrayView chunk, bool last);
    // The same without a copy: the thread keeps a reference to the chunk's bytes (QByteArray
    // is shared) until they are parsed, so the caller must not write to them in the meantime
    // (a writer that checks isDetached() before reusing its buffer never does).
    void submit(QByteArray chunk, bool last);
    // The next filtered chunk; without wait, nothing when it is not ready yet.
    std::optional<Output> next(bool wait);
    // Gives an output's bytes back once parsed: their room holds a later chunk, unless they are
    // still shared with whoever submitted them.
    void recycle(QByteArray&& bytes);

    static constexpr std::size_t kMaxWaiting = 1;

private:
    struct Input
    {
        QByteArray bytes;
        bool last;
    };

    void run();
    QByteArray spareBuffer(); // with m_mutex held

    static constexpr std::size_t kMaxSpare = 3;

    std::string m_key;
    BareAmpersands m_ampersands;
    CdataBypass m_cdata;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Input> m_input;
    std::deque<Output> m_output;
    std::vector<QByteArray> m_spare; // emptied buffers, their room kept
    bool m_closing = false;
    std::thread m_thread; // last: starts once the rest is ready
};

} // namespace ondes
