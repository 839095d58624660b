#pragma once

// TempoAudioSink keeps the pitch of speech when the speed changes. Qt 6.4's GStreamer backend
// changes the speed with a flushing seek that carries the rate, and its audio output ends in
// `gst_element_factory_make("pulsesink")` with the device's name (or autoaudiosink when there
// is no device); nothing in that chain time-stretches, so 2× sounds an octave higher.
// TempoAudioSink registers in this process a GStreamer bin, scaletempo ! audioconvert !
// audioresample ! <real sink>, under two names: "pulsesink", in place of the real one, whose
// factory it keeps to make the sink inside (the "device" property goes through to it), and
// "ondestemposink", ranked above every audio sink, for autoaudiosink. scaletempo reads the
// segment's rate and stretches the sound to it at the same pitch. The real sink inside does not
// slave to Qt's system clock (see instanceInit). Qt's private headers, the other way in, are not
// installed on Debian 12.

#include <QStringList>

namespace ondes {

class TempoAudioSink
{
public:
    static constexpr const char* kElementName = "ondestemposink";

    // Registers the elements, once per process, before the first QAudioOutput (GStreamer is
    // initialised if it is not yet). False when scaletempo is missing: Qt's plain sink stays
    // and the pitch follows the speed; that is logged once.
    static bool ensureRegistered();

    // The chains of our sinks that are PLAYING now, each as its place in the pipeline and its
    // elements, e.g. "/pipeline0/audioOutput/audiosink: scaletempo ! audioconvert !
    // audioresample ! pulsesink". For diagnostics and tests.
    static QStringList playingChains();
};

} // namespace ondes
