#pragma once

// SeekableStreams lets Ogg Vorbis and Opus episodes seek while they stream. Qt 6.4's GStreamer
// backend plays a URL through uridecodebin, and QMediaPlayer::setPosition() does nothing while
// GStreamer says the media cannot seek. Over HTTP, uridecodebin buffers in a queue2 that only
// pushes data on, so oggdemux works in push mode: it answers "no" and misreads the duration.
// A queue2 with a ring buffer can also be read at any offset (it fetches what it lacks with an
// HTTP Range request, or waits when the offset is less than 512 kB ahead of the download), so
// oggdemux reads in pull mode, finds the duration from the end of the stream before it plays,
// and seeks by bisection. SeekableStreams gives every uridecodebin this process creates such a
// ring buffer, through an emission hook on GstBin's "element-added" (Qt's pipeline is out of
// our reach). mp3 and MP4 streams take the same path and seek as before.

namespace ondes {

class SeekableStreams
{
public:
    // The ring buffer's size: the window of a stream kept in memory (pages are touched as it
    // fills; a seek outside it costs a Range request).
    static constexpr int kRingBufferBytes = 8 * 1024 * 1024;

    // Installs the hook, once per process (GStreamer is initialised if it is not yet).
    static void ensureInstalled();

    // How many uridecodebins were given a ring buffer; for tests.
    static int configuredCount();
};

} // namespace ondes
