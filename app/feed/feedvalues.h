#pragma once

// Small value parsers shared by the channel and episode builders, on UTF-8 text.

#include "feed/utf8text.h"

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace ondes {

QString toQString(std::string_view text);

Utf8Text toUtf8Text(std::string_view text);
// Squashed white space, ASCII letters in lower case ("Serial " -> "serial").
std::string lowerSquashed(std::string_view text);
// itunes:explicit and podcast:locked: 1 for yes/explicit/true, 0 for no/clean/false, else -1.
int parseYesNo(std::string_view text);
// A whole number with optional sign and surrounding spaces, as Python's int() reads it.
std::optional<qint64> parseInteger(std::string_view text);
// A decimal number ("64000.5"); nullopt for anything else.
std::optional<double> parseDecimal(std::string_view text);
// An enclosure size as podcastparser reads it: -1 when absent, zero or not a number.
qint64 parseLength(std::optional<std::string_view> text);
// A MIME type, or application/octet-stream when the text has no '/'.
std::string_view parseMimeType(std::string_view text);
// Whether a media:content, from its type and medium attributes, can be an episode's audio or
// video. YouTube's "application/x-shockwave-flash" player page, images and documents cannot:
// a declared type decides (audio/*, video/*, streams, application/ogg, octet-stream), then the
// medium; an element that says neither is kept.
bool isPlayableMediaContent(std::string_view type, std::string_view medium);

} // namespace ondes
