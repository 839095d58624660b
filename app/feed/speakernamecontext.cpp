#include "feed/speakernamecontext.h"

namespace ondes::speakers {

NameContextReader::NameContextReader(const QList<Token>& tokens, const ItemGrammar& items)
    : m_tokens(tokens), m_items(items), m_cue(tokens.size(), -1)
{}

// Read on demand: most tokens are never near a candidate.
bool NameContextReader::cueAt(qsizetype k) const
{
    qint8& known = m_cue[k];
    if (known < 0) {
        const Token& t = at(k);
        if (t.isWord()) {
            known = m_items.cueAt(k, false) ? 1 : 0;
        } else if (t.isPunct(u':') && k > 0 && at(k - 1).isWord()) {
            // A label: "Invités :", "Réalisation :", up to four words from the line's start.
            qsizetype s = k - 1;
            while (s > 0 && at(s - 1).isWord() && k - s < 4)
                --s;
            known = s == 0 || at(s - 1).isBreak() ? 1 : 0;
        } else {
            known = 0;
        }
    }
    return known == 1;
}

bool NameContextReader::insideQuotes(qsizetype i) const
{
    // The nearest curly quote before it on the line opens, or an odd number of straight ones.
    int straight = 0;
    bool curly = false;
    bool decided = false;
    for (qsizetype k = i - 1; k >= 0 && !at(k).isBreak(); --k) {
        const Token& t = at(k);
        if (t.isPunct(u'"'))
            ++straight;
        else if (!decided && isOneOf(t, u"\u00BB\u201D"))
            decided = true;
        else if (!decided && isOneOf(t, u"\u00AB\u201C"))
            decided = curly = true;
    }
    return curly || straight % 2 == 1;
}

void NameContextReader::sentenceAround(qsizetype b, qsizetype e, qsizetype cueBefore,
                                       NameContext& c) const
{
    qsizetype s = b;
    while (s > 0 && !at(s - 1).isBreak() && !at(s - 1).sentenceEnd && b - s < 20)
        --s;
    // The cue found before the name on its line, when it is in the sentence: the cues after the
    // name need not be read.
    c.cueInSentence = cueBefore >= s;
    qsizetype t = e;
    while (t < size() && !at(t).isBreak() && !at(t).sentenceEnd && t - e < 20)
        ++t;
    for (qsizetype k = s; k < t; ++k) {
        const Token& w = at(k);
        if (k >= b && k < e)
            continue;
        // Before the name, of() read every token back to the cue it found or the line's start:
        // only the tokens after it are left to read.
        if (!c.cueInSentence && k >= e && cueAt(k))
            c.cueInSentence = true;
        if (w.isWord() && w.hasDigit && w.end - w.begin == 4) {
            const QStringView y = w.folded;
            if ((y.startsWith(u"1") || y.startsWith(u"20")) && y.at(1).isDigit() &&
                y.at(2).isDigit() && y.at(3).isDigit())
                c.yearNear = true;
        }
    }
}

// The cue at token k is a receiving verb with its host before it ("X reçoit", "X talks with").
bool NameContextReader::receivingVerbAt(qsizetype k) const
{
    if (!at(k).isWord())
        return false; // a label's colon
    for (const Cue& cue : cueTable().startingWith(at(k))) {
        if (m_items.matchCue(k, cue) >= 0)
            return cue.kind == Cue::Kind::Around;
    }
    return false;
}

NameContext NameContextReader::of(const NameSpan& span) const
{
    NameContext c;
    const qsizetype b = span.start;
    const qsizetype e = span.end;
    qsizetype cueBefore = -1;
    for (qsizetype k = b - 1; k >= 0 && !at(k).isBreak(); --k) {
        if (cueAt(k)) {
            (b - k <= 6 ? c.cueNear : c.cueOnLine) = true;
            c.cueAroundBefore = receivingVerbAt(k);
            cueBefore = k;
            break;
        }
    }
    c.verbCueAfter = m_items.cueAt(e, true);
    c.inQuotes = insideQuotes(b);
    sentenceAround(b, e, cueBefore, c);
    return c;
}

} // namespace ondes::speakers
