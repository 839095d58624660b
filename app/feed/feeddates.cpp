#include "feed/feeddates.h"

#include <array>
#include <cctype>

namespace ondes {

namespace {

struct Cursor
{
    std::string_view text;
    std::size_t pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text[pos]; }
    void skipSpaceAndCommas()
    {
        while (!atEnd() && (std::isspace(static_cast<unsigned char>(text[pos])) ||
                            text[pos] == ',' || text[pos] == '.'))
            ++pos;
    }
    void skipSpace()
    {
        while (!atEnd() && std::isspace(static_cast<unsigned char>(text[pos])))
            ++pos;
    }
    // Reads up to maxDigits digits; nullopt when there is none.
    std::optional<int> number(int maxDigits = 9, int* digitCount = nullptr)
    {
        int value = 0;
        int count = 0;
        while (!atEnd() && count < maxDigits && std::isdigit(static_cast<unsigned char>(peek()))) {
            value = value * 10 + (text[pos++] - '0');
            ++count;
        }
        if (digitCount != nullptr)
            *digitCount = count;
        if (count == 0)
            return std::nullopt;
        return value;
    }
    std::string_view word()
    {
        const std::size_t start = pos;
        while (!atEnd() && std::isalpha(static_cast<unsigned char>(peek())))
            ++pos;
        return text.substr(start, pos - start);
    }
};

bool sameLetters(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != b[i])
            return false;
    }
    return true;
}

int monthFromName(std::string_view name)
{
    static constexpr std::array<std::string_view, 12> kMonths{
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3)
        return 0;
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
        if (sameLetters(name.substr(0, 3), kMonths[m]))
            return static_cast<int>(m) + 1;
    }
    return 0;
}

struct Zone
{
    std::string_view name;
    int minutes;
};

// Named zones seen in real feeds. Ambiguous abbreviations take their most common meaning.
constexpr std::array kZones{
    Zone{"ut", 0},     Zone{"utc", 0},    Zone{"gmt", 0},    Zone{"z", 0},       Zone{"wet", 0},
    Zone{"west", 60},  Zone{"bst", 60},   Zone{"ist", 330},  Zone{"cet", 60},    Zone{"cest", 120},
    Zone{"met", 60},   Zone{"mest", 120}, Zone{"eet", 120},  Zone{"eest", 180},  Zone{"msk", 180},
    Zone{"est", -300}, Zone{"edt", -240}, Zone{"cst", -360}, Zone{"cdt", -300},  Zone{"mst", -420},
    Zone{"mdt", -360}, Zone{"pst", -480}, Zone{"pdt", -420}, Zone{"akst", -540}, Zone{"akdt", -480},
    Zone{"hst", -600}, Zone{"ast", -240}, Zone{"adt", -180}, Zone{"nst", -210},  Zone{"ndt", -150},
    Zone{"jst", 540},  Zone{"kst", 540},  Zone{"hkt", 480},  Zone{"sgt", 480},   Zone{"awst", 480},
    Zone{"acst", 570}, Zone{"acdt", 630}, Zone{"aest", 600}, Zone{"aedt", 660},  Zone{"nzst", 720},
    Zone{"nzdt", 780},
};

// "+0200", "-05:00", "+02", "GMT", "CEST", "GMT+2"; absent means UTC.
std::optional<int> zoneOffsetMinutes(Cursor& c)
{
    c.skipSpace();
    if (c.atEnd())
        return 0;
    int sign = 0;
    if (c.peek() == '+' || c.peek() == '-') {
        sign = c.peek() == '-' ? -1 : 1;
    } else {
        const std::string_view name = c.word();
        bool known = false;
        int minutes = 0;
        for (const Zone& zone : kZones) {
            if (sameLetters(name, zone.name)) {
                minutes = zone.minutes;
                known = true;
                break;
            }
        }
        if (!known)
            return name.empty() ? std::nullopt : std::optional<int>(0);
        if (c.peek() != '+' && c.peek() != '-')
            return minutes;
        sign = c.peek() == '-' ? -1 : 1; // "GMT+2"
    }
    ++c.pos;
    int digits = 0;
    const std::optional<int> value = c.number(4, &digits);
    if (!value)
        return std::nullopt;
    int hours = 0;
    int minutes = 0;
    if (digits <= 2) {
        hours = *value;
        if (c.peek() == ':') {
            ++c.pos;
            minutes = c.number(2).value_or(0);
        }
    } else {
        hours = *value / 100;
        minutes = *value % 100;
    }
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 60 + minutes);
}

bool validDate(qint64 year, int month, int day, int hour, int minute, int second)
{
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= 31 &&
           hour >= 0 && hour <= 24 && minute >= 0 && minute <= 59 && second >= 0 && second <= 60;
}

qint64 toUnix(qint64 year, int month, int day, int hour, int minute, int second, int zoneMinutes)
{
    return daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second -
           zoneMinutes * 60;
}

// 2003-12-13T18:30:02Z, 2003-12-13T18:30:02.25+02:00, 2003-12-13 18:30, 2003-12-13
// "HH:MM" or "HH:MM:SS" at the cursor; false when the colon is missing. Out-of-range or
// missing numbers come back as -1 for validDate() to refuse.
bool readClock(Cursor& c, int& hour, int& minute, int& second, bool* hasSeconds = nullptr)
{
    hour = c.number(2).value_or(-1);
    if (c.peek() != ':')
        return false;
    ++c.pos;
    minute = c.number(2).value_or(-1);
    const bool seconds = c.peek() == ':';
    if (seconds) {
        ++c.pos;
        second = c.number(2).value_or(-1);
    }
    if (hasSeconds)
        *hasSeconds = seconds;
    return true;
}

std::optional<qint64> parseIso8601(std::string_view text)
{
    Cursor c{text};
    int digits = 0;
    const std::optional<int> year = c.number(4, &digits);
    if (!year || digits != 4 || c.peek() != '-')
        return std::nullopt;
    ++c.pos;
    const std::optional<int> month = c.number(2);
    if (!month || c.peek() != '-')
        return std::nullopt;
    ++c.pos;
    const std::optional<int> day = c.number(2);
    if (!day)
        return std::nullopt;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int zone = 0;
    if (c.peek() == 'T' || c.peek() == 't' || c.peek() == ' ') {
        ++c.pos;
        bool hasSeconds = false;
        if (!readClock(c, hour, minute, second, &hasSeconds))
            return std::nullopt;
        if (hasSeconds && (c.peek() == '.' || c.peek() == ',')) {
            ++c.pos;
            c.number(); // fractions of a second do not matter
        }
        const std::optional<int> offset = zoneOffsetMinutes(c);
        if (!offset)
            return std::nullopt;
        zone = *offset;
    }
    if (!validDate(*year, *month, *day, hour, minute, second))
        return std::nullopt;
    return toUnix(*year, *month, *day, hour, minute, second, zone);
}

// Fri, 21 Nov 1997 09:55:06 -0600 and its many variants.
std::optional<qint64> parseRfc822(std::string_view text)
{
    Cursor c{text};
    c.skipSpaceAndCommas();
    int month = 0;
    // An optional weekday, or a month name first ("Nov 21 1997").
    if (std::isalpha(static_cast<unsigned char>(c.peek()))) {
        const std::string_view first = c.word();
        month = monthFromName(first);
        if (month == 0 || first.size() > 9) {
            month = 0;
            c.skipSpaceAndCommas();
            if (std::isalpha(static_cast<unsigned char>(c.peek())))
                month = monthFromName(c.word());
        }
    }
    c.skipSpaceAndCommas();
    const std::optional<int> day = c.number(2);
    if (!day)
        return std::nullopt;
    c.skipSpaceAndCommas();
    if (c.peek() == '-')
        ++c.pos; // 21-Nov-1997
    if (month == 0) {
        month = monthFromName(c.word());
        if (month == 0)
            return std::nullopt;
    }
    c.skipSpaceAndCommas();
    if (c.peek() == '-')
        ++c.pos;
    int yearDigits = 0;
    std::optional<int> year = c.number(4, &yearDigits);
    if (!year)
        return std::nullopt;
    if (yearDigits <= 2)
        *year += *year > 68 ? 1900 : 2000; // as RFC 2822 and Python's email.utils read them
    else if (yearDigits == 3)
        *year += 1900;
    c.skipSpaceAndCommas();
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (std::isdigit(static_cast<unsigned char>(c.peek())) && !readClock(c, hour, minute, second))
        return std::nullopt;
    const std::optional<int> zone = zoneOffsetMinutes(c);
    if (!zone || !validDate(*year, month, *day, hour, minute, second))
        return std::nullopt;
    return toUnix(*year, month, *day, hour, minute, second, *zone);
}

} // namespace

qint64 daysFromCivil(qint64 year, int month, int day)
{
    // Howard Hinnant's days_from_civil.
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::optional<qint64> parseFeedDate(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    if (text.empty() || text.size() > 100)
        return std::nullopt;
    if (std::optional<qint64> iso = parseIso8601(text))
        return iso;
    return parseRfc822(text);
}

} // namespace ondes
