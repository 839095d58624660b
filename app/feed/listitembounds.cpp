#include "feed/listitembounds.h"

#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

#include <algorithm>

namespace ondes::speakers {

bool isVerbBeforeJob(const Token& t)
{
    static const WordSet verbs = WordSet::folded(
        {u"follows", u"follow", u"followed", u"meets", u"met", u"features", u"featuring",
         u"introduces", u"profiles", u"suit", u"suivent", u"retrouve", u"retrouvent", u"accompagne",
         u"accompagnent", u"interroge", u"interrogent", u"rencontre"});
    return t.isWord() && t.lowerStart && verbs.contains(t.folded);
}
ListItemBounds::ListItemBounds(const QList<Token>& tokens, const NameGrammar& names)
    : m_tokens(tokens), m_names(names), m_cues(cueTable())
{}

bool ListItemBounds::atBoundary(qsizetype i) const
{
    if (i == 0)
        return true;
    const Token& prev = at(i - 1);
    return prev.isBreak() || prev.sentenceEnd ||
           isOneOf(prev, u":/|\u2013\u2014-\u2022*(;\"\u00AB");
}
qsizetype ListItemBounds::matchCue(qsizetype i, const Cue& cue) const
{
    // The first word last: a cue is asked about at a word it starts with
    // (CueTable::startingWith()), and most that fail differ on their second word.
    const qsizetype n = cue.words.size();
    if (i + n > size())
        return -1;
    const auto matches = [&](qsizetype k) {
        const Token& t = at(i + k);
        const QString& word = cue.words.at(k);
        // Compared here: most cue words are short, and equalStrings() is a call.
        return t.isWord() && t.folded.size() == word.size() &&
               std::equal(word.cbegin(), word.cend(), t.folded.cbegin());
    };
    for (qsizetype k = 1; k < n; ++k) {
        if (!matches(k))
            return -1;
    }
    return n == 0 || matches(0) ? i + n : -1;
}
bool ListItemBounds::cueAt(qsizetype i, bool verbsOnly) const
{
    if (i >= size() || !at(i).isWord())
        return false;
    if (m_cueAt.empty())
        m_cueAt.resize(size_t(size()), 0);
    quint8& known = m_cueAt[size_t(i)];
    const quint8 read = verbsOnly ? 4 : 1;
    if (known & read)
        return known & (read << 1);
    bool found = false;
    for (const Cue& cue : m_cues.startingWith(at(i))) {
        if ((!verbsOnly || cue.kind != Cue::Kind::Names) && matchCue(i, cue) >= 0) {
            found = true;
            break;
        }
    }
    known |= read | (found ? read << 1 : 0);
    return found;
}
NameSpan ListItemBounds::nameWithPreRole(qsizetype i, qsizetype* roleBegin) const
{
    // "l'économiste Agnès Rolland", "with historian Adaeze Nwosu", "bestselling author X".
    qsizetype q = i;
    if (wordIn(q, Words::Determiner))
        ++q;
    const auto jobWord = [this](qsizetype k) {
        return k < size() && at(k).isWord() && at(k).lowerStart && !at(k).hasDigit &&
               !isWord(Words::Function, at(k).folded) && !isNameParticle(at(k).folded);
    };
    // "Guardian columnist X", "New York Times political reporter X": an organisation's
    // capitalised words before the job, kept only when a job noun ends it (below).
    qsizetype organisation = q;
    while (organisation < size() && organisation - q < 4 && at(organisation).isWord() &&
           at(organisation).capitalised && !at(organisation).allCaps &&
           !isWord(Words::Function, at(organisation).folded))
        ++organisation;
    if (organisation == q || !jobWord(organisation))
        organisation = q;
    qsizetype r = organisation;
    for (int words = 0; words < 3 && jobWord(r); ++words) {
        ++r;
        // "philosopher and author Thaddeus Cathery": two jobs joined before the name.
        if (wordIn(r, Words::Conjunction) && isRoleNoun(at(r - 1).folded) && jobWord(r + 1))
            ++r;
        // "l’historien du travail Fabrice Montanier", "le professeur de philosophie X": a job,
        // then what it is of, in one lower-case word.
        if (r < size() && at(r).isWord() && isRoleNoun(at(r - 1).folded) &&
            (at(r).folded == u"du" || at(r).folded == u"des" || at(r).folded == u"de") &&
            jobWord(r + 1) && m_names.nameAt(r + 2).isValid())
            r += 2;
    }
    // "follows documentary filmmaker Dan Johnstone": the verb before the job is the
    // sentence's, not part of the role.
    for (qsizetype k = q; k < r; ++k) {
        if (isVerbBeforeJob(at(k)))
            q = k + 1;
    }
    if (wordIn(q, Words::Determiner))
        ++q;
    if (r <= organisation || (organisation > q && !isRoleNoun(at(r - 1).folded)))
        return {};
    const NameSpan name = m_names.nameAt(r);
    if (!name.isValid())
        return {};
    *roleBegin = q;
    return name;
}
NameSpan ListItemBounds::titledNameAt(qsizetype i, qsizetype* roleBegin) const
{
    // The words a title is made of besides capitalised ones: what joins them ("of the", "de
    // l'") and a rank before a job ("former", "ancienne").
    static const WordSet joins = WordSet::folded(
        {u"of", u"the", u"for", u"de", u"du", u"des", u"la", u"le", u"l'", u"d'", u"former", u"ex",
         u"ancien", u"ancienne", u"deputy", u"adjoint", u"adjointe"});
    // Offices the job nouns lack ("Chief of the General Staff", "Head of Research").
    static const WordSet offices = WordSet::folded(
        {u"chief", u"head", u"secretary", u"minister", u"ministre", u"chef", u"cheffe"});
    qsizetype q = i;
    if (wordIn(q, Words::Determiner))
        ++q;
    bool office = false;
    for (qsizetype k = q; k < size() && k - q < 12 && at(k).isWord() && !at(k).hasDigit; ++k) {
        // The person: a known given name opening a full name, after two words of title or more.
        if (k - q >= 2 && office && isGivenName(at(k)) && personAt(k)) {
            const NameSpan name = m_names.nameAt(k);
            if (!followerOk(name.end) && !at(name.end).lowerStart)
                return {};
            *roleBegin = q;
            return name;
        }
        const bool job = isRoleNoun(at(k)) || offices.contains(at(k).folded);
        if (!(job || at(k).capitalised || joins.contains(at(k).folded)))
            return {}; // "talks to the former Chief of the General Staff about …": no one
        office = office || job;
    }
    return {};
}
bool ListItemBounds::followerOk(qsizetype end) const
{
    if (end >= size() || !at(end).isWord())
        return true;
    return wordIn(end, Words::Conjunction) || wordIn(end, Words::Relative) || cueAt(end, true) ||
           m_names.sentenceAfterCapitals(end) || // "…, Julie COSTE Vous aimez ce podcast ?"
           (at(end).capitalised && isRoleNoun(at(end).folded)) || // "; Loïc Brézellec Spécialiste"
           ((at(end).folded == u"on" || at(end).folded == u"sur") && end + 1 < size() &&
            isOneOf(at(end + 1), u"'\u2018\u00AB\"\u201C")); // ", Duncan Fairley on ‘…’"
}
bool ListItemBounds::itemStartsAt(qsizetype i) const
{
    NameSpan name = m_names.nameAt(i);
    qsizetype unused = -1;
    if (!name.isValid())
        name = nameWithPreRole(i, &unused);
    return name.isValid() && followerOk(name.end);
}
bool ListItemBounds::givenItemAt(qsizetype i) const
{
    const NameSpan given = m_names.givenNameAt(i);
    if (!given.isValid())
        return false;
    const qsizetype end = given.end;
    return end >= size() || at(end).isBreak() || isOneOf(at(end), u",;&") ||
           wordIn(end, Words::Conjunction);
}
// "… et Gilles Perrichon de l'association Survie", "… and Yohann Le Bourhis of …": after a
// conjunction inside a role, a full name (a given name first, or no word of the language in it)
// is the next person, whatever follows it.
// "astronomer Maggie Adewale, Director of Jodrell Bank Professor Tim O'Brien, and …": after a
// comma, capitalised words that end on a person's full name, itself followed by the list's next
// separator, are the next person's title, not the role of the one before.
bool ListItemBounds::titledPersonAt(qsizetype q) const
{
    if (q >= size() || !at(q).isWord() || !at(q).capitalised)
        return false;
    for (qsizetype k = q + 1; k < size() && k - q <= 8; ++k) {
        if (!at(k).isWord())
            return false;
        if (personAt(k)) {
            const qsizetype end = m_names.nameAt(k).end;
            return end >= size() || at(end).isBreak() || at(end).sentenceEnd ||
                   isOneOf(at(end), u",;") ||
                   (at(end).isWord() && isWord(Words::Conjunction, at(end).folded));
        }
        if (at(k).lowerStart &&
            (!isWord(Words::Function, at(k).folded) || isWord(Words::Conjunction, at(k).folded)))
            return false; // "Grand Froid et Bastien Ollagnier": a list, not a title
    }
    return false;
}
bool ListItemBounds::personAt(qsizetype k) const
{
    if (k >= size() || !at(k).isWord() || !at(k).capitalised)
        return false;
    const NameSpan name = m_names.nameAt(k);
    if (!name.isValid() || name.first != k || name.end - name.first < 2)
        return false;
    if (isGivenName(at(k)))
        return true;
    // "Yohann Le Bourhis": no given name known, but no word of the language either.
    for (qsizetype i = k; i < name.end; ++i) {
        if (at(i).isWord() && !at(i).lowerStart && !isNameParticle(at(i)) && isCommonWord(at(i)))
            return false;
    }
    return true;
}
bool ListItemBounds::nextPersonAt(qsizetype k) const
{
    // A new list item without punctuation before it: a name that a given name opens, itself
    // described ("Jean Martin, historien", "Jean Martin (historien)").
    if (!at(k).isWord() || !at(k).capitalised || !isGivenName(at(k).folded))
        return false;
    const NameSpan name = m_names.nameAt(k);
    if (!name.isValid() || name.end + 1 >= size())
        return false;
    const Token& after = at(name.end);
    if (!after.isPunct(u',') && !after.isPunct(u'('))
        return false;
    qsizetype d = name.end + 1;
    if (d < size() && at(d).isWord() && isWord(Words::Determiner, at(d).folded))
        ++d;
    return d < size() && at(d).isWord() && isRoleNoun(at(d).folded);
}

bool ListItemBounds::labelledSegmentAt(qsizetype i) const
{
    if (i + 1 >= size() || !at(i).isWord() || !at(i).capitalised)
        return false;
    const bool titleNext = isOneOf(at(i + 1), u"\u00AB\"\u201C");
    if (!titleNext && !m_names.nameAt(i + 1).isValid())
        return false;
    const QStringView written = at(i).folded;
    return !m_cues.labelRole(written.toString(), written).isNull();
}

} // namespace ondes::speakers
