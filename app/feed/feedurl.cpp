#include "feed/feedurl.h"

#include "feed/feedtext.h"

#include <string>

namespace ondes {

namespace {

bool isAsciiAlpha(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

// The length of "scheme" in "scheme:..." or 0 when the text has no scheme.
std::size_t schemeLength(std::string_view text)
{
    if (text.empty() || !isAsciiAlpha(text[0]))
        return 0;
    for (std::size_t i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == ':')
            return i;
        if (!isAsciiAlpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
            return 0;
    }
    return 0;
}

void lowerAscii(std::string& text, std::size_t from, std::size_t to)
{
    for (std::size_t i = from; i < to; ++i) {
        if (text[i] >= 'A' && text[i] <= 'Z')
            text[i] = static_cast<char>(text[i] | 0x20);
    }
}

} // namespace

QString resolveFeedUrl(const QUrl& base, std::string_view text)
{
    text = trimmedText(text);
    if (text.empty())
        return {};
    if (schemeLength(text) > 0 || base.isEmpty())
        return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    const QUrl relative(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    return base.resolved(relative).toString(QUrl::FullyEncoded);
}

QString normalizedFeedUrl(const QUrl& base, std::string_view text)
{
    text = trimmedText(text);
    std::string url;
    if (schemeLength(text) > 0 || base.isEmpty()) {
        url.assign(text);
    } else {
        const QString resolved = resolveFeedUrl(base, text);
        const QByteArray utf8 = resolved.toUtf8();
        url.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    }
    if (url.size() < 8)
        return {};
    std::size_t separator = url.find("://");
    if (separator == std::string::npos) {
        url.insert(0, "http://");
        separator = 4;
    }
    lowerAscii(url, 0, separator);
    const std::string_view scheme(url.data(), separator);
    if (scheme == "feed" || scheme == "itpc" || scheme == "itms") {
        url.replace(0, separator, "http");
        separator = 4;
    } else if (scheme != "http" && scheme != "https" && scheme != "ftp" && scheme != "file") {
        return {};
    }
    const std::size_t hostStart = separator + 3;
    std::size_t hostEnd = url.find_first_of("/?#", hostStart);
    if (hostEnd == std::string::npos)
        hostEnd = url.size();
    lowerAscii(url, hostStart, hostEnd);
    if (hostEnd == url.size() || url[hostEnd] != '/')
        url.insert(hostEnd, 1, '/');
    return QString::fromUtf8(url.data(), static_cast<qsizetype>(url.size()));
}

QString fileBaseName(const QString& url)
{
    QString name = url.mid(url.lastIndexOf(QLatin1Char('/')) + 1);
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        name.truncate(dot);
    return name;
}

} // namespace ondes
