// libFuzzer target for ChaptersJson: arbitrary bytes as a chapters file. A refusal says why;
// chapters come sorted by a finite, non-negative start and are at most maxChapters, as
// chaptersjson.h promises. Built when ONDES_FUZZ is ON.
//
//   bench/fuzz.sh chapters 600

#include "feed/chaptersjson.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArrayView json(reinterpret_cast<const char*>(data), qsizetype(size));
    QString error;
    const QString base =
        (size & 1) ? QStringLiteral("https://fuzz.example.org/ep/chapters.json") : QString();
    const std::optional<QList<ondes::Chapter>> chapters =
        ondes::ChaptersJson::parse(json, &error, base);
    if (!chapters) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (chapters->size() > ondes::ChaptersJson::maxChapters)
        __builtin_trap();
    double previous = 0;
    for (const ondes::Chapter& chapter : *chapters) {
        if (!std::isfinite(chapter.start) || chapter.start < previous)
            __builtin_trap();
        previous = chapter.start;
    }
    return 0;
}
