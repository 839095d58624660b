#pragma once

// Durations and time offsets as feeds write them: "3600", "61:08", "01:02:03.500",
// "1h 2m 3s", "90 min", with stray spaces and units around them.

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace ondes {

// Seconds, fractions included; nullopt when nothing in the text reads as a time.
std::optional<double> parseFeedTime(std::string_view text);
// Whole seconds for itunes:duration; 0 when unknown.
qint64 parseFeedDuration(std::string_view text);

} // namespace ondes
