#pragma once

// Turns an episode or show description (HTML from the feed, or plain text) into HTML that is
// safe to show in a QTextBrowser: only simple formatting and http(s)/mailto links survive, with
// optional links on timestamps ("seek:SECONDS") and bare URLs.

#include <QString>

namespace ondes {

struct SanitizeOptions
{
    enum class Format { Auto, Html, PlainText };

    bool allowRemoteImages = false; // else <img> is dropped: it would call home
    bool linkTimestamps = true;     // "12:34" → <a href="seek:754">12:34</a>
    bool linkUrls = true;           // a bare "https://…" in text → a link
    Format format = Format::Auto;   // Auto: HTML when it has tags or entities
    QString baseUrl;                // resolves relative links and images; dropped without one
};

class DescriptionSanitizer
{
public:
    // Longer input is cut (descriptions are a few KB; this bounds time and memory).
    static constexpr qsizetype maxInputChars = 2 * 1024 * 1024;
    // Elements nested deeper than this are flattened (their text is kept).
    static constexpr int maxDepth = 64;

    // Kept: p, br, a href, b/strong, i/em, u, s, sub, sup, code, pre, ul/ol/li, dl/dt/dd,
    // blockquote, h1–h6, hr, and img src/alt when allowed. Dropped with their content: script,
    // style, iframe, object, embed, forms, svg, math, head… Every attribute but a@href and
    // img@src/alt is dropped; links other than http, https and mailto (javascript:, data:,
    // vbscript:, file:…) are removed, keeping their text. Containers such as div, table rows or
    // sections become line breaks; other unknown elements are unwrapped.
    static QString toSafeHtml(const QString& htmlOrText, const SanitizeOptions& options = {});

    // Tags or character entities in the text.
    static bool looksLikeHtml(QStringView text);
};

} // namespace ondes
