#include "feed/speakertranscriptgreetings.h"

#include "feed/listitembounds.h"
#include "feed/speakerlexicon.h"

#include <algorithm>

namespace ondes::speakers {

// Where a transcript's line says something, past its timestamp and a dash ("00:00:21 - Bonjour
// …"); -1 when the line at `i` opens on no timestamp.
qsizetype TranscriptGreetingReader::transcriptBody(qsizetype i) const
{
    qsizetype k = i;
    bool stamped = false;
    while (k < size() && !at(k).isBreak() && !greetingAt(k) &&
           ((at(k).isWord() && at(k).hasDigit) || at(k).isPunct(u':') || isDash(at(k)) ||
            at(k).isPunct(u'-'))) {
        stamped = stamped || at(k).hasDigit;
        ++k;
    }
    return stamped && k > i && k < size() && at(k).isWord() ? k : -1;
}

// Token k says "Bonjour", maybe run into the timestamp before it ("00:00:56Bonjour").
bool TranscriptGreetingReader::greetingAt(qsizetype k) const
{
    if (k >= size() || !at(k).isWord() || !at(k).folded.endsWith(u"bonjour"))
        return false;
    const QStringView before = at(k).folded.chopped(7);
    return std::all_of(before.begin(), before.end(), [](QChar c) { return c.isDigit(); });
}

// The person greeted at token k: "Bonjour Clémence Houletier.", "bonjour ma chère Colette.",
// "Margaux Fischbach, bonjour." (k at the name); an invalid span when there is none.
NameSpan TranscriptGreetingReader::greetedAt(qsizetype k) const
{
    const auto ends = [this](const NameSpan& name) {
        return name.isValid() &&
               (name.end >= size() || at(name.end).isBreak() || isOneOf(at(name.end), u".,!"));
    };
    if (greetingAt(k)) {
        qsizetype n = k + 1;
        static const QStringList dear = {QStringLiteral("ma"), QStringLiteral("mon"),
                                         QStringLiteral("cher"), QStringLiteral("chere")};
        while (n < size() && n - k < 3 && at(n).isWord() && dear.contains(at(n).folded))
            ++n; // "ma chère Colette"
        NameSpan name = m_items.names().nameAt(n);
        if ((!name.isValid() || name.start != n) && n < size() && at(n).isWord() &&
            at(n).capitalised && isGivenName(at(n)))
            name = NameSpan{n, n, n + 1}; // "Bonjour Franck,": a given name alone
        return ends(name) ? name : NameSpan{};
    }
    const NameSpan name = m_items.names().nameAt(k);
    if (name.isValid() && name.start == k && name.end - name.first >= 2 &&
        punctAt(name.end, u',') && name.end + 1 < size() && at(name.end + 1).isWord() &&
        at(name.end + 1).folded == u"bonjour")
        return name;
    return {};
}

// A transcript's greetings: who is greeted by name on one line ("Bonjour Clémence Houletier.",
// "Margaux Fischbach, bonjour.") and greets back on the next, naming the greeter or the
// listeners ("Bonjour Franck, bonjour tout le monde.", "Bonjour, bonjour à tous."), is of the
// show's team, and so is whom that reply names (a morning show's hosts greeting each other).
void TranscriptGreetingReader::read(qsizetype i)
{
    const qsizetype body = transcriptBody(i);
    if (body < 0)
        return;
    QList<NameSpan> greeted;
    qsizetype end = body;
    for (; end < size() && !at(end).isBreak(); ++end) {
        if (at(end).isWord() &&
            (end == body || isOneOf(at(end - 1), u".,!-") || at(end - 1).folded == u"et")) {
            const NameSpan name = greetedAt(end);
            if (name.isValid())
                greeted << name;
        }
    }
    if (greeted.isEmpty() || end >= size())
        return;
    const qsizetype reply = transcriptBody(m_lists.lineStart(end));
    if (reply < 0 || !greetingAt(reply))
        return;
    const NameSpan back = greetedAt(reply);
    // Who greets the listeners too ("Bonjour, bonjour à tous.", "… bonjour tout le monde") is
    // of the show's team.
    bool everyone = false;
    for (qsizetype k = reply; k + 1 < size() && !at(k).isBreak() && !everyone; ++k) {
        everyone = (at(k).folded == u"tout" && at(k + 1).folded == u"le" && k + 2 < size() &&
                    at(k + 2).folded == u"monde") ||
                   (at(k).folded == u"a" &&
                    (at(k + 1).folded == u"tous" || at(k + 1).folded == u"toutes"));
    }
    // A bare "Bonjour." may answer anyone (a caller, a name misheard by the transcript).
    if (!back.isValid() && !everyone)
        return;
    const QString host = QStringLiteral("host");
    for (const NameSpan& name : greeted)
        m_roster.add(name, host, host);
    if (back.isValid())
        m_roster.add(back, host, host);
}

} // namespace ondes::speakers
