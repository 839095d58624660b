#include "feed/itemgrammar.h"

#include "feed/speakercues.h"
#include "feed/speakerwordset.h"

namespace ondes::speakers {

ItemGrammar::ItemGrammar(const QString& text, const QList<Token>& tokens)
    : m_text(text), m_tokens(tokens), m_names(tokens), m_bounds(tokens, m_names),
      m_roles(text, tokens, m_bounds)
{}

bool ItemGrammar::parseItem(qsizetype i, ListItem& item) const
{
    qsizetype preRole = -1;
    NameSpan name = m_names.nameAt(i);
    if (name.isValid() && name.end < size() && at(name.end).isWord() && at(name.end).lowerStart) {
        // "New York Times political reporter X": the capitalised words name an organisation
        // before a job, and the person comes after it.
        qsizetype organised = -1;
        const NameSpan after = m_bounds.nameWithPreRole(i, &organised);
        if (after.isValid() && after.start > name.end) {
            name = after;
            preRole = organised;
        }
    }
    if (!name.isValid())
        name = m_bounds.nameWithPreRole(i, &preRole);
    if (!name.isValid())
        name = m_names.givenNameAt(i); // "Avec Karim du syndicat SUD rail"
    if (!name.isValid())
        return false;
    name = withoutNextLabel(name);
    item.name = name;
    qsizetype e = name.end;
    QString role;
    if (punctAt(e, u'(')) {
        const qsizetype close = m_roles.closingParen(e);
        if (close > e + 1) {
            const QChar first = m_text.at(at(e + 1).begin);
            // "(comédienne, www.lesgens.com)": a web address after the job is none of the role.
            qsizetype roleEnd = close;
            for (qsizetype k = e + 2; k < close; ++k) {
                if (at(k).isWord() && at(k - 1).isPunct(u',') &&
                    (at(k).folded.startsWith(u"www") || at(k).folded.startsWith(u"http"))) {
                    roleEnd = k - 1;
                    break;
                }
            }
            if (first != u'@' && !at(e + 1).hasDigit && !at(e + 1).folded.startsWith(u"http"))
                role = m_roles.roleText(e + 1, roleEnd, false);
            e = close + 1;
        }
    } else if (e + 1 < size() && ((isDash(at(e)) && m_roles.dashRoleMayStart(e + 1)) ||
                                  (at(e).isPunct(u',') && m_roles.roleMayStart(e + 1)))) {
        const qsizetype r = m_roles.roleEnd(e + 1);
        if (r > e + 1) {
            role = m_roles.roleText(e + 1, r);
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
        const qsizetype r = m_roles.roleEnd(e);
        if (r > e) {
            role = m_roles.roleText(e, r);
            e = r;
        }
    }
    if (role.isEmpty() && datedShowAt(item.name.first, e)) {
        role = QStringLiteral("host"); // "Regardez On refait le monde avec X du 13 janvier 2025"
        item.presents = true;
        e += 3;
    }
    // "présentée par Marc Zanetti dès le 17 janvier": "dès" folds to "des", and is a date.
    const bool des = e < size() && at(e).isWord() && at(e).folded == u"des" &&
                     m_text.at(at(e).begin + 1) == u'e';
    if (role.isEmpty() && e + 1 < size() && at(e).isWord() && !at(e + 1).hasDigit &&
        (at(e).folded == u"du" || des ||
         ((at(e).folded == u"de" || at(e).folded == u"d'") && at(e + 1).isWord() &&
          (!at(e + 1).lowerStart || at(e + 1).folded == u"l'" || at(e + 1).folded == u"la")))) {
        // "Avec Karim du syndicat SUD rail, …", "Franck Mintzberg des éditions Noir & Rouge",
        // "Gilles Perrin de l'association Survie 49", "Christian Chavanel d’Alternatives
        // économiques": where the person comes from is what the text says of them.
        qsizetype r = e + 1;
        for (const qsizetype last = m_roles.roleEnd(e); r < last && r - e <= 8; ++r) {
            if (at(r).isPunct(u',') || (at(r).isWord() && (isWord(Words::RoleStop, at(r).folded) ||
                                                           at(r).folded == u"pour")))
                break;
            if (at(r).isPunct(u'(')) {
                // "de la FRANF (fédération des radios …)": what an acronym stands for.
                const qsizetype close = acronymGlossAt(r);
                if (close > r)
                    r = close + 1;
                break;
            }
        }
        if (r > e + 1 && (r - e <= 8 || at(r - 1).isPunct(u')'))) {
            role = m_roles.roleText(e, r, false);
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
        if (last > e + 1 && acronymGlossAt(last) > last)
            last = acronymGlossAt(last) + 1; // "of the NIH (National Institutes of Health)"
        if (last > e + 1) {
            role = m_roles.roleText(e, last, false);
            e = last;
        }
    }
    if (preRole >= 0) {
        const QString before = m_roles.roleText(preRole, name.start);
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
// "de la FRANF (fédération des radios …)", "of the NIH (National Institutes of Health)": what
// the acronym before the parenthesis at token `open` stands for. Its closing parenthesis, else -1.
qsizetype ItemGrammar::acronymGlossAt(qsizetype open) const
{
    if (open < 1 || !punctAt(open, u'(') || !at(open - 1).isWord() || !at(open - 1).allCaps)
        return -1;
    const qsizetype close = m_roles.closingParen(open);
    return close > open + 1 && !m_roles.durationIn(open + 1, close) ? close : -1;
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

// "Réalisation : Gaspard Lemoine Montage : Inès …", "Editor: Declan Murtagh Sound: …", "Mixage :
// Corentin Abalain Prise de son : …": text run together once HTML is removed. The capitalised
// words that open the next label (a known one, up to its colon) are not the name's.
NameSpan ItemGrammar::withoutNextLabel(const NameSpan& name) const
{
    qsizetype colon = name.end;
    while (colon < size() && colon - name.end < 3 && at(colon).isWord())
        ++colon;
    if (!punctAt(colon, u':'))
        return name;
    for (qsizetype t = name.first + 2; t < name.end; ++t) {
        if (!at(t).isWord() || !at(t).capitalised || !at(t - 1).isWord())
            continue;
        const QStringView written =
            QStringView(m_text).mid(at(t).begin, at(colon - 1).end - at(t).begin);
        if (!cueTable().labelRole(foldForMatch(written).simplified(), written).isNull())
            return NameSpan{name.start, name.first, t};
    }
    return name;
}

} // namespace ondes::speakers
