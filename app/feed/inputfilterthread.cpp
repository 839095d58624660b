#include "feed/inputfilterthread.h"

#include <utility>

namespace ondes {

InputFilterThread::InputFilterThread()
    : m_key(CdataBypass().key()), m_cdata(m_key), m_thread([this] { run(); })
{}

InputFilterThread::~InputFilterThread()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void InputFilterThread::submit(QByteArrayView chunk, bool last)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_input.size() < kMaxWaiting; });
        Input input{spareBuffer(), last};
        input.bytes.append(chunk);
        m_input.push_back(std::move(input));
    }
    m_changed.notify_all();
}

void InputFilterThread::submit(QByteArray chunk, bool last)
{
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_input.size() < kMaxWaiting; });
        m_input.push_back(Input{std::move(chunk), last});
    }
    m_changed.notify_all();
}

void InputFilterThread::recycle(QByteArray&& bytes)
{
    // Bytes the submitter still shares are its own to reuse: dropping our reference is all.
    if (!bytes.isDetached())
        return;
    const std::lock_guard lock(m_mutex);
    if (m_spare.size() < kMaxSpare) {
        bytes.resize(0);
        m_spare.push_back(std::move(bytes));
    }
}

QByteArray InputFilterThread::spareBuffer()
{
    if (m_spare.empty())
        return QByteArray();
    QByteArray bytes = std::move(m_spare.back());
    m_spare.pop_back();
    return bytes;
}

std::optional<InputFilterThread::Output> InputFilterThread::next(bool wait)
{
    std::unique_lock lock(m_mutex);
    if (wait)
        m_changed.wait(lock, [this] { return !m_output.empty(); });
    if (m_output.empty())
        return std::nullopt;
    Output output = std::move(m_output.front());
    m_output.pop_front();
    return output;
}

void InputFilterThread::run()
{
    while (true) {
        Input input;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_input.empty() || m_closing; });
            if (m_closing)
                return;
            input = std::move(m_input.front());
            m_input.pop_front();
        }
        m_changed.notify_all(); // room for the next chunk
        Output output;
        output.last = input.last;
        const QByteArrayView filtered =
            m_cdata.filter(m_ampersands.filter(input.bytes, input.last), input.last);
        if (filtered.data() == input.bytes.constData() && filtered.size() == input.bytes.size()) {
            output.bytes = std::move(input.bytes); // nothing changed
        } else {
            {
                const std::lock_guard lock(m_mutex);
                output.bytes = spareBuffer();
            }
            if (!m_cdata.swapOutput(filtered, output.bytes))
                output.bytes.append(filtered);
            recycle(std::move(input.bytes));
        }
        output.sections = m_cdata.takeSections();
        output.repairedAmpersands = m_ampersands.repairedCount();
        output.bypassedSections = m_cdata.bypassedCount();
        {
            const std::lock_guard lock(m_mutex);
            m_output.push_back(std::move(output));
        }
        m_changed.notify_all();
    }
}

} // namespace ondes
