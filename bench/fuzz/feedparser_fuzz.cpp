// libFuzzer target for FeedParser: arbitrary bytes, fed in chunks of a size taken from the
// input, collected or streamed, then written as JSON. Built when ONDES_FUZZ is ON (clang).
//
//   bench/fuzz.sh feedparser 600

#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses how the document is fed and what is kept.
    const std::uint8_t mode = data[0];
    ++data;
    --size;

    ondes::FeedParseOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://fuzz.example.org/dir/feed.xml"));
    options.maxEpisodes = (mode & 0x40) ? 2 : -1;
    options.maxBytes = 1024 * 1024;
    ondes::FeedParser parser(options);
    QByteArray json;
    if (mode & 0x80) {
        parser.setEpisodeHandler([&json](ondes::ParsedEpisode&& episode) {
            json.resize(0); // keeps the buffer
            ondes::FeedJson::appendEpisode(episode, json);
        });
    }
    const std::size_t chunk = (mode & 0x3F) == 0 ? size : std::size_t(mode & 0x3F);
    const auto* bytes = reinterpret_cast<const char*>(data);
    for (std::size_t offset = 0; offset < size; offset += chunk) {
        const std::size_t n = std::min(chunk, size - offset);
        if (!parser.addData(QByteArrayView(bytes + offset, qsizetype(n))))
            break;
    }
    const ondes::FeedParseResult result = parser.finish();
    if (result.ok())
        json = ondes::FeedJson::toJson(*result.feed);
    else if (result.error.isEmpty())
        __builtin_trap(); // a refusal must say why
    return 0;
}
