#include "feed/speakersubjects.h"

#include "feed/namewords.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

#include <QStringList>

namespace ondes::speakers {

bool SubjectReader::subjectPosition(qsizetype start) const
{
    if (start == 0 || openedBy(start))
        return true;
    // "Listen as Daniel Burka talks with…", "… quand Hélène Roux raconte": a clause of its own.
    static const WordSet subordinators =
        WordSet::folded({u"as", u"while", u"when", u"whereas", u"quand", u"lorsque"});
    const Token& prev = at(start - 1);
    return prev.isBreak() || isOneOf(prev, u",:.!?;(/|\u2013\u2014-\u00AB\"\u2022*") ||
           (prev.isWord() && (isWord(Words::HostNoun, prev.folded) ||
                              (prev.lowerStart && subordinators.contains(prev.folded))));
}

// "Then Barton George joins us", "Ensuite Hélène Roux raconte": an adverb opens the sentence
// before the name at `start`.
bool SubjectReader::openedBy(qsizetype start) const
{
    if (start < 1)
        return false;
    static const QStringList openers = {
        QStringLiteral("then"),    QStringLiteral("plus"),  QStringLiteral("also"),
        QStringLiteral("now"),     QStringLiteral("next"),  QStringLiteral("later"),
        QStringLiteral("finally"), QStringLiteral("today"), QStringLiteral("tonight"),
        QStringLiteral("ensuite"), QStringLiteral("puis"),  QStringLiteral("enfin"),
        QStringLiteral("alors"),   QStringLiteral("ici"),   QStringLiteral("aujourd'hui")};
    const Token& prev = at(start - 1);
    return prev.isWord() && !prev.lowerStart && openers.contains(prev.folded) &&
           (start == 1 || at(start - 2).isBreak() || at(start - 2).sentenceEnd);
}

qsizetype SubjectReader::jobBefore(qsizetype start) const
{
    // "Royal correspondent Philippa Hartley explains", "…, le chef Arnaud Tessier raconte".
    // "le lycée Simone Veil vous accueille", "la rue Victor Hugo": a place named after someone.
    static const WordSet places =
        WordSet::folded({u"lycée", u"rue", u"place", u"avenue", u"boulevard", u"salle", u"stade",
                         u"gymnase", u"quai", u"square", u"parc", u"allée", u"espace"});
    if (start > 0 && at(start - 1).isWord() && at(start - 1).lowerStart &&
        (places.contains(at(start - 1).folded) ||
         isNameWord(at(start - 1), NameWordList::Organisation)))
        return -1;
    qsizetype q = start;
    bool afterVerb = false; // "…, follows documentary filmmaker X": the verb is no part of it
    for (int words = 0; q > 0 && words < 4; ++words) {
        const Token& t = at(q - 1);
        afterVerb = isVerbBeforeJob(t);
        if (!t.isWord() || t.hasDigit || afterVerb)
            break;
        const bool determiner = isWord(Words::Determiner, t.folded);
        // Capitalised words too ("Former NASA astronaut X"), checked below by the boundary.
        const bool ok = determiner || !t.lowerStart || !isWord(Words::Function, t.folded) ||
                        t.folded == u"and" || t.folded == u"et";
        if (!ok)
            break;
        --q;
        if (determiner)
            break;
    }
    bool onlyDeterminers = true; // "A Mineral History": an article is not a job
    for (qsizetype k = q; k < start && onlyDeterminers; ++k)
        onlyDeterminers = isWord(Words::Determiner, at(k).folded);
    if (onlyDeterminers)
        return -1;
    bool afterSemicolon = false;
    if (q < start && isWord(Words::Conjunction, at(q).folded) && punctAt(q - 1, u';')) {
        ++q; // "…; and Glaswegian singer Eddie McAllister describes"
        afterSemicolon = true;
    }
    // "Émission entièreMaya Pittier et | Jonas Rüegg reçoivent": a list of names, not a job.
    if (q < start && isWord(Words::Conjunction, at(start - 1).folded))
        return -1;
    if (q == start || isWord(Words::Conjunction, at(q).folded) ||
        !(afterSemicolon || afterVerb || m_items.atBoundary(q) || punctAt(q - 1, u',')))
        return -1;
    bool allCaps = true; // "HORSE STORY Harriet Coombe is joined by": a heading, not a job
    for (qsizetype k = q; k < start && allCaps; ++k)
        allCaps = at(k).allCaps;
    return allCaps ? start : q;
}

bool opensAnImperative(const QList<Token>& tokens, const NameSpan& given)
{
    // The base forms the verb cues open with in English; a person as subject would make them
    // "chats", "talks", "joins" ("Rose talks with…"). French cue verbs are never base forms
    // ("Pierre raconte") and stay subjects' verbs.
    static const WordSet baseForms = WordSet::folded(
        {u"chat",      u"talk",        u"speak",   u"sit",     u"catch",  u"join",
         u"welcome",   u"discuss",     u"explain", u"share",   u"break",  u"tell",
         u"look",      u"meet",        u"answer",  u"reflect", u"recall", u"remember",
         u"describe",  u"investigate", u"revisit", u"recount", u"delve",  u"ponder",
         u"interview", u"report",      u"read",    u"listen",  u"come",   u"hang"});
    const qsizetype word = given.start;
    if (given.end != word + 1 ||
        (word > 0 && !tokens.at(word - 1).isBreak() && !tokens.at(word - 1).sentenceEnd))
        return false;
    if (isCommonWord(tokens.at(word)))
        return true;
    return isGivenNameAlsoWord(tokens.at(word).folded) && given.end < tokens.size() &&
           tokens.at(given.end).isWord() && baseForms.contains(tokens.at(given.end).folded);
}

// "Gordon Matheson, the author of a book about Chungking Mansions, the cheapest lodgings in Hong
// Kong, describes", "Vaile Wright, PhD, a licensed psychologist and senior director of …,
// discusses": a person described at length, commas inside, before the verb. The comma after the
// name (`comma` is the one right before the verb): a known given name opening a whole name in a
// subject's place, its description naming a job; -1 when there is none.
qsizetype SubjectReader::describedAtLength(qsizetype comma) const
{
    bool job = false;
    for (qsizetype k = comma - 1; k > 0 && comma - k < 40; --k) {
        const Token& t = at(k);
        if (t.isWord()) {
            // "X, pollster and co-founder of … joins Y, pollster …, talk to": a cue inside is
            // another clause, not X's description.
            if (m_items.cueAt(k, true))
                return -1;
            job = job || isRoleNoun(t);
            continue;
        }
        if (isOneOf(t, u"'\u2019-&") || (t.isPunct(u'.') && !t.sentenceEnd))
            continue;
        if (!t.isPunct(u',') || wordIn(k + 1, Words::Conjunction))
            return -1; // ", et le président de Credo, Y,": a list of people, not one described
        if (!job)
            continue;
        const NameSpan name = m_items.names().nameEndingAt(k);
        if (name.isValid() && name.end == k && isGivenName(at(name.first)) &&
            subjectPosition(name.start))
            return k;
    }
    return -1;
}

bool SubjectReader::addAfterJob(qsizetype cueStart, const QString& role)
{
    static const WordSet offices = WordSet::folded(
        {u"president", u"senator", u"mayor", u"governor", u"minister", u"prime", u"chancellor",
         u"congressman", u"congresswoman", u"king", u"queen", u"prince", u"princess", u"pope"});
    if (punctAt(cueStart - 1, u',')) {
        // "X, a Wall Street Journal Supreme Court reporter, dives into …": the job after a comma.
        const qsizetype comma = describedAtLength(cueStart - 1);
        for (qsizetype k = comma + 1; comma >= 0 && k < cueStart; ++k) {
            if (at(k).isWord() && offices.contains(at(k).folded))
                return false;
        }
        return comma >= 0 && addBefore(cueStart, role);
    }
    const NameSpan name = m_items.names().nameEndingAt(cueStart);
    if (!name.isValid() || name.first < 1 || at(name.first - 1).folded.endsWith(u"'s"))
        return false;
    const qsizetype job = jobBefore(name.start);
    if (job < 0 || job >= name.first)
        return false;
    // "Former NASA astronaut": a job noun among the words; no holder of office ("President X
    // says", "Senator Y warns": people in the news).
    bool named = false;
    for (qsizetype k = job; k < name.first; ++k) {
        if (at(k).isWord() && offices.contains(at(k).folded))
            return false;
        named = named || (at(k).isWord() && isRoleNoun(at(k)));
    }
    if (!named)
        return false;
    const QString title = m_items.roleText(job, name.first);
    m_roster.add(
        name, isWord(Words::HostTitle, foldForMatch(title)) ? QStringLiteral("host") : title, role);
    return true;
}

bool SubjectReader::describedAsGuestBefore(qsizetype cueStart) const
{
    if (!punctAt(cueStart - 1, u','))
        return false;
    const qsizetype comma = describedAtLength(cueStart - 1);
    if (comma < 0)
        return false;
    for (qsizetype k = comma + 1; k < cueStart; ++k) {
        if (wordIn(k, Words::HostNoun) || wordIn(k, Words::HostTitle))
            return false; // "Jane Doe, host of …, talks to": the host described
    }
    return true;
}

NameSpan SubjectReader::personEndingAt(qsizetype end) const
{
    const NameSpan name = m_items.names().nameEndingAt(end);
    if (name.isValid())
        return name;
    const NameSpan given = m_items.names().givenNameEndingAt(end); // "Kylian raconte"
    if (given.isValid() && opensAnImperative(m_tokens, given))
        return {};
    return given;
}

bool SubjectReader::addBefore(qsizetype cueStart, const QString& role)
{
    qsizetype end = cueStart;
    QString described;            // "Sarah Whitfield, daughter of actor Edward, recalls"
    if (punctAt(end - 1, u',')) { // "Lucie Bréhat et Antoine Kerjean, les deux voix, reçoivent"
        qsizetype k = end - 2;
        while (k > 0 && end - k < 14 && (at(k).isWord() || isOneOf(at(k), u"'\u2019-")))
            --k;
        const bool near = k > 0 && at(k).isPunct(u',');
        const NameSpan nearName = near ? personEndingAt(k) : NameSpan{};
        if (!nearName.isValid() || !isGivenName(at(nearName.first))) {
            // "…, the cheapest lodgings in Hong Kong, describes": maybe a place, the person
            // further back.
            const qsizetype far = describedAtLength(end - 1);
            if (far < 0 && !near)
                return false;
            k = far < 0 ? k : far;
        }
        // "Éveline Blancard, dans un entretien à distance, nous éclaire": a circumstance
        // between the commas, not a description.
        if (!wordIn(k + 1, Words::RoleStop))
            described = m_items.roleText(k + 1, end - 1);
        end = k;
    }
    const QString own = described.isEmpty() ? role : described;
    NameSpan name = personEndingAt(end);
    QString affiliation;
    if (!name.isValid()) {
        // "Colin Abernethy of Barnardo's discusses", "Jonas Wilhelmsen from the Max Planck
        // Institute for Chemistry in Mainz, Germany discusses": step back over an affiliation.
        for (qsizetype k = end - 2; k > 0 && end - k <= 14 && at(end - 1).isWord() &&
                                    described.isEmpty() && !at(k).isBreak();
             --k) {
            if (at(k).isWord() && (at(k).folded == u"of" || at(k).folded == u"from")) {
                name = m_items.names().nameEndingAt(k);
                if (name.isValid()) {
                    affiliation = m_items.roleText(k, end, false);
                    break;
                }
                // "… from the University of Nevada, Las Vegas discuss": an earlier "from"
            }
            if (!(at(k).isWord() || punctAt(k, u',')))
                break;
        }
        if (!name.isValid())
            return false;
    }
    const QString given = affiliation.isEmpty() ? own : affiliation;
    const auto titleBefore = [&]() -> QString {
        const qsizetype job = jobBefore(name.start);
        if (job < 0 || job == name.start)
            return {};
        if (at(name.first - 1).folded.endsWith(QStringLiteral("'s")))
            return {}; // "NPR's Ari Shapiro", "The BBC's Laura Kemp": whose, not what
        // "This week Ama Boateng presents", "This week architect X presents": words telling
        // when are no part of the title.
        qsizetype first = job;
        while (first < name.first && wordIn(first, Words::Filler))
            ++first;
        if (first == name.first)
            return {};
        const QString title = m_items.roleText(first, name.first);
        return isWord(Words::HostTitle, foldForMatch(title)) ? QStringLiteral("host") : title;
    };
    if (subjectPosition(name.start)) {
        // "Journalist Ciarán Dunleavy reads": a job word before the name is its role.
        const QString title = punctAt(name.start - 1, u',') || name.start == 0 ||
                                      !at(name.start - 1).isWord() || openedBy(name.start)
                                  ? QString()
                                  : titleBefore();
        m_roster.add(name, title.isEmpty() ? given : title, role);
        return true;
    }
    // "Isabelle Marchal et Lucas Brunet reçoivent", "Charlie Gleeson, Jennifer Hoopes, and
    // Chris Castellano talk about": a list of names is the subject.
    QList<NameSpan> subjects{name};
    for (qsizetype p = name.start; subjects.size() < 8;) {
        qsizetype sep = p;
        if (wordIn(sep - 1, Words::Conjunction) || punctAt(sep - 1, u'&'))
            --sep;
        if (punctAt(sep - 1, u','))
            --sep;
        if (sep == p)
            break;
        const NameSpan other = personEndingAt(sep);
        if (!other.isValid())
            break;
        subjects.prepend(other);
        p = other.start;
    }
    if (subjects.size() > 1) {
        // "Bestselling authors A and B join host C", "musicologists A and B tell …": a plural
        // job may open the list, and is each one's.
        const NameSpan& first = subjects.constFirst();
        const qsizetype job = subjectPosition(first.start) ? first.start : jobBefore(first.start);
        if (job < 0)
            return false;
        const QString shared = job < first.start && !at(first.first - 1).folded.endsWith(u"'s")
                                   ? m_items.roleText(job, first.first)
                                   : QString();
        for (const NameSpan& subject : subjects)
            m_roster.add(subject, shared.isEmpty() ? given : shared, role);
        return true;
    }
    if (jobBefore(name.start) >= 0) {
        const QString title = titleBefore();
        m_roster.add(name, title.isEmpty() ? given : title, role);
        return true;
    }
    const NameSpan named = personAfterShowTitle(name);
    if (!named.isValid())
        return false;
    m_roster.add(named, given, role);
    return true;
}

// "On Start the Week Toby Saltmarsh talks to": the capitalised words before the verb run on
// from a show's title ("Week") into the person's name. The person is what follows the common
// words that open the span, two words or more; invalid when none open it.
NameSpan SubjectReader::personAfterShowTitle(const NameSpan& name) const
{
    qsizetype k = name.first;
    while (k < name.end && at(k).isWord() && isCommonWord(at(k)) && !isGivenName(at(k)))
        ++k;
    if (k == name.first || name.end - k < 2)
        return {};
    return NameSpan{k, k, name.end};
}

} // namespace ondes::speakers
