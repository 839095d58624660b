#include "feed/timestamplinks.h"

#include "feed/descriptionsanitizer.h"

#include <QRegularExpression>

namespace ondes {

namespace {

const QRegularExpression& timestampPattern()
{
    // Not after a word character or a separator that would make it part of a longer number.
    static const QRegularExpression pattern(
        QStringLiteral("(?<![\\w:./,\\-])"
                       "(?:(\\d{1,2}):([0-5]\\d):([0-5]\\d)|(\\d{1,3}):([0-5]\\d))"
                       "(?:\\.\\d{1,3})?"
                       "(?![\\w:]|[.,/\\-]\\d)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression& timeOfDayAfter()
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(?:[ap]\\.?m\\b\\.?|h\\b|hrs?\\b|heures?\\b|uhr\\b|o'clock\\b|"
                       "(?:utc|gmt|cet|cest|est|edt|cst|cdt|pst|pdt|bst|z)\\b)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression& timeOfDayWordBefore()
{
    static const QRegularExpression pattern(
        QStringLiteral("(?:^|[^\\w])(?:le|dès|until|till|rdv)\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

const QRegularExpression& dayInSentence()
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "\\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|"
            "wednesday|thursday|friday|saturday|sunday|ce soir|demain|aujourd'hui|"
            "tonight|tomorrow|today|"
            "\\d{1,2}/\\d{1,2}|"
            "\\d{1,2}(?:er)?\\s+(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|"
            "nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep)\\w*)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

bool isTimeOfDay(QStringView text, qsizetype position, qsizetype end)
{
    const QStringView after = text.sliced(end, std::min<qsizetype>(text.size() - end, 12));
    if (timeOfDayAfter().match(after).hasMatch())
        return true;
    const qsizetype from = std::max<qsizetype>(0, position - 40);
    QStringView before = text.sliced(from, position - from);
    // Only the same sentence counts.
    for (qsizetype i = before.size() - 1; i >= 0; --i) {
        const QChar c = before[i];
        if (c == QLatin1Char('\n') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
            (c == QLatin1Char('.') && (i + 1 >= before.size() || before[i + 1].isSpace()))) {
            before = before.sliced(i + 1);
            break;
        }
    }
    return timeOfDayWordBefore().match(before).hasMatch() ||
           dayInSentence().match(before).hasMatch();
}

} // namespace

QList<TimestampMatch> TimestampLinks::find(QStringView text)
{
    QList<TimestampMatch> matches;
    QRegularExpressionMatchIterator it = timestampPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        qint64 seconds = 0;
        if (match.hasCaptured(1))
            seconds = match.capturedView(1).toLongLong() * 3600 +
                      match.capturedView(2).toLongLong() * 60 + match.capturedView(3).toLongLong();
        else
            seconds = match.capturedView(4).toLongLong() * 60 + match.capturedView(5).toLongLong();
        if (isTimeOfDay(text, match.capturedStart(), match.capturedEnd()))
            continue;
        matches.append({match.capturedStart(), match.capturedLength(), seconds});
    }
    return matches;
}

QString TimestampLinks::linkify(const QString& htmlOrText, bool isHtml)
{
    SanitizeOptions options;
    options.linkTimestamps = true;
    options.allowRemoteImages = false;
    options.format = isHtml ? SanitizeOptions::Format::Html : SanitizeOptions::Format::PlainText;
    return DescriptionSanitizer::toSafeHtml(htmlOrText, options);
}

QString TimestampLinks::seekUrl(qint64 seconds)
{
    return QStringLiteral("seek:") + QString::number(seconds);
}

std::optional<qint64> TimestampLinks::seconds(const QString& url)
{
    if (!url.startsWith(QLatin1StringView("seek:")))
        return std::nullopt;
    bool ok = false;
    const qint64 value = QStringView(url).sliced(5).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

} // namespace ondes
