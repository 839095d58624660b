#include "feed/feedvalues.h"

#include "feed/feedtext.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>

namespace ondes {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

Utf8Text toUtf8Text(std::string_view text)
{
    return Utf8Text(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
}

std::string lowerSquashed(std::string_view text)
{
    std::string out;
    appendSquashed(text, out);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c | 0x20);
    }
    return out;
}

int parseYesNo(std::string_view text)
{
    const std::string value = lowerSquashed(text);
    if (value == "yes" || value == "explicit" || value == "true")
        return 1;
    if (value == "no" || value == "clean" || value == "false")
        return 0;
    return -1;
}

std::optional<qint64> parseInteger(std::string_view text)
{
    text = trimmedText(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

std::optional<double> parseDecimal(std::string_view text)
{
    text = trimmedText(text);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
        !std::isfinite(value))
        return std::nullopt;
    return value;
}

qint64 parseLength(std::optional<std::string_view> text)
{
    if (!text)
        return -1;
    const std::optional<qint64> value = parseInteger(*text);
    return value && *value > 0 ? *value : -1;
}

std::string_view parseMimeType(std::string_view text)
{
    text = trimmedText(text);
    if (text.empty() || text.find('/') == std::string_view::npos)
        return "application/octet-stream";
    return text;
}

bool isPlayableMediaContent(std::string_view type, std::string_view medium)
{
    const std::string mime = lowerSquashed(type.substr(0, type.find(';')));
    if (mime.find('/') != std::string::npos) {
        static constexpr std::string_view playable[] = {
            "application/ogg", "application/octet-stream", "application/x-mpegurl",
            "application/vnd.apple.mpegurl", "application/dash+xml"};
        return mime.starts_with("audio/") || mime.starts_with("video/") ||
               std::find(std::begin(playable), std::end(playable), mime) != std::end(playable);
    }
    const std::string kind = lowerSquashed(medium);
    return kind.empty() || kind == "audio" || kind == "video";
}

} // namespace ondes
