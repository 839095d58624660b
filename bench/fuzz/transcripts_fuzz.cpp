// libFuzzer target for TranscriptParser: a mode byte, then arbitrary bytes as a transcript. The
// mode byte's low bits pick the MIME type the server claims (none, WebVTT, SRT, JSON, HTML,
// plain text), so each parser sees every input. A refusal says why; a transcript has between one
// and maxCues cues, each with text and an end not before its start, in time order when timed.
// Built when ONDES_FUZZ is ON.
//
//   bench/fuzz.sh transcripts 600

#include "feed/transcriptparser.h"

#include <array>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const std::array<const char*, 6> types = {
        "", "text/vtt", "application/x-subrip", "application/json", "text/html", "text/plain"};
    const QString mimeType = QString::fromLatin1(types[data[0] % types.size()]);
    const QByteArrayView bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QString error;
    const std::optional<ondes::TranscriptDocument> doc =
        ondes::TranscriptParser::parse(bytes, mimeType, {}, &error);
    if (!doc) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (doc->cues.isEmpty() || doc->cues.size() > ondes::TranscriptParser::maxCues)
        __builtin_trap();
    qint64 previous = 0;
    for (const ondes::TranscriptCue& cue : doc->cues) {
        if (cue.text.isEmpty() || cue.endMs < cue.startMs || cue.startMs < 0)
            __builtin_trap();
        if (doc->timed && cue.startMs < previous)
            __builtin_trap();
        previous = cue.startMs;
    }
    return 0;
}
