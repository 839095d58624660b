#include "feed/speakercandidatementions.h"

#include "feed/speakerwordset.h"

#include <algorithm>
#include <array>

namespace ondes::speakers {
namespace {

// How far back a line's or a sentence's first words are looked for: a shape read from there
// ("À écouter aussi …", "Listen to …") opens a line or a sentence of ordinary length. The bound
// keeps a hostile description (one line of a megabyte, every name on it) linear.
constexpr qsizetype kMaxWalkBack = 256;

// The first token of the sentence holding token i; -1 when it lies more than `limit` tokens back.
qsizetype sentenceStart(const QList<Token>& tokens, qsizetype i, qsizetype limit = kMaxWalkBack)
{
    const qsizetype floor = i - limit;
    while (i > 0 && !tokens.at(i - 1).isBreak() && !tokens.at(i - 1).sentenceEnd) {
        if (--i < floor)
            return -1;
    }
    return i;
}

// The first token of the sentence holding token i, or the token `back` tokens before i when the
// sentence starts further back: the lower bound of a look `back` tokens behind i.
qsizetype sentenceFloor(const QList<Token>& tokens, qsizetype i, qsizetype back)
{
    const qsizetype start = sentenceStart(tokens, i, back);
    return start >= 0 ? start : i - back;
}

// The index of the n-th word (from 0) at or after token `from` and before `end`; -1 when none.
qsizetype nthWord(const QList<Token>& tokens, qsizetype from, qsizetype end, int n)
{
    for (qsizetype k = from; k < end; ++k) {
        if (tokens.at(k).isWord() && n-- == 0)
            return k;
    }
    return -1;
}

bool wordAt(const QList<Token>& tokens, qsizetype k, const WordSet& words)
{
    return k >= 0 && k < tokens.size() && tokens.at(k).isWord() &&
           words.contains(tokens.at(k).folded);
}

// "son ami Ferdinand Buisson", "with her husband X": someone's friend or kin, told of.
bool friendOrKin(const QList<Token>& tokens, const NameSpan& span)
{
    static const WordSet kin = WordSet::folded(
        {u"ami",         u"amie",        u"copain",  u"copine", u"friend",     u"wife",
         u"husband",     u"père",        u"mère",    u"frère",  u"sœur",       u"soeur",
         u"father",      u"mother",      u"brother", u"sister", u"fils",       u"fille",
         u"son",         u"daughter",    u"épouse",  u"mari",   u"compagne",   u"compagnon",
         u"oncle",       u"tante",       u"uncle",   u"aunt",   u"grand-père", u"grand-mère",
         u"grandfather", u"grandmother", u"cousin",  u"cousine"});
    // Third persons only: "my friend X" in a host's own voice may well be a guest.
    static const WordSet theirs =
        WordSet::folded({u"son", u"sa", u"ses", u"leur", u"leurs", u"his", u"her", u"their"});
    const qsizetype k = span.start - 1;
    return wordAt(tokens, k, kin) && wordAt(tokens, k - 1, theirs);
}

// "co-author, with fellow political scientist X, of …", "Il est co-auteur, avec X, de …": who
// wrote a work with the person described.
bool coAuthor(const QList<Token>& tokens, const NameSpan& span)
{
    static const WordSet with = WordSet::folded({u"with", u"avec"});
    static const WordSet coauthors =
        WordSet::folded({u"co-author", u"coauthor", u"co-authored", u"co-auteur", u"co-auteure",
                         u"co-autrice", u"coauteur", u"coautrice", u"co-written", u"co-wrote",
                         u"co-écrit", u"co-écrite", u"cosigné", u"co-signé", u"co-editor"});
    const qsizetype from = sentenceFloor(tokens, span.start, 6);
    for (qsizetype k = span.start - 1; k >= from && span.start - k <= 6; --k) {
        const Token& t = tokens.at(k);
        if (!t.isWord())
            continue;
        if (!t.lowerStart && !with.contains(t.folded))
            return false; // another name or a capitalised word between
        if (!with.contains(t.folded))
            continue;
        qsizetype b = k - 1;
        if (b >= from && tokens.at(b).isPunct(u','))
            --b;
        return wordAt(tokens, b, coauthors);
    }
    return false;
}

// "À écouter aussi …", "Lire aussi …", "Listen to the latest podcast from …, with X", "Support
// …": a line or a sentence that points to another programme or asks for support; the people in
// it are not this one's speakers.
bool crossPromotion(const QList<Token>& tokens, const NameSpan& span)
{
    static const WordSet toDo = WordSet::folded(
        {u"écouter", u"réécouter", u"lire", u"voir", u"découvrir", u"retrouver", u"regarder"});
    // The line's and the sentence's first tokens, from one walk back.
    // (Two loops: the sentence's start first, then the line's, with one test fewer per token.)
    qsizetype sentence = -1;
    qsizetype line = span.start;
    const qsizetype floor = span.start - kMaxWalkBack;
    for (; line > 0; --line) {
        const Token& before = tokens.at(line - 1);
        if (before.isBreak())
            break;
        if (before.sentenceEnd) {
            sentence = line;
            break;
        }
        if (line - 1 < floor) {
            line = -1;
            break;
        }
    }
    for (; sentence >= 0 && line > 0; --line) {
        const Token& before = tokens.at(line - 1);
        if (before.isBreak())
            break;
        if (line - 1 < floor) {
            line = -1;
            break;
        }
    }
    if (sentence < 0)
        sentence = line;
    const qsizetype w0 = line >= 0 ? nthWord(tokens, line, span.start, 0) : -1;
    const qsizetype w1 = w0 >= 0 ? nthWord(tokens, w0 + 1, span.start, 0) : -1;
    if (w0 >= 0 && w1 >= 0) {
        const QStringView a = tokens.at(w0).folded;
        const QStringView b = tokens.at(w1).folded;
        // "À écouter aussi", run together with what follows once HTML is gone ("aussiLe").
        if (a == u"a" && wordAt(tokens, w1, toDo))
            return true;
        if (wordAt(tokens, w0, toDo) && b.startsWith(u"aussi"))
            return true;
    }
    if (sentence < 0)
        return false;
    const qsizetype s0 = nthWord(tokens, sentence, span.start, 0);
    // "Support The Bible in a Year (with Fr. Mike Ashby)", "Soutenez « … » avec X": a call to
    // support or subscribe names a show with its people, a link more than a speaker.
    static const WordSet promote = WordSet::folded(
        {u"support", u"donate", u"subscribe", u"soutenez", u"soutenir", u"abonnez-vous"});
    if ((w0 >= 0 && w0 < span.start && wordAt(tokens, w0, promote)) ||
        (s0 >= 0 && wordAt(tokens, s0, promote)))
        return true;
    const qsizetype s1 = s0 >= 0 ? nthWord(tokens, s0 + 1, span.start, 0) : -1;
    if (s0 < 0 || s1 < 0)
        return false;
    const bool listen = (tokens.at(s0).folded == u"listen" && tokens.at(s1).folded == u"to") ||
                        (tokens.at(s0).folded == u"check" && tokens.at(s1).folded == u"out");
    if (!listen)
        return false;
    static const WordSet programme =
        WordSet::folded({u"podcast", u"podcasts", u"series", u"show", u"episode"});
    bool named = false;
    for (qsizetype k = s1 + 1; k < span.start; ++k) {
        if (wordAt(tokens, k, programme))
            named = true;
        else if (named && tokens.at(k).isWord() && tokens.at(k).folded == u"from")
            return true; // another programme, from another producer
    }
    return false;
}

// "des archives d’interviews de X", "archive recordings of X": people heard in archives.
bool archived(const QList<Token>& tokens, const NameSpan& span)
{
    static const WordSet of = WordSet::folded({u"de", u"d'", u"of"});
    static const WordSet archives = WordSet::folded({u"archive", u"archives", u"archival"});
    if (!wordAt(tokens, span.start - 1, of))
        return false;
    const qsizetype from = sentenceFloor(tokens, span.start, 5);
    for (qsizetype k = span.start - 2; k >= from && span.start - k <= 5; --k) {
        if (wordAt(tokens, k, archives))
            return true;
    }
    return false;
}

// "Nora Fredriksen, philosophe et militante : avec Estelle Guarnieri, …": a line that opens with
// the person a day's programme is about, then ": avec" its guests.
bool headingSubject(const QList<Token>& tokens, const NameSpan& span)
{
    // Nothing but punctuation before the name on its line (looked for backwards: a word stops it).
    for (qsizetype k = span.start - 1; k >= 0 && !tokens.at(k).isBreak(); --k) {
        if (tokens.at(k).isWord())
            return false;
    }
    static const WordSet with = WordSet::folded({u"avec", u"with"});
    for (qsizetype k = span.end; k + 1 < tokens.size() && !tokens.at(k).isBreak(); ++k) {
        if (tokens.at(k).isPunct(u':') && wordAt(tokens, k + 1, with))
            return true;
    }
    return false;
}

// "Stéphane X, maire de Sevran, a annoncé sa démission", "Mayor Y, … , announced": a holder of
// office apposed to the name, then a news verb: a politician in a news sentence, told of.
bool officeInTheNews(const QList<Token>& tokens, const NameSpan& span)
{
    static const WordSet offices =
        WordSet::folded({u"maire", u"ministre", u"président", u"présidente", u"député", u"députée",
                         u"sénateur", u"sénatrice", u"préfet", u"préfète", u"mayor", u"minister",
                         u"senator", u"governor", u"president", u"congressman", u"congresswoman"});
    static const WordSet auxiliaries = WordSet::folded({u"a", u"avait", u"has", u"had"});
    static const WordSet news =
        WordSet::folded({u"annoncé", u"déclaré", u"démissionné", u"promulgué", u"annoncée",
                         u"announced", u"resigned", u"declared", u"signed", u"vetoed"});
    const qsizetype n = tokens.size();
    qsizetype k = span.end;
    if (k >= n || !tokens.at(k).isPunct(u','))
        return false;
    ++k;
    if (!wordAt(tokens, k, offices) && !(wordAt(tokens, k + 1, offices) && tokens.at(k).isWord()))
        return false;
    // The apposition runs to the next comma, within the sentence.
    while (k < n && !tokens.at(k).isPunct(u',') && !tokens.at(k).sentenceEnd &&
           !tokens.at(k).isBreak() && k - span.end < 12)
        ++k;
    if (k >= n || !tokens.at(k).isPunct(u','))
        return false;
    ++k;
    if (wordAt(tokens, k, auxiliaries))
        ++k;
    return wordAt(tokens, k, news);
}

// "Also mentioned this week: our interview with X", "A special edition goes out on Sunday,
// featuring X", "La semaine prochaine, nous recevrons X": the sentence points to another
// episode, before or after this one; who it names does not speak in this one.
bool otherEpisode(const QList<Token>& tokens, const NameSpan& span)
{
    // In foldForMatch() form (no accents, lower case); a phrase's last word may take one more
    // letter ("diffusée", "weeks").
    static constexpr std::array<std::array<QStringView, 3>, 12> phrases = {{
        {u"also", u"mentioned", {}},
        {u"previously", u"on", {}},
        {u"previous", u"episode", {}},
        {u"next", u"week", {}},
        {u"goes", u"out", u"on"},
        {u"will", u"air", {}},
        {u"future", u"episode", {}},
        {u"precedent", u"episode", {}},
        {u"episode", u"precedent", {}},
        {u"semaine", u"prochaine", {}},
        {u"prochain", u"episode", {}},
        {u"sera", u"diffuse", {}},
    }};
    // The phrases' first words: one look-up per word before the name, most find nothing.
    static const WordSet firsts = [] {
        WordSet set;
        for (const auto& phrase : phrases)
            set.insert(phrase[0]);
        return set;
    }();
    const qsizetype from = sentenceFloor(tokens, span.start, kMaxWalkBack);
    for (qsizetype k = std::max<qsizetype>(from, 0); k + 1 < span.start; ++k) {
        if (!wordAt(tokens, k, firsts))
            continue;
        for (const auto& phrase : phrases) {
            bool match = tokens.at(k).folded == phrase[0];
            for (size_t w = 1; w < phrase.size() && match && !phrase[w].isEmpty(); ++w) {
                const qsizetype at = k + qsizetype(w);
                const bool last = w + 1 == phrase.size() || phrase[w + 1].isEmpty();
                match = at < span.start && tokens.at(at).isWord() &&
                        tokens.at(at).folded.startsWith(phrase[w]) &&
                        tokens.at(at).folded.size() <= phrase[w].size() + (last ? 1 : 0);
            }
            if (match)
                return true;
        }
    }
    return false;
}

// "… about her Christmas tour with prog guitarist X", "sur sa tournée avec le guitariste X": who
// someone's tour, album, film or marriage is with, told of. Only such joint works and bonds:
// "retour sur ses idées avec X, doctorante", "on her career with biographer X" name a guest.
bool partnerInWork(const QList<Token>& tokens, const NameSpan& span)
{
    static const WordSet with = WordSet::folded({u"with", u"avec"});
    static const WordSet theirs = WordSet::folded(
        {u"her", u"his", u"their", u"its", u"sa", u"son", u"ses", u"leur", u"leurs"});
    static const WordSet joint = WordSet::folded(
        {u"tour",    u"tours",   u"album",   u"albums",   u"record",   u"duet",     u"film",
         u"films",   u"movie",   u"band",    u"concert",  u"concerts", u"marriage", u"affair",
         u"feud",    u"romance", u"tournée", u"tournées", u"disque",   u"groupe",   u"duo",
         u"mariage", u"liaison", u"idylle",  u"spectacle"});
    // Back over the job and its article ("prog guitarist", "le guitariste") to "with".
    qsizetype k = span.start - 1;
    for (int words = 0; k >= 0 && words < 4 && tokens.at(k).isWord() && tokens.at(k).lowerStart &&
                        !with.contains(tokens.at(k).folded);
         ++words)
        --k;
    if (!wordAt(tokens, k, with) || !wordAt(tokens, k - 1, joint))
        return false;
    // The work a preposition's: "about her tour with X", not "discusses her album with X" (the
    // verb's partner).
    static const WordSet about = WordSet::folded({u"about", u"on", u"of", u"from", u"during",
                                                  u"after", u"sur", u"de", u"pendant", u"après"});
    for (qsizetype b = k - 2; b >= 1 && k - b <= 4 && tokens.at(b).isWord(); --b) {
        if (theirs.contains(tokens.at(b).folded))
            return wordAt(tokens, b - 1, about);
    }
    return false;
}

} // namespace

// A person the text only tells of, in a shape no cue makes a speaker: someone's friend or kin,
// a co-author, a person in a pointer to another programme or in archives, the subject a line of
// a programme opens with, a holder of office in a news sentence. Never a speaker, whether the rules
// or the decider would have it.
bool onlyMentioned(const QList<Token>& tokens, const NameSpan& span)
{
    return friendOrKin(tokens, span) || coAuthor(tokens, span) || crossPromotion(tokens, span) ||
           archived(tokens, span) || headingSubject(tokens, span) ||
           officeInTheNews(tokens, span) || otherEpisode(tokens, span) ||
           partnerInWork(tokens, span);
}

} // namespace ondes::speakers
