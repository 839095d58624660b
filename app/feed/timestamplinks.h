#pragma once

// Finds the timestamps in show notes ("12:34", "1:02:03", "(05:10)") so they can become links
// that seek the player ("seek:754"). The HTML side (which text nodes, escaping) is done by
// DescriptionSanitizer; linkify() is the short way to both.
//
// What counts: m:ss or mm:ss (minutes up to 999) and h:mm:ss or hh:mm:ss, seconds and (in
// h:mm:ss) minutes 00–59, optionally ".mmm". Not timestamps: digits glued to letters, other
// digits or separators ("1:02:03:04", "12:34:5", "16:9", "3-2", "12/03", "1.2.3"), times of day
// — followed by am/pm/h/heures/a time zone ("18:30 CET"), preceded by "le", "dès", "rdv",
// "until", or by a weekday, "ce soir", "tonight" or a date ("12/03", "12 mars") earlier
// in the same sentence. "à 3:45" and "at 3:45" are timestamps: show notes say it that way.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ondes {

struct TimestampMatch
{
    qsizetype position = 0;
    qsizetype length = 0;
    qint64 seconds = 0;
};

class TimestampLinks
{
public:
    static QList<TimestampMatch> find(QStringView text);

    // Safe HTML with every timestamp outside a link turned into <a href="seek:SECONDS">; the
    // same as DescriptionSanitizer::toSafeHtml with linkTimestamps and no remote images.
    static QString linkify(const QString& htmlOrText, bool isHtml);

    static QString seekUrl(qint64 seconds); // "seek:754"
    // The seconds of a "seek:754" link; nullopt for any other link.
    static std::optional<qint64> seconds(const QString& url);
};

} // namespace ondes
