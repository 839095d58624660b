#include "feed/namegrammar.h"

#include "feed/speakerlexicon.h"

#include <algorithm>

namespace ondes::speakers {
namespace {

bool endsWithPossessive(QStringView folded)
{
    const qsizetype n = folded.size();
    return n > 2 && folded[n - 2] == u'\'' && folded[n - 1] == u's';
}

// After a whole name, "du"/"des"/"de la"/"d'" then a common word or an acronym is where the person
// comes from, not a surname particle: "Sandrine Kowalczyk du Mouvement associatif", "Thibault
// Lemaire de la FRANF". A particle then a name word ("Charles de Gaulle", "Jean de La Fontaine"
// with one name word before it) stays in the name.
bool affiliationAfter(const QList<Token>& tokens, qsizetype q)
{
    const qsizetype n = tokens.size();
    const Token& p = tokens.at(q);
    qsizetype k = q + 1;
    if (p.folded == u"de" && k < n && tokens.at(k).isWord() && tokens.at(k).folded == u"la")
        ++k;
    else if (p.folded != u"du" && p.folded != u"des" && p.folded != u"d'")
        return false; // "d'": "Christian Chavanel d’Alternatives économiques"
    if (k >= n || !tokens.at(k).isWord() || tokens.at(k).hasDigit)
        return false;
    const Token& w = tokens.at(k);
    if (isGivenName(w))
        return false;
    if (w.allCaps && w.end - w.begin >= 3)
        return true;
    return w.capitalised && isCommonWord(w);
}

} // namespace

bool NameGrammar::isInitial(qsizetype i) const
{
    const Token& t = m_tokens.at(i);
    return t.isWord() && t.end - t.begin == 1 && !t.lowerStart && !t.hasDigit &&
           i + 1 < m_tokens.size() && m_tokens.at(i + 1).isPunct(u'.') &&
           m_tokens.at(i + 1).begin == t.end;
}

// A capital letter alone, without a period, between a known given name and a capitalised word
// ("Andreas B Kollegger") is a middle initial. Not "A" nor "I", which are words.
bool NameGrammar::middleInitialAt(qsizetype i) const
{
    const Token& t = m_tokens.at(i);
    if (!t.isWord() || t.end - t.begin != 1 || t.lowerStart || t.hasDigit || t.folded == u"a" ||
        t.folded == u"i" || i + 1 >= m_tokens.size())
        return false;
    const Token& given = m_tokens.at(i - 1);
    const Token& next = m_tokens.at(i + 1);
    return given.isWord() && given.capitalised && isGivenName(given) && given.end < t.begin &&
           next.isWord() && next.capitalised && !next.hasDigit && t.end < next.begin &&
           !isNameWord(next, NameWordList::NotInside);
}

// A surname in capitals, then a capitalised word that a lower-case word follows: a sentence
// starts there (line breaks lost: "réalisé par : Julie COSTE Vous aimez ce podcast ?").
bool NameGrammar::sentenceAfterCapitals(qsizetype q) const
{
    if (q < 2 || q + 1 >= m_tokens.size())
        return false;
    const Token& t = m_tokens.at(q);
    if (!t.isWord() || !t.capitalised || t.allCaps || !m_tokens.at(q - 1).isWord() ||
        !m_tokens.at(q - 1).allCaps)
        return false;
    const Token& next = m_tokens.at(q + 1);
    return next.isWord() && next.lowerStart && !next.hasDigit &&
           !isNameWord(next, NameWordList::Particle);
}

qsizetype NameGrammar::skipTitles(qsizetype at) const
{
    const qsizetype n = m_tokens.size();
    qsizetype p = at;
    for (int round = 0; round < 2 && p < n; ++round) {
        const Token& t = m_tokens.at(p);
        if (!t.isWord() || t.lowerStart || !isNameWord(t, NameWordList::Title))
            break;
        ++p;
        if (p < n && m_tokens.at(p).isPunct(u'.'))
            ++p;
        if (p < n && m_tokens.at(p).isPunct(u'(')) { // "Colonel (ret.) Samuel Adeyemi"
            qsizetype q = p + 1;
            while (q < n && q - p < 6 && !m_tokens.at(q).isPunct(u')') && !m_tokens.at(q).isBreak())
                ++q;
            if (q < n && m_tokens.at(q).isPunct(u')'))
                p = q + 1;
        }
    }
    return p;
}

NameSpan NameGrammar::nameAt(qsizetype at) const
{
    const qsizetype n = m_tokens.size();
    if (at < 0 || at >= n)
        return {};
    if (m_names.empty())
        m_names.assign(size_t(n), NameSpan{-2, -1, -1});
    NameSpan& known = m_names[size_t(at)];
    if (known.start == -2)
        known = readNameAt(at);
    return known;
}

NameSpan NameGrammar::readNameAt(qsizetype at) const
{
    const qsizetype n = m_tokens.size();
    const qsizetype first = skipTitles(at);
    if (first >= n)
        return {};
    const Token& head = m_tokens.at(first);
    // A name in capitals starts with a known given name ("LAURENT DE WULF : « … »").
    const bool shouted = head.allCaps && head.end - head.begin > 2 && isGivenName(head);
    if (!head.isWord() || head.hasDigit || !(head.capitalised || shouted || isInitial(first)) ||
        isNameWord(head, NameWordList::NotFirst) || isNameWord(head, NameWordList::RoleNoun)) {
        return {}; // "Journalist Ciarán Dunleavy": the name starts after the job
    }
    int core = 0;
    qsizetype end = -1;
    qsizetype q = first;
    while (q < n && q - first < 12) {
        const Token& t = m_tokens.at(q);
        if (!t.isWord() || t.hasDigit)
            break;
        if (isInitial(q)) {
            ++core;
            q += 2;
            end = q;
            continue;
        }
        if (q == first + 1 && middleInitialAt(q)) {
            ++core; // "Andreas B Kollegger": an initial written without its period
            ++q;
            end = q;
            continue;
        }
        if ((t.capitalised && !shouted) || (t.allCaps && (q > first || shouted))) {
            if (q > first && isNameWord(t, NameWordList::NotInside))
                break;
            if (core >= 2 && isNameWord(t, NameWordList::RoleNoun))
                break; // "Odile Marcassus Historienne": the role begins
            if (sentenceAfterCapitals(q))
                break; // "Stéphane COSME Vous aimez ce podcast ?": text run together

            if (endsWithPossessive(t.folded))
                return {}; // "Margaret Thatcher's government": a mention, not a speaker
            if (isNameWord(t, NameWordList::Organisation))
                return {};
            ++core;
            ++q;
            end = q;
            continue;
        }
        if (t.lowerStart && q > first) {
            if (isNameWord(t, NameWordList::Particle)) {
                if (core >= 2 && affiliationAfter(m_tokens, q))
                    break; // "Sandrine Kowalczyk du Mouvement associatif": where they come from
                ++q;
                continue;
            }
            // "al-Rashid", "el-Khoury", "d'Alembert" written as one word.
            const qsizetype dash =
                std::find(t.folded.cbegin(), t.folded.cend(), u'-') - t.folded.cbegin();
            if (dash > 0 && dash < t.folded.size() &&
                isNameParticle(QStringView(t.folded).left(dash)) &&
                m_tokens.at(q).end - m_tokens.at(q).begin > dash + 1) {
                ++core;
                ++q;
                end = q;
                continue;
            }
            // "Marcus deLacy Whitford": a surname's particle written as one word with it, between
            // a given name and a capitalised word, and no word of the language.
            if (q == first + 1 && isGivenName(head) && q + 1 < n && m_tokens.at(q + 1).isWord() &&
                m_tokens.at(q + 1).capitalised && !t.hasDigit && t.end - t.begin >= 4 &&
                !isCommonWord(t) && !isGivenName(t) && !isNameWord(t, NameWordList::NotInside)) {
                ++q;
                continue;
            }
        }
        break;
    }
    if (core < 2 || core > 5)
        return {};
    // "Obadiah M. Hendrickson Jr.": a generational suffix belongs to the name.
    if (end < n && m_tokens.at(end).isWord() &&
        (m_tokens.at(end).folded == u"jr" || m_tokens.at(end).folded == u"sr")) {
        ++end;
        if (end < n && m_tokens.at(end).isPunct(u'.') && !m_tokens.at(end).sentenceEnd)
            ++end;
    }
    // A short acronym inside is a product or an organisation ("Better USB Gaming Headset
    // Support"), a particle in capitals is not ("Jean-Marie LE PEN").
    for (qsizetype k = first; k + 1 < end; ++k) {
        const Token& t = m_tokens.at(k);
        if (t.allCaps && t.end - t.begin <= 3 && !isNameWord(t, NameWordList::Particle))
            return {};
    }
    return NameSpan{at, first, end};
}

NameSpan NameGrammar::givenNameAt(qsizetype at) const
{
    const qsizetype n = m_tokens.size();
    if (at < 0 || at >= n)
        return {};
    const Token& t = m_tokens.at(at);
    if (!t.isWord() || !t.capitalised || t.hasDigit || isNameWord(t, NameWordList::NotFirst) ||
        isNameWord(t, NameWordList::RoleNoun) || isNameWord(t, NameWordList::Organisation) ||
        isNameWord(t, NameWordList::Title) || endsWithPossessive(t.folded) || !isGivenName(t))
        return {};
    // Part of a longer capitalised run ("Marion Cotillard", "Radio Marion"): not alone.
    const auto nameWord = [&](qsizetype k) {
        return k >= 0 && k < n && m_tokens.at(k).isWord() &&
               (m_tokens.at(k).capitalised || m_tokens.at(k).allCaps) &&
               !isNameWord(m_tokens.at(k), NameWordList::NotInside);
    };
    if (nameWord(at + 1) || (at > 0 && nameWord(at - 1) && !m_tokens.at(at - 1).lowerStart &&
                             !isNameWord(m_tokens.at(at - 1), NameWordList::NotFirst) &&
                             !isNameWord(m_tokens.at(at - 1), NameWordList::RoleNoun)))
        return {};
    return NameSpan{at, at, at + 1};
}

NameSpan NameGrammar::nameEndingAt(qsizetype end) const
{
    qsizetype from = end;
    while (from > 0 && end - from < 12 && !m_tokens.at(from - 1).isBreak())
        --from;
    for (qsizetype s = from; s < end; ++s) {
        const NameSpan span = nameAt(s);
        if (span.isValid() && span.end == end)
            return span;
    }
    return {};
}

} // namespace ondes::speakers
