#include "feed/speakertranscriptlabels.h"

#include "feed/listitembounds.h"

namespace ondes::speakers {

void TranscriptLabelReader::read()
{
    QList<NameSpan> labels;
    for (qsizetype i = 0; i < size(); ++i) {
        if (i > 0 && !at(i - 1).isBreak())
            continue;
        const NameSpan label = labelAt(i);
        if (label.isValid())
            labels << label;
    }
    if (labels.size() < 2)
        return;
    // Who opens the transcript on the show's welcome presents it ("SAMI HADDAD: This is
    // Radiolab.", "Robin Wellesley: Good evening, Robin Wellesley with another …").
    const QString host = QStringLiteral("host");
    const QString guest = QStringLiteral("guest");
    for (qsizetype k = 0; k < labels.size(); ++k) {
        const QString& role = k == 0 && opensOnWelcome(labels.at(k).end + 1) ? host : guest;
        m_roster.add(labels.at(k), role, role);
    }
}

// The words at p open a show: "This is …", "Good evening", "Welcome …", "Hello and welcome",
// "Bonjour et bienvenue", "Bienvenue …".
bool TranscriptLabelReader::opensOnWelcome(qsizetype p) const
{
    const auto word = [this](qsizetype k, QStringView folded) {
        return k < size() && at(k).isWord() && at(k).folded == folded;
    };
    if (word(p, u"welcome") || word(p, u"bienvenue"))
        return true;
    if ((word(p, u"hello") || word(p, u"hi") || word(p, u"bonjour")) &&
        (word(p + 1, u"and") || word(p + 1, u"et")) &&
        (word(p + 2, u"welcome") || word(p + 2, u"bienvenue")))
        return true;
    return (word(p, u"this") && word(p + 1, u"is")) ||
           (word(p, u"good") && (word(p + 1, u"evening") || word(p + 1, u"morning")));
}

// The person a line opening at token i gives the word to: a whole name (two words or more,
// capitals allowed), then a colon and what they say, or a timestamp alone; else invalid.
NameSpan TranscriptLabelReader::labelAt(qsizetype i) const
{
    if (!at(i).isWord() || at(i).lowerStart)
        return {};
    const NameSpan name = m_items.names().nameAt(i);
    if (!name.isValid() || name.start != i || name.end - name.first < 2 || name.end >= size())
        return {};
    if (at(name.end).isPunct(u':') ? speechAfter(name.end) : timestampEndsLine(name.end))
        return name;
    return {};
}

// What follows the colon at `colon` reads as said: four words or more on its line ("Hi, this is
// …"), not a title, a song or a label's value ("X : Le fossoyeur", "Mixage : Y").
bool TranscriptLabelReader::speechAfter(qsizetype colon) const
{
    int words = 0;
    for (qsizetype k = colon + 1; k < size() && !at(k).isBreak() && words < 4; ++k) {
        if (at(k).isWord())
            ++words;
        else if (isOneOf(at(k), u"\"\u00AB\u201C"))
            return false; // "X : « Le fossoyeur »": a title or a quoted headline
    }
    return words >= 4;
}

// "00:00:46" or "12:05" then the end of the line.
bool TranscriptLabelReader::timestampEndsLine(qsizetype p) const
{
    int parts = 0;
    while (p < size() && at(p).isWord() && at(p).hasDigit && at(p).folded.size() <= 2) {
        ++parts;
        ++p;
        if (p < size() && at(p).isPunct(u':') && !at(p).spaceBefore)
            ++p;
        else
            break;
    }
    return parts >= 2 && (p >= size() || at(p).isBreak());
}

} // namespace ondes::speakers
