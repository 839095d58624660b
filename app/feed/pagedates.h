#pragma once

// Dates and durations as web pages write them, to Unix seconds. A date without a time of day
// becomes 12:00 UTC, so that it shows as the same day in every time zone from UTC-11 to UTC+11.

#include <QString>
#include <QStringView>

namespace ondes {

class PageDates
{
public:
    // ISO 8601 ("2022-12-02", "2022-12-02T18:00:00+01:00") or RFC 2822. A time without an
    // offset is taken as UTC. 0 when unrecognised.
    static qint64 fromIso(QStringView text);

    // The first date written in words in text, French or English: "le 2 décembre 2022",
    // "lundi 1er décembre 2022", "December 2, 2022", "2 Dec 2022". 0 when there is none.
    static qint64 fromText(QStringView text);

    // ISO 8601 duration ("PT1H2M3S", "P0DT58M"), "1:02:03", or plain seconds. 0 when unknown.
    static qint64 durationSeconds(QStringView text);
};

} // namespace ondes
