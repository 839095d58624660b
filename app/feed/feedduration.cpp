#include "feed/feedduration.h"

#include "feed/feedtext.h"

#include <cctype>
#include <cmath>

namespace ondes {

namespace {

// "H:M:S(.f)", "M:S(.f)" or "S(.f)" filling the whole text.
std::optional<double> parseClock(std::string_view text)
{
    double parts[3] = {0, 0, 0};
    int count = 0;
    double fraction = 0;
    std::size_t i = 0;
    while (true) {
        if (i >= text.size() || !isAsciiDigit(text[i]) || count == 3)
            return std::nullopt;
        double value = 0;
        int digits = 0;
        while (i < text.size() && isAsciiDigit(text[i])) {
            if (++digits > 12)
                return std::nullopt;
            value = value * 10 + (text[i++] - '0');
        }
        parts[count++] = value;
        if (i == text.size())
            break;
        if (text[i] == ':') {
            ++i;
            continue;
        }
        if (text[i] == '.' || text[i] == ',') {
            double scale = 0.1;
            ++i;
            if (i == text.size() || !isAsciiDigit(text[i]))
                return std::nullopt;
            while (i < text.size() && isAsciiDigit(text[i])) {
                fraction += (text[i++] - '0') * scale;
                scale /= 10;
            }
            if (i != text.size())
                return std::nullopt;
            break;
        }
        return std::nullopt;
    }
    double seconds = 0;
    for (int k = 0; k < count; ++k)
        seconds = seconds * 60 + parts[k];
    return seconds + fraction;
}

// "1h 2m 3s", "1 hr 30 min", "90 minutes", "45 sec".
std::optional<double> parseWithUnits(std::string_view text)
{
    double total = 0;
    bool any = false;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isAsciiDigit(text[i]))
            ++i;
        if (i == text.size())
            break;
        double value = 0;
        int digits = 0;
        while (i < text.size() && isAsciiDigit(text[i]) && digits++ < 12)
            value = value * 10 + (text[i++] - '0');
        if (i < text.size() && (text[i] == '.' || text[i] == ',') && i + 1 < text.size() &&
            isAsciiDigit(text[i + 1])) {
            double scale = 0.1;
            ++i;
            while (i < text.size() && isAsciiDigit(text[i])) {
                value += (text[i++] - '0') * scale;
                scale /= 10;
            }
        }
        while (i < text.size() && text[i] == ' ')
            ++i;
        const char unit = i < text.size()
                              ? static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])))
                              : 's';
        if (unit == 'h')
            total += value * 3600;
        else if (unit == 'm')
            total += value * 60;
        else if (unit == 's' || !std::isalpha(static_cast<unsigned char>(unit)))
            total += value;
        else
            return std::nullopt;
        any = true;
        while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i])))
            ++i;
    }
    return any ? std::optional<double>(total) : std::nullopt;
}

} // namespace

std::optional<double> parseFeedTime(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.empty() || text.size() > 64)
        return std::nullopt;
    if (std::optional<double> clock = parseClock(text))
        return clock;
    // A clock followed or preceded by junk ("00:45:12 min", "~ 61:08"): take the clock.
    std::size_t begin = 0;
    while (begin < text.size() && !isAsciiDigit(text[begin]))
        ++begin;
    std::size_t end = begin;
    while (end < text.size() && (isAsciiDigit(text[end]) || text[end] == ':' || text[end] == '.'))
        ++end;
    const std::string_view core = text.substr(begin, end - begin);
    if (core.find(':') != std::string_view::npos) {
        if (std::optional<double> clock = parseClock(core))
            return clock;
    }
    return parseWithUnits(text);
}

qint64 parseFeedDuration(std::string_view text)
{
    const std::optional<double> seconds = parseFeedTime(text);
    if (!seconds || !std::isfinite(*seconds) || *seconds < 0 || *seconds > 1e9)
        return 0;
    return static_cast<qint64>(*seconds);
}

} // namespace ondes
