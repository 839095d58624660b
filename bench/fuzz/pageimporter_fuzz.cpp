// libFuzzer target for PageImporter: arbitrary bytes as a web page. Every URL it returns must
// be absolute http or https, as pageimporter.h promises. Built when ONDES_FUZZ is ON.
//
//   bench/fuzz.sh pageimporter 600

#include "feed/pageimporter.h"

#include <cstddef>
#include <cstdint>

namespace {

void checkUrl(const QString& url)
{
    if (url.isEmpty())
        return;
    const QUrl parsed(url);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || parsed.isRelative() ||
        (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https")))
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const QUrl pageUrl(QStringLiteral("https://radio.example.org/show/episode-12.html"));
    const ondes::PageImport page = ondes::PageImporter::parse(
        QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)), pageUrl);
    for (const ondes::FeedLink& link : page.feedLinks)
        checkUrl(link.url);
    checkUrl(page.showImageUrl);
    checkUrl(page.previousUrl);
    checkUrl(page.nextUrl);
    if (page.episode) {
        for (const ondes::Enclosure& enclosure : page.episode->enclosures)
            checkUrl(enclosure.url);
    }
    return 0;
}
