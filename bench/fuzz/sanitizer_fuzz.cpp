// libFuzzer target for DescriptionSanitizer: the first byte chooses the options, the rest is
// the description (UTF-8). The output must hold only the allowed elements, with no attribute
// but a@href (http, https, mailto or seek:) and img@src (http or https) and img@alt, as
// descriptionsanitizer.h promises. Built when ONDES_FUZZ is ON.
//
//   bench/fuzz.sh sanitizer 600

#include "feed/descriptionsanitizer.h"

#include <QStringView>

#include <cstddef>
#include <cstdint>

namespace {

bool isAllowedTag(QStringView name)
{
    static constexpr const char16_t* allowed[] = {
        u"a",  u"b",   u"blockquote", u"br",     u"code",   u"dd",  u"del", u"dl", u"dt", u"em",
        u"h1", u"h2",  u"h3",         u"h4",     u"h5",     u"h6",  u"hr",  u"i",  u"li", u"ol",
        u"p",  u"pre", u"s",          u"strike", u"strong", u"sub", u"sup", u"u",  u"ul", u"img"};
    for (const char16_t* tag : allowed) {
        if (name == QStringView(tag))
            return true;
    }
    return false;
}

// The quoted value at `at` (just after 'name="'), up to the closing quote; -1 when none.
qsizetype valueEnd(QStringView html, qsizetype at)
{
    return html.indexOf(QLatin1Char('"'), at);
}

bool hasPrefix(QStringView value, QLatin1StringView prefix)
{
    return value.startsWith(prefix, Qt::CaseInsensitive);
}

// Checks the sanitised output; traps on anything the allow-list does not permit.
void check(QStringView html, bool imagesAllowed)
{
    qsizetype i = 0;
    while ((i = html.indexOf(QLatin1Char('<'), i)) >= 0) {
        const qsizetype close = html.indexOf(QLatin1Char('>'), i);
        if (close < 0)
            __builtin_trap(); // a '<' that is not a tag: text was not escaped
        QStringView tag = html.sliced(i + 1, close - i - 1);
        if (tag.startsWith(QLatin1Char('/')))
            tag = tag.sliced(1);
        const qsizetype space = tag.indexOf(QLatin1Char(' '));
        const QStringView name = space < 0 ? tag : tag.first(space);
        if (!isAllowedTag(name) || (name == u"img" && !imagesAllowed))
            __builtin_trap();
        if (space >= 0) {
            const QStringView attributes = tag.sliced(space + 1);
            if (name == u"a") {
                if (!attributes.startsWith(QLatin1StringView("href=\"")))
                    __builtin_trap();
                const QStringView value = attributes.sliced(6, attributes.size() - 7);
                if (valueEnd(attributes, 6) != attributes.size() - 1 ||
                    !(hasPrefix(value, QLatin1StringView("http://")) ||
                      hasPrefix(value, QLatin1StringView("https://")) ||
                      hasPrefix(value, QLatin1StringView("mailto:")) ||
                      hasPrefix(value, QLatin1StringView("seek:"))))
                    __builtin_trap();
            } else if (name == u"img") {
                if (!attributes.startsWith(QLatin1StringView("src=\"")))
                    __builtin_trap();
                const qsizetype end = valueEnd(attributes, 5);
                const QStringView value = attributes.sliced(5, end - 5);
                if (!(hasPrefix(value, QLatin1StringView("http://")) ||
                      hasPrefix(value, QLatin1StringView("https://"))) ||
                    !attributes.sliced(end).startsWith(QLatin1StringView("\" alt=\"")) ||
                    valueEnd(attributes, end + 7) != attributes.size() - 1)
                    __builtin_trap();
            } else {
                __builtin_trap(); // no other element keeps attributes
            }
        }
        i = close + 1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t mode = data[0];
    ondes::SanitizeOptions options;
    options.allowRemoteImages = mode & 0x01;
    options.linkTimestamps = mode & 0x02;
    options.linkUrls = mode & 0x04;
    options.format = (mode & 0x18) == 0x08   ? ondes::SanitizeOptions::Format::Html
                     : (mode & 0x18) == 0x10 ? ondes::SanitizeOptions::Format::PlainText
                                             : ondes::SanitizeOptions::Format::Auto;
    if (mode & 0x20)
        options.baseUrl = QStringLiteral("https://fuzz.example.org/show/episode.html");
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString html = ondes::DescriptionSanitizer::toSafeHtml(input, options);
    check(html, options.allowRemoteImages);
    return 0;
}
