// libFuzzer target for the dates and times feeds write: arbitrary bytes go to parseFeedDate,
// parseFeedTime and parseFeedDuration. Times are finite and non-negative, durations lie in
// [0, 1e9] seconds, and dates can be held by QDateTime. Built when ONDES_FUZZ is ON.
//
//   bench/fuzz.sh dates 600

#include "feed/feeddates.h"
#include "feed/feedduration.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<qint64> date = ondes::parseFeedDate(text);
    // Years 1 to 9999 at most, with a day of zone offset either side.
    constexpr qint64 earliest = -62135596800LL - 86400;
    constexpr qint64 latest = 253402300799LL + 86400;
    if (date && (*date < earliest || *date > latest))
        __builtin_trap();
    const std::optional<double> time = ondes::parseFeedTime(text);
    if (time && (!std::isfinite(*time) || *time < 0))
        __builtin_trap();
    const qint64 duration = ondes::parseFeedDuration(text);
    if (duration < 0 || duration > 1000000000)
        __builtin_trap();
    return 0;
}
