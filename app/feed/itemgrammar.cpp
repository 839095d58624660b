#include "feed/itemgrammar.h"

#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

namespace ondes::speakers {

bool isDash(const Token& t)
{
    return t.kind == Token::Kind::Punct &&
           (t.ch == u'\u2013' || t.ch == u'\u2014' || (t.ch == u'-' && t.spaceBefore));
}

bool isOneOf(const Token& t, QStringView chars)
{
    return t.kind == Token::Kind::Punct && chars.contains(t.ch);
}

ItemGrammar::ItemGrammar(const QString& text, const QList<Token>& tokens)
    : m_text(text), m_tokens(tokens), m_names(tokens), m_cues(cueTable())
{}

bool ItemGrammar::atBoundary(qsizetype i) const
{
    if (i == 0)
        return true;
    const Token& prev = at(i - 1);
    return prev.isBreak() || prev.sentenceEnd ||
           isOneOf(prev, u":/|\u2013\u2014-\u2022*(;\"\u00AB");
}

qsizetype ItemGrammar::matchCue(qsizetype i, const Cue& cue) const
{
    qsizetype p = i;
    for (const QString& word : cue.words) {
        if (p >= size() || !at(p).isWord() || at(p).folded != word)
            return -1;
        ++p;
    }
    return p;
}

bool ItemGrammar::cueAt(qsizetype i, bool verbsOnly) const
{
    if (i >= size() || !at(i).isWord())
        return false;
    for (const Cue& cue : m_cues.startingWith(at(i).folded)) {
        if ((!verbsOnly || cue.kind != Cue::Kind::Names) && matchCue(i, cue) >= 0)
            return true;
    }
    return false;
}

NameSpan ItemGrammar::nameWithPreRole(qsizetype i, qsizetype* roleBegin) const
{
    // "l'économiste Agnès Rolland", "with historian Adaeze Nwosu", "bestselling author X".
    qsizetype q = i;
    if (wordIn(q, Words::Determiner))
        ++q;
    qsizetype r = q;
    const auto jobWord = [this](qsizetype k) {
        return k < size() && at(k).isWord() && at(k).lowerStart && !at(k).hasDigit &&
               !isWord(Words::Function, at(k).folded) && !isNameParticle(at(k).folded);
    };
    for (int words = 0; words < 3 && jobWord(r); ++words) {
        ++r;
        // "philosopher and author Thaddeus Cathery": two jobs joined before the name.
        if (wordIn(r, Words::Conjunction) && isRoleNoun(at(r - 1).folded) && jobWord(r + 1))
            ++r;
    }
    if (r == q)
        return {};
    const NameSpan name = m_names.nameAt(r);
    if (!name.isValid())
        return {};
    *roleBegin = q;
    return name;
}

bool ItemGrammar::parseItem(qsizetype i, ListItem& item) const
{
    qsizetype preRole = -1;
    NameSpan name = m_names.nameAt(i);
    if (!name.isValid())
        name = nameWithPreRole(i, &preRole);
    if (!name.isValid())
        name = m_names.givenNameAt(i); // "Avec Karim du syndicat SUD rail"
    if (!name.isValid())
        return false;
    item.name = name;
    qsizetype e = name.end;
    QString role;
    if (punctAt(e, u'(')) {
        const qsizetype close = closingParen(e);
        if (close > e + 1) {
            const QChar first = m_text.at(at(e + 1).begin);
            if (first != u'@' && !at(e + 1).hasDigit && !at(e + 1).folded.startsWith(u"http"))
                role = roleText(e + 1, close, false);
            e = close + 1;
        }
    } else if (e + 1 < size() && ((isDash(at(e)) && dashRoleMayStart(e + 1)) ||
                                  (at(e).isPunct(u',') && roleMayStart(e + 1)))) {
        const qsizetype r = roleEnd(e + 1);
        if (r > e + 1) {
            role = roleText(e + 1, r);
            e = r;
        }
    }
    if (role.isEmpty() && e + 1 < size() && at(e).isWord() &&
        (at(e).folded == u"on" || at(e).folded == u"sur") &&
        isOneOf(at(e + 1), u"'\u2018\u00AB\"\u201C")) {
        // "This series includes Corinne Aldous on 'Patriarchy', Duncan Fairlie on ‘The Nanny
        // State’ …": the topic is not a role; the list goes on after it.
        qsizetype k = e + 2;
        while (k < size() && k - e < 16 && !at(k).isBreak() &&
               !isOneOf(at(k), u"'\u2019\u00BB\"\u201D"))
            ++k;
        if (k < size() && !at(k).isBreak() && k - e < 16)
            e = k + 1;
    }
    if (role.isEmpty() && e < size() && at(e).isWord() && at(e).capitalised &&
        isRoleNoun(at(e).folded)) {
        // "invités : Odile Marcassus Historienne, maîtresse de conférences à Pau"
        const qsizetype r = roleEnd(e);
        if (r > e) {
            role = roleText(e, r);
            e = r;
        }
    }
    if (role.isEmpty() && datedShowAt(item.name.first, e)) {
        role = QStringLiteral("host"); // "Regardez On refait le monde avec X du 13 janvier 2025"
        item.presents = true;
        e += 3;
    }
    if (role.isEmpty() && e + 1 < size() && at(e).isWord() && !at(e + 1).hasDigit &&
        (at(e).folded == u"du" || at(e).folded == u"des" ||
         (at(e).folded == u"de" && at(e + 1).isWord() &&
          (!at(e + 1).lowerStart || at(e + 1).folded == u"l'" || at(e + 1).folded == u"la")))) {
        // "Avec Karim du syndicat SUD rail, …", "Franck Mintzberg des éditions Noir & Rouge",
        // "Gilles Perrin de l'association Survie 49": where the person comes from is what the
        // text says of them.
        qsizetype r = e + 1;
        for (const qsizetype last = roleEnd(e); r < last && r - e <= 8; ++r) {
            if (at(r).isPunct(u',') || (at(r).isWord() && (isWord(Words::RoleStop, at(r).folded) ||
                                                           at(r).folded == u"pour")))
                break;
        }
        if (r > e + 1 && r - e <= 8) {
            role = roleText(e, r, false);
            e = r;
        }
    }
    if (role.isEmpty() && e + 1 < size() && at(e).isWord() &&
        (at(e).folded == u"of" || at(e).folded == u"from")) {
        // "Sinead Walsh of Concern Worldwide and …", "Bridget Kessler of Flinders University in
        // South Australia", "X from the University of California, Berkeley": the affiliation is
        // what the text says of the person.
        qsizetype k = e + 1;
        if (wordIn(k, Words::Determiner))
            ++k;
        const auto capital = [this](qsizetype j) {
            return j < size() && at(j).isWord() && (at(j).capitalised || at(j).allCaps);
        };
        static const QStringList joins = {QStringLiteral("of"), QStringLiteral("in"),
                                          QStringLiteral("for"), QStringLiteral("at")};
        qsizetype last = -1; // one past the last capitalised word
        while (k < size()) {
            if (capital(k)) {
                last = ++k;
            } else if (last == k && at(k).isWord() && joins.contains(at(k).folded) &&
                       (capital(k + 1) || (wordIn(k + 1, Words::Determiner) && capital(k + 2)))) {
                k += capital(k + 1) ? 1 : 2;
            } else if (last == k && punctAt(k, u',') && capital(k + 1) &&
                       (k + 2 >= size() || !at(k + 2).isWord())) {
                ++k; // "…, Berkeley"
            } else if (last == k && isOneOf(at(k), u"'\u2019") && at(k - 1).folded.endsWith(u's') &&
                       capital(k + 1)) {
                ++k; // "of the Listeners’ Association"
            } else {
                break;
            }
        }
        if (last > e + 1) {
            role = roleText(e, last, false);
            e = last;
        }
    }
    if (preRole >= 0) {
        const QString before = roleText(preRole, name.start);
        const QString folded = foldForMatch(before);
        if (isWord(Words::HostTitle, folded)) {
            if (role.isEmpty())
                role = QStringLiteral("host"); // "co-host Lily Fenwick", "l'animatrice X"
        } else if (folded == u"guest" || folded == u"special guest") {
            if (role.isEmpty())
                role = QStringLiteral("guest");
        } else {
            // "l'universitaire Claude Lhermet, spécialiste de Cendrars": the job before the name
            // and the description after it are one role, in the text's order.
            role = role.isEmpty() ? before : before % u", " % role;
        }
    }
    item.role = role;
    item.end = e;
    return true;
}

bool ItemGrammar::followerOk(qsizetype end) const
{
    if (end >= size() || !at(end).isWord())
        return true;
    return wordIn(end, Words::Conjunction) || wordIn(end, Words::Relative) || cueAt(end, true) ||
           (at(end).capitalised && isRoleNoun(at(end).folded)) || // "; Loïc Brézellec Spécialiste"
           ((at(end).folded == u"on" || at(end).folded == u"sur") && end + 1 < size() &&
            isOneOf(at(end + 1), u"'\u2018\u00AB\"\u201C")); // ", Duncan Fairley on ‘…’"
}

bool ItemGrammar::itemStartsAt(qsizetype i) const
{
    NameSpan name = m_names.nameAt(i);
    qsizetype unused = -1;
    if (!name.isValid())
        name = nameWithPreRole(i, &unused);
    return name.isValid() && followerOk(name.end);
}

bool ItemGrammar::dashRoleMayStart(qsizetype i) const
{
    // "X – trumpet", "X – Cofondateur du festival", but not "par : X - Depuis la fin du 17e
    // siècle, …" nor "Voix off : X - Un podcast INA" nor "X – among others –".
    if (i >= size() || at(i).isBreak())
        return false;
    if (!at(i).isWord())
        return isOneOf(at(i), u"\u00AB\"\u201C");
    const QString& w = at(i).folded;
    if (sentenceAt(i))
        return false;
    return !at(i).hasDigit && !isWord(Words::Determiner, w) && !isWord(Words::Function, w) &&
           !isWord(Words::RoleStop, w) && !cueAt(i, false);
}

// "par : Héloïse Carambat - Lorient consacre sa Biennale à l'estran", "mis en musique par X,
// Wild fait découvrir…": a sentence that a place or a name opens (not a word of the language)
// and that goes on in lower case (not with a job: "Harvard professor") is no role.
bool ItemGrammar::sentenceAt(qsizetype i) const
{
    return i + 1 < size() && at(i).isWord() && at(i).capitalised && !isRoleNoun(at(i)) &&
           !isCommonWord(at(i)) && !isGivenName(at(i)) && at(i + 1).isWord() &&
           at(i + 1).lowerStart && !isWord(Words::Function, at(i + 1).folded) &&
           !isNameParticle(at(i + 1)) && !isRoleNoun(at(i + 1));
}

bool ItemGrammar::roleMayStart(qsizetype i) const
{
    if (i >= size() || at(i).isBreak())
        return false;
    if (!at(i).isWord())
        return isOneOf(at(i), u"\u00AB\"\u201C'");
    // "Fouad Lahlou, à Schaerbeek": a place, not a role ("à" folds to "a", so look at the text).
    if (at(i).end - at(i).begin == 1 && m_text.at(at(i).begin) == u'\u00E0')
        return false;
    // "Julie Aubray, en charge du Sonolab", "X, in charge of the archive": a job, though "en"
    // and "in" start places and dates ("X, en direct de Kyiv").
    if ((at(i).folded == u"en" || at(i).folded == u"in") && i + 1 < size() &&
        at(i + 1).folded == u"charge")
        return true;
    return !isWord(Words::RoleStop, at(i).folded) && !cueAt(i, false) && !itemStartsAt(i) &&
           !titledPersonAt(i) && !sentenceAt(i);
}

qsizetype ItemGrammar::roleEnd(qsizetype s) const
{
    qsizetype k = s;
    int words = 0;
    bool quoted = false; // inside « » or “ ”: a title may hold a period ("« Histoire. Un voyage »")
    while (k < size()) {
        const Token& t = at(k);
        if (t.isBreak())
            break;
        if (t.kind == Token::Kind::Punct) {
            if (t.ch == u'\u00AB' || t.ch == u'\u201C') {
                quoted = true;
                ++k;
                continue;
            }
            if (t.ch == u'\u00BB' || t.ch == u'\u201D')
                quoted = false;
            if (t.ch == u':' && quoted) {
                ++k; // a title's subtitle: « Chiens : une philosophie »
                continue;
            }
            if (t.ch == u':')
                return words <= 4 ? -1 : k; // "X – Réalisation : Y" is a label, not a role
            if (quoted && (t.sentenceEnd || isOneOf(t, u"!?"))) {
                ++k; // « Tout arrive ! »
                continue;
            }
            if (t.sentenceEnd || isDash(t) || isOneOf(t, u";)/|!?\u2022"))
                break;
            if (t.ch == u'(') {
                const qsizetype close = closingParen(k);
                if (close < 0 || durationIn(k + 1, close))
                    break; // "sociologue (9 min)": a duration is not part of the role
                k = close + 1;
                continue;
            }
            if ((t.ch == u',' && commaEndsRole(k + 1)) || (t.ch == u'&' && itemStartsAt(k + 1)))
                break;
            if (t.ch == u',' && k + 2 < size() && isOneOf(at(k + 1), u"\u201D\u00BB\"") &&
                !at(k + 1).spaceBefore && verbAfterComma(k + 2)) {
                quoted = false;
                k += 2; // "author of “Holy Ground,” joins …": the title's quote closes the role
                break;
            }
            ++k;
            continue;
        }
        if (k > s && at(k - 1).isWord() && nextPersonAt(k))
            break; // "chercheuse au CNRS Jean Martin, historien": the next person
        if (k > s && ((isWord(Words::Conjunction, t.folded) &&
                       (itemStartsAt(k + 1) || (k + 1 < size() && at(k + 1).isBreak()) ||
                        personAt(k + 1))) ||
                      isWord(Words::Relative, t.folded) || cueAt(k, true) || occasionAt(k)))
            break;
        if (++words > 40) // a role ends with its clause, not after a count of words
            break;
        ++k;
    }
    return k;
}

// "… et Gilles Perrichon de l'association Survie", "… and Yohann Le Bourhis of …": after a
// conjunction inside a role, a full name (a given name first, or no word of the language in it)
// is the next person, whatever follows it.
// "astronomer Maggie Adewale, Director of Jodrell Bank Professor Tim O'Brien, and …": after a
// comma, capitalised words that end on a person's full name, itself followed by the list's next
// separator, are the next person's title, not the role of the one before.
bool ItemGrammar::titledPersonAt(qsizetype q) const
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

bool ItemGrammar::personAt(qsizetype k) const
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

// "Regardez On refait le monde avec Yves Calvayrac du 13 janvier 2025", "Écoutez « … » avec X
// du 04 juin 2024": a show to watch or hear again, named with one person and its date, is that
// person's show: they present it. `end` is where the name ends.
bool ItemGrammar::datedShowAt(qsizetype first, qsizetype end) const
{
    static const WordSet months =
        WordSet::folded({u"janvier", u"fevrier", u"mars", u"avril", u"mai", u"juin", u"juillet",
                         u"aout", u"septembre", u"octobre", u"novembre", u"decembre"});
    if (end + 2 >= size() || !at(end).isWord() || at(end).folded != u"du" ||
        !at(end + 1).hasDigit || !at(end + 2).isWord() || !months.contains(at(end + 2).folded))
        return false;
    qsizetype k = first - 1;
    if (k < 0 || !at(k).isWord() || at(k).folded != u"avec")
        return false;
    while (k > 0 && !at(k - 1).isBreak() && !at(k - 1).sentenceEnd)
        --k;
    static const WordSet verbs =
        WordSet::folded({u"regardez", u"ecoutez", u"reecoutez", u"retrouvez", u"revoyez"});
    return at(k).isWord() && verbs.contains(at(k).folded);
}

// "dessinateur à l'occasion de la parution de …", "on the occasion of": why the person is
// there, not what they do.
bool ItemGrammar::occasionAt(qsizetype k) const
{
    if (k + 2 >= size() || !at(k + 2).isWord() || at(k + 2).folded != u"occasion")
        return false;
    const QString& first = at(k).folded;
    const QString& second = at(k + 1).folded;
    return (first == u"a" && second == u"l'") || (first == u"on" && second == u"the");
}

bool ItemGrammar::durationIn(qsizetype first, qsizetype end) const
{
    // "9 min", "1 h 30", "12'30", "45 minutes", "2 hrs": digits and time units only.
    static const QStringList units = {QStringLiteral("min"),     QStringLiteral("mn"),
                                      QStringLiteral("minutes"), QStringLiteral("minute"),
                                      QStringLiteral("h"),       QStringLiteral("hr"),
                                      QStringLiteral("hrs"),     QStringLiteral("heures"),
                                      QStringLiteral("sec"),     QStringLiteral("s")};
    bool digit = false;
    bool unit = false; // "(93)" is a département, "(9 min)" and "(12'30)" are durations
    for (qsizetype k = first; k < end; ++k) {
        const Token& t = at(k);
        if (t.isWord() && t.hasDigit) {
            digit = true;
            unit = unit || t.folded.contains(u'\'') || t.folded.endsWith(u"min") ||
                   t.folded.endsWith(u'h');
        } else if (t.isWord() && units.contains(t.folded)) {
            unit = true;
        } else if (isOneOf(t, u"':")) {
            unit = true;
        } else if (!t.isPunct(u'.')) {
            return false;
        }
    }
    return digit && unit;
}

bool ItemGrammar::nextPersonAt(qsizetype k) const
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

bool ItemGrammar::commaEndsRole(qsizetype q) const
{
    if (q >= size() || at(q).isBreak())
        return true;
    if (!at(q).isWord())
        return false;
    // "Psychiatre, chef de service à Mondor, et professeur de médecine à …": a second job
    // joined by "et"/"and" after the comma is more of the same role.
    if ((at(q).folded == u"et" || at(q).folded == u"and") && q + 1 < size() && at(q + 1).isWord() &&
        at(q + 1).lowerStart && isRoleNoun(at(q + 1)))
        return false;
    // "…, avouent que …", "…, believe that …": a clause of its own starts after the comma.
    const bool clause = q + 1 < size() && at(q).lowerStart && at(q + 1).isWord() &&
                        (at(q + 1).folded == u"que" || at(q + 1).folded == u"qu'");
    return clause || isWord(Words::CommaStop, at(q).folded) || cueAt(q, false) || itemStartsAt(q) ||
           titledPersonAt(q) || verbAfterComma(q);
}

// "X, a correspondent for The Times, looks into …", "X, ancien professeur, détaille l'histoire
// …", "X, comédien, l'occasion de revenir sur …": after a comma, a word that reads as the
// sentence's verb (a verb of the show's talk, or a word followed by what only follows a verb:
// "into", a possessive, "how", an article in French) opens the predicate, not more of the role.
// A noun followed by "of", "de", "des", "du" ("author of", "auteure des") does not.
bool ItemGrammar::verbAfterComma(qsizetype q) const
{
    if (q + 1 >= size() || !at(q).isWord() || !at(q).lowerStart || at(q).hasDigit ||
        !at(q + 1).isWord())
        return false;
    const QString& word = at(q).folded;
    const QString& next = at(q + 1).folded;
    if (word == u"l'" && next == u"occasion")
        return q + 2 < size() && (at(q + 2).folded == u"de" || at(q + 2).folded == u"d'");
    if (isWord(Words::Function, word) || isWord(Words::Determiner, word))
        return false;
    static const WordSet verbs = WordSet::folded(
        {u"joins", u"joined", u"tells", u"talks", u"speaks", u"explains", u"discusses",
         u"discussed", u"reveals", u"shares", u"looks", u"offers", u"offered", u"describes",
         u"explores", u"reflects", u"argues", u"dive", u"dives"});
    if (verbs.contains(word))
        return true;
    // English: what follows a verb, never a job noun; French: an article or a possessive right
    // after a word
    static const WordSet afterVerb =
        WordSet::folded({u"into", u"his", u"her", u"their", u"how", u"why", u"whether", u"l'",
                         u"le", u"la", u"les", u"son", u"sa", u"ses", u"leur", u"leurs"});
    return afterVerb.contains(next);
}

qsizetype ItemGrammar::closingParen(qsizetype open) const
{
    int depth = 0;
    for (qsizetype k = open; k < size() && k - open < 40 && !at(k).isBreak(); ++k) {
        if (at(k).isPunct(u'('))
            ++depth;
        else if (at(k).isPunct(u')') && --depth == 0)
            return k;
    }
    return -1;
}

bool ItemGrammar::onlyTitles(QStringView role)
{
    if (role.size() < 2 || !QStringView(u"\u00AB\u201C\"").contains(role.front()))
        return false;
    qsizetype k = 0;
    while (k < role.size()) {
        const QChar open = role.at(k);
        const QChar close = open == u'\u00AB' ? u'\u00BB' : open == u'\u201C' ? u'\u201D' : u'"';
        if (!QStringView(u"\u00AB\u201C\"").contains(open))
            return false;
        const qsizetype end = role.indexOf(close, k + 1);
        if (end < 0)
            return false;
        k = end + 1;
        while (k < role.size() && (role.at(k).isSpace() || role.at(k) == u','))
            ++k;
    }
    return true;
}

QString ItemGrammar::roleText(qsizetype first, qsizetype end, bool dropArticle) const
{
    if (dropArticle && first + 1 < end && at(first).isWord() && at(first + 1).isWord() &&
        isWord(Words::Determiner, at(first).folded) && at(first).folded.size() <= 3 &&
        at(first).folded != u"our")
        ++first; // "a marine biologist" → "marine biologist"; "l'autrice de" → "autrice de"
    if (first >= end)
        return {};
    while (end - 1 > first && at(end - 1).isWord() &&
           isWord(Words::Conjunction, at(end - 1).folded))
        --end; // "… (PUF 2021) et\n\nAudrey Wallon"
    QString role = m_text.mid(at(first).begin, at(end - 1).end - at(first).begin).simplified();
    while (!role.isEmpty() && QStringView(u",;:.\u2013\u2014\u2026-").contains(role.back()))
        role.chop(1);
    role = role.trimmed();
    // A title alone (", « Tout arrive ! »"), or titles one after the other (", « Tout arrive ! »,
    // « Le patrimoine … ? »"), names a show or a work, not what the person does.
    return onlyTitles(role) ? QString() : role;
}

} // namespace ondes::speakers
