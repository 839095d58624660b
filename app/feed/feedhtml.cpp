#include "feed/feedhtml.h"

#include "feed/feedtext.h"
#include "feed/htmlentities.h"

#include <algorithm>
#include <cstring>

namespace ondes {

namespace {

bool isTagLetter(unsigned char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

bool isTagNameCharacter(unsigned char c)
{
    return isTagLetter(c) || (c >= '0' && c <= '9');
}

bool startsWithTagName(std::string_view text, std::string_view prefix)
{
    if (text.size() < prefix.size())
        return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) | 0x20) != static_cast<unsigned char>(prefix[i]))
            return false;
    }
    return true;
}

void collapseBlankLines(std::string& out, std::size_t from)
{
    // Three or more line-break characters in a row keep only the first two.
    std::size_t write = from;
    std::size_t run = 0;
    for (std::size_t read = from; read < out.size(); ++read) {
        const char c = out[read];
        if (c == '\n' || c == '\r') {
            if (++run > 2)
                continue;
        } else {
            run = 0;
        }
        out[write++] = c;
    }
    out.resize(write);
}

} // namespace

bool looksLikeHtml(std::string_view text)
{
    // memrchr rather than rfind: most texts have no tag, and rfind reads them a byte at a time.
    const void* last = text.empty() ? nullptr : ::memrchr(text.data(), '>', text.size());
    if (last == nullptr)
        return false;
    const auto lastGt = static_cast<std::size_t>(static_cast<const char*>(last) - text.data());
    std::size_t i = 0;
    while (true) {
        const void* found = std::memchr(text.data() + i, '<', lastGt - i);
        if (found == nullptr)
            return false;
        i = static_cast<std::size_t>(static_cast<const char*>(found) - text.data()) + 1;
        if (i >= text.size() || !isTagLetter(static_cast<unsigned char>(text[i])))
            continue;
        std::size_t j = i + 1;
        while (j < text.size() && isTagNameCharacter(static_cast<unsigned char>(text[j])))
            ++j;
        if (j >= text.size())
            return false;
        const auto c = static_cast<unsigned char>(text[j]);
        if (c == '>' || (c == '/' && j + 1 < text.size() && text[j + 1] == '>'))
            return true;
        if (isAsciiWhiteSpace(c) && lastGt > j)
            return true;
    }
}

void appendDecodedEntities(std::string_view text, std::string& out)
{
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t amp = text.find('&', i);
        if (amp == std::string_view::npos) {
            out.append(text.substr(i));
            return;
        }
        out.append(text.substr(i, amp - i));
        // An entity name is short: look for its ';' nearby only.
        const std::size_t semicolon = text.substr(amp, 34).find(';');
        if (semicolon == std::string_view::npos || semicolon < 2) {
            out.push_back('&');
            i = amp + 1;
            continue;
        }
        const std::string_view name = text.substr(amp + 1, semicolon - 1);
        i = amp + semicolon + 1;
        if (name[0] == '#') {
            const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
            char32_t value = 0;
            bool ok = name.size() > (hex ? 2u : 1u);
            for (std::size_t k = hex ? 2 : 1; ok && k < name.size(); ++k) {
                const auto c = static_cast<unsigned char>(name[k]);
                int digit = -1;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                    digit = (c | 0x20) - 'a' + 10;
                if (digit < 0)
                    ok = false;
                else
                    value = std::min<char32_t>(value * (hex ? 16 : 10) + digit, 0x110000);
            }
            if (ok) {
                appendUtf8(value, out);
                continue;
            }
        } else if (name == "amp") {
            out.push_back('&');
            continue;
        } else if (name == "lt") {
            out.push_back('<');
            continue;
        } else if (name == "gt") {
            out.push_back('>');
            continue;
        } else if (name == "quot") {
            out.push_back('"');
            continue;
        } else if (name == "apos") {
            out.push_back('\'');
            continue;
        } else if (const std::string_view value = htmlEntityValue(name); !value.empty()) {
            out.append(value);
            continue;
        }
        out.append(text.substr(amp, semicolon + 1));
    }
}

void appendHtmlAsText(std::string_view html, std::string& out)
{
    const std::size_t start = out.size();
    std::size_t i = 0;
    while (i < html.size()) {
        const std::size_t lt = html.find('<', i);
        const std::size_t textEnd = lt == std::string_view::npos ? html.size() : lt;
        appendDecodedEntities(html.substr(i, textEnd - i), out);
        if (lt == std::string_view::npos)
            break;
        const std::size_t gt = html.find('>', lt);
        if (gt == std::string_view::npos) {
            appendDecodedEntities(html.substr(lt), out);
            break;
        }
        std::string_view tag = html.substr(lt + 1, gt - lt - 1);
        i = gt + 1;
        const bool closing = !tag.empty() && tag[0] == '/';
        if (closing)
            tag.remove_prefix(1);
        std::size_t nameLength = 0;
        while (nameLength < tag.size() &&
               isTagNameCharacter(static_cast<unsigned char>(tag[nameLength])))
            ++nameLength;
        const std::string_view name = tag.substr(0, nameLength);
        auto is = [&](std::string_view wanted) {
            return name.size() == wanted.size() && startsWithTagName(name, wanted);
        };
        if (is("br") || is("ul") || is("ol") || (closing && is("li"))) {
            out.push_back('\n');
        } else if (!closing && is("li")) {
            out.append("\n * ");
        } else if (!closing && is("p")) {
            out.append("\n\n");
        } else if (!closing && (is("script") || is("style"))) {
            // Their content is not text: skip to the closing tag.
            std::size_t k = i;
            while (true) {
                k = html.find("</", k);
                if (k == std::string_view::npos) {
                    i = html.size();
                    break;
                }
                if (startsWithTagName(html.substr(k + 2), is("script") ? "script" : "style")) {
                    const std::size_t end = html.find('>', k);
                    i = end == std::string_view::npos ? html.size() : end + 1;
                    break;
                }
                k += 2;
            }
        }
    }
    collapseBlankLines(out, start);
    // Trim what this call appended.
    const std::string_view appended = trimmedText(std::string_view(out).substr(start));
    const std::size_t offset = static_cast<std::size_t>(appended.data() - out.data());
    const std::size_t length = appended.size();
    if (offset != start)
        out.erase(start, offset - start);
    out.resize(start + length);
}

void appendEscaped(std::string_view text, std::string& out, bool attribute)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            if (attribute) {
                out.append("&quot;");
                break;
            }
            [[fallthrough]];
        default:
            out.push_back(c);
        }
    }
}

} // namespace ondes
