#include "feed/roleextent.h"

#include "feed/roleclausewords.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

namespace ondes::speakers {

RoleExtent::RoleExtent(const QString& text, const QList<Token>& tokens,
                       const ListItemBounds& bounds)
    : m_text(text), m_tokens(tokens), m_bounds(bounds)
{}

bool RoleExtent::roleMayStart(qsizetype i) const
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
    return !isWord(Words::RoleStop, at(i).folded) && !scheduleAt(m_text, m_tokens, i) &&
           !auxiliaryAt(m_text, m_tokens, i) &&
           (!m_bounds.cueAt(i, false) || hostTitleDescribesAt(i)) && !m_bounds.itemStartsAt(i) &&
           !m_bounds.givenItemAt(i) && !m_bounds.titledPersonAt(i) && !sentenceAt(i);
}
// "X, animatrice à ICI Musique, …", "X, l’animatrice phare de la radio", "– X, animateur radio
// et écrivain": a host's title after the comma that announces no one (lower-case words follow)
// describes the person named before it.
bool RoleExtent::hostTitleDescribesAt(qsizetype i) const
{
    qsizetype t = i;
    if (t + 1 < size() && at(t).isWord() && isWord(Words::Determiner, at(t).folded))
        ++t;
    if (t + 1 >= size() || !at(t).isWord() || !at(t).lowerStart ||
        !(isWord(Words::HostNoun, at(t).folded) || isWord(Words::HostTitle, at(t).folded)))
        return false;
    const Token& next = at(t + 1);
    return next.isWord() ? next.lowerStart && !m_bounds.personAt(t + 1) : !next.isBreak();
}
bool RoleExtent::dashRoleMayStart(qsizetype i) const
{
    // "X – trumpet", "X – Cofondateur du festival", but not "par : X - Depuis la fin du 17e
    // siècle, …" nor "Voix off : X - Un podcast INA" nor "X – among others –".
    if (i >= size() || at(i).isBreak())
        return false;
    if (!at(i).isWord())
        return isOneOf(at(i), u"\u00AB\"\u201C");
    const QStringView w = at(i).folded;
    // "par : Jérôme Garnier - Éric Reinholt a passé une nuit …": the next person, not a role.
    if (sentenceAt(i) || scheduleAt(m_text, m_tokens, i) || m_bounds.labelledSegmentAt(i) ||
        m_bounds.personAt(i))
        return false;
    // "par : A, B - C'est une épopée qui …", "Host: A - It's the story of …": a pronoun opens
    // the episode's summary, the template's next field, not a role.
    static const WordSet clauseOpeners =
        WordSet::folded({u"c'", u"j'", u"n'", u"s'", u"qu'", u"m'", u"t'", u"je", u"tu", u"on",
                         u"it", u"i", u"there", u"here", u"voici", u"voila"});
    if (clauseOpeners.contains(w))
        return false;
    return !at(i).hasDigit && !isWord(Words::Determiner, w) && !isWord(Words::Function, w) &&
           !isWord(Words::RoleStop, w) && !m_bounds.cueAt(i, false);
}
// "par : Héloïse Carambat - Lorient consacre sa Biennale à l'estran", "mis en musique par X,
// Wild fait découvrir…": a sentence that a place or a name opens (not a word of the language)
// and that goes on in lower case (not with a job: "Harvard professor") is no role.
bool RoleExtent::sentenceAt(qsizetype i) const
{
    return i + 1 < size() && at(i).isWord() && at(i).capitalised && !isRoleNoun(at(i)) &&
           !isCommonWord(at(i)) && !isGivenName(at(i)) && at(i + 1).isWord() &&
           at(i + 1).lowerStart && !isWord(Words::Function, at(i + 1).folded) &&
           !isNameParticle(at(i + 1)) && !isRoleNoun(at(i + 1));
}
qsizetype RoleExtent::roleEnd(qsizetype s) const
{
    qsizetype k = s;
    int words = 0;
    bool quoted = false; // inside « » or “ ”: a title may hold a period ("« Histoire. Un voyage »")
    bool straight = false; // inside " ": a title may hold a slash ("du "Parisien/Aujourd'hui …"")
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
            straight = t.ch == u'"' ? !straight : straight;
            if (t.ch == u'/' && (quoted || straight)) {
                ++k; // « Parisien/Aujourd'hui en France »
                continue;
            }
            if (quoted && (t.sentenceEnd || isOneOf(t, u"!?"))) {
                ++k; // « Tout arrive ! »
                continue;
            }
            if (isDash(t) && (quoted || innerHyphenAt(k))) {
                ++k; // « … caricature - 1940-1970 », "programme Turquie - Moyen-Orient"
                continue;
            }
            if (t.sentenceEnd || isDash(t) || isOneOf(t, u";)/|!?\u2022\u25B6"))
                break;
            if (t.ch == u'(') {
                const qsizetype close = closingParen(k);
                if (close < 0 || durationIn(k + 1, close))
                    break; // "sociologue (9 min)": a duration is not part of the role
                k = close + 1;
                continue;
            }
            if ((t.ch == u',' && commaEndsRole(k + 1)) ||
                (t.ch == u'&' && m_bounds.itemStartsAt(k + 1)))
                break;
            if (t.ch == u',' && k + 2 < size() && isOneOf(at(k + 1), u"\u201D\u00BB\"") &&
                !at(k + 1).spaceBefore && (verbAfterComma(k + 2) || relativeAt(k + 2))) {
                quoted = false;
                k += 2; // "author of “Holy Ground,” joins …", "… Ground,” in which he …": the
                        // title's quote closes the role
                break;
            }
            ++k;
            continue;
        }
        if (k > s && (at(k - 1).isWord() || isOneOf(at(k - 1), u")\u00BB\u201D\"")) &&
            m_bounds.nextPersonAt(k))
            break; // "chercheuse au CNRS Jean Martin, historien", "(Le Cerf, 2023) Jean Martin,
                   // japonologue": the next person
        if (k > s && ((isWord(Words::Conjunction, t.folded) &&
                       (m_bounds.itemStartsAt(k + 1) || (k + 1 < size() && at(k + 1).isBreak()) ||
                        m_bounds.personAt(k + 1))) ||
                      isWord(Words::Relative, t.folded) || auxiliaryAt(m_text, m_tokens, k) ||
                      m_bounds.cueAt(k, true) || occasionAt(k) || trailingBylineAt(k)))
            break;
        if (++words > 40) // a role ends with its clause, not after a count of words
            break;
        ++k;
    }
    return k;
}
bool RoleExtent::commaEndsRole(qsizetype q) const
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
    return clause || isWord(Words::CommaStop, at(q).folded) || m_bounds.cueAt(q, false) ||
           m_bounds.itemStartsAt(q) || m_bounds.titledPersonAt(q) || verbAfterComma(q);
}
// "X, a correspondent for The Times, looks into …", "X, ancien professeur, détaille l'histoire
// …", "X, comédien, l'occasion de revenir sur …": after a comma, a word that reads as the
// sentence's verb (a verb of the show's talk, or a word followed by what only follows a verb:
// "into", a possessive, "how", an article in French) opens the predicate, not more of the role.
// A noun followed by "of", "de", "des", "du" ("author of", "auteure des") does not.
bool RoleExtent::verbAfterComma(qsizetype q) const
{
    if (q + 1 >= size() || !at(q).isWord() || !at(q).lowerStart || at(q).hasDigit ||
        !at(q + 1).isWord())
        return false;
    const QStringView word = at(q).folded;
    const QStringView next = at(q + 1).folded;
    if (word == u"l'" && next == u"occasion")
        return q + 2 < size() && (at(q + 2).folded == u"de" || at(q + 2).folded == u"d'");
    // "…, auteur chez Slate, s’arrête sur …", "…, se demande si …": a pronominal verb.
    if ((word == u"s'" || word == u"se") && at(q + 1).lowerStart)
        return true;
    // "…, a discuté avec …", "…, l’a remporté": an auxiliary, maybe after an object pronoun.
    static const WordSet objectPronouns =
        WordSet::folded({u"l'", u"le", u"la", u"les", u"lui", u"leur", u"y", u"en", u"m'", u"n'"});
    if (auxiliaryAt(m_text, m_tokens, q) ||
        (objectPronouns.contains(word) && auxiliaryAt(m_text, m_tokens, q + 1)))
        return true;
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
// "Interview with X, Engineer at Sensis by The Graph Community": a host appends "by" and the
// show's author to every summary; that byline closes the text and is no one's role ("published
// by Penguin Books" is: a participle before "by").
bool RoleExtent::trailingBylineAt(qsizetype k) const
{
    if (k < 1 || at(k).folded != u"by" || !at(k - 1).isWord() || at(k - 1).folded.endsWith(u"ed") ||
        at(k - 1).folded.endsWith(u"en"))
        return false;
    static const WordSet joins = WordSet::folded({u"of", u"the", u"and", u"for", u"de", u"du"});
    bool named = false;
    qsizetype q = k + 1;
    for (; q < size() && !at(q).isBreak(); ++q) {
        const Token& t = at(q);
        if (t.isWord() && (t.capitalised || t.allCaps))
            named = true;
        else if (!(t.isWord() && joins.contains(t.folded)) && !isOneOf(t, u"&'\u2019-.!"))
            return false;
    }
    while (q < size() && at(q).isBreak())
        ++q;
    return named && q == size();
}
// "which he wrote …", "in which he …", "à laquelle": a relative clause, with or without its
// preposition, opens at token q.
bool RoleExtent::relativeAt(qsizetype q) const
{
    static const WordSet prepositions =
        WordSet::folded({u"in", u"of", u"on", u"at", u"for", u"by", u"with", u"dans", u"a", u"sur",
                         u"par", u"pour", u"avec", u"de"});
    static const WordSet relatives = WordSet::folded(
        {u"lequel", u"laquelle", u"lesquels", u"lesquelles", u"quoi", u"whom", u"which"});
    const auto relative = [this](qsizetype j) {
        return j < size() && at(j).isWord() &&
               (isWord(Words::Relative, at(j).folded) || relatives.contains(at(j).folded));
    };
    return relative(q) ||
           (q < size() && at(q).isWord() && prepositions.contains(at(q).folded) && relative(q + 1));
}
// "- X, responsable du programme Turquie - Moyen-Orient de l’Ifri", "- Dr X, président de
// l’Union … libre - syndicat (UFML-S)": on a line a dash opens as a list item, a spaced hyphen
// further on joins the parts of an institution's name; the next item is on the next line. Not
// before a person, a sentence, a label ("- Réalisation : Y") or a cue.
bool RoleExtent::innerHyphenAt(qsizetype k) const
{
    if (!at(k).isPunct(u'-') || !at(k).spaceBefore || k + 1 >= size() || !at(k + 1).isWord() ||
        !at(k + 1).spaceBefore)
        return false;
    qsizetype start = k;
    while (start > 0 && !at(start - 1).isBreak())
        --start;
    if (!at(start).isPunct(u'-') && !isOneOf(at(start), u"\u2013\u2014"))
        return false;
    for (qsizetype j = k + 1; j < size() && j - k <= 5 && !at(j).isBreak(); ++j) {
        if (at(j).isPunct(u':') || isDash(at(j)))
            return false;
    }
    return !m_bounds.personAt(k + 1) && !m_bounds.cueAt(k + 1, false) && !sentenceAt(k + 1) &&
           !m_bounds.labelledSegmentAt(k + 1) && !isWord(Words::RoleStop, at(k + 1).folded);
}
// "dessinateur à l'occasion de la parution de …", "on the occasion of": why the person is
// there, not what they do.
bool RoleExtent::occasionAt(qsizetype k) const
{
    if (k + 2 >= size() || !at(k + 2).isWord() || at(k + 2).folded != u"occasion")
        return false;
    const QStringView first = at(k).folded;
    const QStringView second = at(k + 1).folded;
    return (first == u"a" && second == u"l'") || (first == u"on" && second == u"the");
}
bool RoleExtent::durationIn(qsizetype first, qsizetype end) const
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
qsizetype RoleExtent::closingParen(qsizetype open) const
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
bool RoleExtent::onlyTitles(QStringView role)
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
// "musicsite.com", "www.site.fr/podcast", "https://…": one word, a host name ending on a
// common top-level domain ("chercheur.euse", "Ph.D" are no addresses).
bool RoleExtent::isWebAddress(QStringView role)
{
    if (role.isEmpty() || role.contains(u' '))
        return false;
    if (role.startsWith(u"http://") || role.startsWith(u"https://") || role.startsWith(u"www."))
        return true;
    const QStringView host = role.left(role.indexOf(u'/') < 0 ? role.size() : role.indexOf(u'/'));
    const qsizetype dot = host.lastIndexOf(u'.');
    static const WordSet domains = WordSet::folded(
        {u"com", u"org", u"net", u"io",   u"co", u"fr", u"be", u"ch",  u"ca",  u"uk",
         u"de",  u"eu",  u"us",  u"info", u"tv", u"fm", u"me", u"edu", u"gov", u"app"});
    if (dot <= 0 || !domains.contains(host.mid(dot + 1)))
        return false;
    for (const QChar c : host.left(dot)) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-')
            return false;
    }
    return true;
}
QString RoleExtent::roleText(qsizetype first, qsizetype end, bool dropArticle) const
{
    if (dropArticle && first + 1 < end && at(first).isWord() && at(first + 1).isWord() &&
        isWord(Words::Determiner, at(first).folded) && at(first).folded.size() <= 3 &&
        at(first).folded != u"our" &&
        !(at(first).folded == u"l'" &&
          (at(first + 1).folded == u"un" || at(first + 1).folded == u"une")))
        ++first; // "a marine biologist" → "marine biologist"; "l'autrice de" → "autrice de"
                 // ("l'un des …" is a pronoun: kept)
    if (first >= end)
        return {};
    // "… (PUF 2021) et\n\nAudrey Wallon", "… Discontents,” in": a conjunction or a preposition
    // left dangling where the role stopped.
    static const WordSet dangling =
        WordSet::folded({u"in", u"of", u"at", u"on", u"for", u"to", u"with", u"by", u"from", u"de",
                         u"d'", u"dans", u"sur", u"pour", u"par", u"avec", u"chez"});
    while (
        end - 1 > first && at(end - 1).isWord() &&
        (isWord(Words::Conjunction, at(end - 1).folded) || dangling.contains(at(end - 1).folded)))
        --end;
    QString role = m_text.mid(at(first).begin, at(end - 1).end - at(first).begin).simplified();
    while (!role.isEmpty() && QStringView(u",;:.\u2013\u2014\u2026-").contains(role.back()))
        role.chop(1);
    role = role.trimmed();
    // A title alone (", « Tout arrive ! »"), or titles one after the other (", « Tout arrive ! »,
    // « Le patrimoine … ? »"), names a show or a work, not what the person does; a web address
    // ("(composer.example.com)") says where to find them.
    return onlyTitles(role) || isWebAddress(role) ? QString() : role;
}

} // namespace ondes::speakers
