// libFuzzer target for SpeakerExtractor: arbitrary bytes as a description (UTF-8, plain text
// or HTML). Every speaker it returns has a name, and no person appears twice, as
// speakerextractor.h promises; the UTF-8 entry point finds the same as the QString one, on any
// bytes. Built when ONDES_FUZZ is ON.
//
//   bench/fuzz.sh speakers 600

#include "feed/personkey.h"
#include "feed/speakerextractor.h"

#include <QSet>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    static const ondes::SpeakerExtractor extractor;
    const QList<ondes::Speaker> speakers = extractor.extract(text);
    if (extractor.extract(std::string_view(reinterpret_cast<const char*>(data), size)) != speakers)
        __builtin_trap();
    QSet<QString> keys;
    for (const ondes::Speaker& speaker : speakers) {
        if (speaker.name.trimmed().isEmpty())
            __builtin_trap();
        const QString key = ondes::personKey(speaker.name);
        if (keys.contains(key))
            __builtin_trap();
        keys.insert(key);
    }
    return 0;
}
