#include "feed/pagedates.h"

#include "feed/textfold.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace ondes {

namespace {

qint64 noonUtc(const QDate& date)
{
    return date.isValid() ? QDateTime(date, QTime(12, 0), Qt::UTC).toSecsSinceEpoch() : 0;
}

struct Token
{
    QString word;    // folded letters, when the token is a word
    int number = -1; // when the token is a number
    int digits = 0;
    bool ordinal = false; // "1er", "2nd", "3rd", "4th"
};

int monthNumber(const QString& word)
{
    struct Month
    {
        const char16_t* name;
        int number;
    };
    static constexpr Month months[] = {
        {u"janvier", 1},   {u"janv", 1},      {u"january", 1},   {u"jan", 1},
        {u"fevrier", 2},   {u"fevr", 2},      {u"fev", 2},       {u"february", 2},
        {u"feb", 2},       {u"mars", 3},      {u"march", 3},     {u"mar", 3},
        {u"avril", 4},     {u"avr", 4},       {u"april", 4},     {u"apr", 4},
        {u"mai", 5},       {u"may", 5},       {u"juin", 6},      {u"june", 6},
        {u"jun", 6},       {u"juillet", 7},   {u"juil", 7},      {u"july", 7},
        {u"jul", 7},       {u"aout", 8},      {u"august", 8},    {u"aug", 8},
        {u"septembre", 9}, {u"september", 9}, {u"sept", 9},      {u"sep", 9},
        {u"octobre", 10},  {u"october", 10},  {u"oct", 10},      {u"novembre", 11},
        {u"november", 11}, {u"nov", 11},      {u"decembre", 12}, {u"december", 12},
        {u"dec", 12},
    };
    for (const Month& month : months) {
        if (word == QStringView(month.name))
            return month.number;
    }
    return 0;
}

// Splits folded text into words and numbers; punctuation separates them.
QList<Token> tokenize(const QString& folded, qsizetype maxTokens)
{
    QList<Token> tokens;
    qsizetype i = 0;
    while (i < folded.size() && tokens.size() < maxTokens) {
        const QChar c = folded.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            Token token;
            qint64 value = 0;
            while (i < folded.size() && folded.at(i).isDigit() && folded.at(i).unicode() < 128) {
                if (token.digits < 9)
                    value = value * 10 + folded.at(i).digitValue();
                ++token.digits;
                ++i;
            }
            token.number = int(value);
            QString suffix;
            while (i < folded.size() && folded.at(i).isLetter())
                suffix += folded.at(i++);
            token.ordinal = suffix == u"er" || suffix == u"re" || suffix == u"e" ||
                            suffix == u"st" || suffix == u"nd" || suffix == u"rd" ||
                            suffix == u"th" || suffix == u"eme";
            if (!suffix.isEmpty() && !token.ordinal)
                token.number = -1; // "18h30" is not a day
            tokens.append(token);
        } else if (c.isLetter()) {
            Token token;
            while (i < folded.size() && folded.at(i).isLetter())
                token.word += folded.at(i++);
            tokens.append(token);
        } else {
            ++i;
        }
    }
    return tokens;
}

bool isDay(const Token& token)
{
    return token.number >= 1 && token.number <= 31 && token.digits <= 2;
}

bool isYear(const Token& token)
{
    return token.number >= 1900 && token.number <= 2200 && token.digits == 4 && !token.ordinal;
}

} // namespace

qint64 PageDates::fromIso(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return 0;
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (date.isValid())
            return noonUtc(date);
    }
    QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    if (!dateTime.isValid())
        return 0;
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime.setTimeSpec(Qt::UTC);
    return dateTime.toSecsSinceEpoch();
}

qint64 PageDates::fromText(QStringView text)
{
    // Dates are short; a few hundred tokens of a paragraph are plenty.
    const QList<Token> tokens =
        tokenize(foldText(text.first(qMin<qsizetype>(text.size(), 20000))), 4000);
    for (qsizetype i = 0; i + 2 < tokens.size(); ++i) {
        const Token& a = tokens.at(i);
        const Token& b = tokens.at(i + 1);
        const Token& c = tokens.at(i + 2);
        // "2 décembre 2022", "1er déc. 2022", "2nd December 2022"
        if (isDay(a) && !b.word.isEmpty() && isYear(c)) {
            if (const int month = monthNumber(b.word))
                if (const qint64 seconds = noonUtc(QDate(c.number, month, a.number)))
                    return seconds;
        }
        // "December 2, 2022", "Dec 2nd 2022"
        if (!a.word.isEmpty() && isDay(b) && isYear(c)) {
            if (const int month = monthNumber(a.word))
                if (const qint64 seconds = noonUtc(QDate(c.number, month, b.number)))
                    return seconds;
        }
    }
    return 0;
}

qint64 PageDates::durationSeconds(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 40)
        return 0;
    if (trimmed.front().toUpper() == u'P') {
        double total = 0;
        bool inTime = false;
        QString number;
        for (const QChar c : trimmed.mid(1)) {
            const QChar unit = c.toUpper();
            if (c.isDigit() || c == u'.' || c == u',') {
                number += c == u',' ? u'.' : c;
                continue;
            }
            if (unit == u'T') {
                inTime = true;
                continue;
            }
            bool ok = false;
            const double value = number.toDouble(&ok);
            number.clear();
            if (!ok)
                return 0;
            if (unit == u'D' && !inTime)
                total += value * 86400;
            else if (unit == u'W' && !inTime)
                total += value * 7 * 86400;
            else if (unit == u'H' && inTime)
                total += value * 3600;
            else if (unit == u'M' && inTime)
                total += value * 60;
            else if (unit == u'S' && inTime)
                total += value;
            else
                return 0; // years and months have no fixed length; nobody uses them here
        }
        return number.isEmpty() ? qint64(total + 0.5) : 0;
    }
    qint64 total = 0;
    int parts = 0;
    for (const QStringView part : trimmed.split(u':')) {
        bool ok = false;
        const double value = part.toDouble(&ok);
        if (!ok || value < 0 || ++parts > 3)
            return 0;
        total = total * 60 + qint64(value + 0.5);
    }
    return total;
}

} // namespace ondes
