#pragma once

// Dates as feeds write them: RFC 822 / RFC 2822 (with or without weekday, two-digit years,
// named zones such as EST or CEST) and ISO 8601 / RFC 3339. A date without a zone is UTC.

#include <QtGlobal>

#include <optional>
#include <string_view>

namespace ondes {

// Unix seconds, or nullopt when the text is not a date Ondes can read.
std::optional<qint64> parseFeedDate(std::string_view text);

// Days since 1970-01-01 of a proleptic Gregorian date (month 1-12).
qint64 daysFromCivil(qint64 year, int month, int day);

} // namespace ondes
