// libFuzzer target for Opml: arbitrary bytes are parsed; whatever parses must survive a round
// trip, parse(write(document)) == document, as opml.h promises. Built when ONDES_FUZZ is ON.
//
//   bench/fuzz.sh opml 600

#include "feed/opml.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const ondes::OpmlParseResult result =
        ondes::Opml::parse(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!result.ok()) {
        if (result.error.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    for (const ondes::OpmlOutline& outline : result.document->outlines) {
        if (!outline.xmlUrl.startsWith(QLatin1StringView("http://")) &&
            !outline.xmlUrl.startsWith(QLatin1StringView("https://")))
            __builtin_trap(); // only http(s) feeds are kept
    }
    const ondes::OpmlParseResult again = ondes::Opml::parse(ondes::Opml::write(*result.document));
    if (!again.ok() || *again.document != *result.document)
        __builtin_trap();
    return 0;
}
