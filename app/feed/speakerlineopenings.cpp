#include "feed/speakerlineopenings.h"

#include "feed/speakercues.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

#include <algorithm>

namespace ondes::speakers {

qsizetype LineOpeningReader::readAt(qsizetype i)
{
    qsizetype next = i;
    // A date or a bullet before: punctuation right before (asked first: most words follow one).
    if (at(i).isWord() && (i == 0 || at(i - 1).isBreak() ||
                           (at(i - 1).kind == Token::Kind::Punct && (afterDate(i) || bulleted(i)))))
        next = tryBio(i);
    if (next == i && at(i).isWord() && at(i).capitalised && (opensSentence(i) || afterOpener(i)))
        next = tryPanel(i);
    if (next == i && at(i).isWord() && at(i).capitalised && afterPlaySign(i))
        next = tryPlaySignItem(i);
    if (next == i && (at(i).hasDigit || at(i).allCaps) && (i == 0 || at(i - 1).isBreak()))
        next = tryTimeSlot(i);
    if (next == i && isOneOf(at(i), u"\u00AB\u201C\"") &&
        (i == 0 || at(i - 1).isBreak() ||
         (isOneOf(at(i - 1), u"-\u2013\u2022") && (i == 1 || at(i - 2).isBreak()))))
        next = tryQuotedProgramme(i);
    if (next == i && at(i).hasDigit && (i == 0 || at(i - 1).isBreak()))
        m_greetings.read(i);
    return next;
}

// Token i opens a bulleted line ("  • Håkon Lindvik is the …", "– X, chercheuse …", "▶ X,
// …", "► X, …").
bool LineOpeningReader::bulleted(qsizetype i) const
{
    return i > 0 && isOneOf(at(i - 1), u"\u2022*-\u2013\u2014\u25B6\u25BA\u27A4") &&
           (i == 1 || at(i - 2).isBreak());
}

// Token i follows a play sign, maybe with the text-style selector after it ("▶︎ X …"), on its
// own line or run into the text before it once HTML is removed ("(02.10.25)▶︎ X …").
bool LineOpeningReader::afterPlaySign(qsizetype i) const
{
    qsizetype k = i - 1;
    if (k >= 0 && at(k).isWord() && at(k).folded == u"\uFE0E") // a mark: read as a word
        --k;
    return k >= 0 && isOneOf(at(k), u"\u25B6\u25BA");
}

// "▶︎ Bernard MANDRIN psychiatre et psychanalyste, …", "▶︎ Edward HOLLISTER Historien,
// professeur …", "▶︎ X, Historien, auteur de …": a name after a play sign, then its job
// (after a comma or run into it), lists a guest; the list reader goes on to the next play sign.
qsizetype LineOpeningReader::tryPlaySignItem(qsizetype i)
{
    const NameSpan name = m_items.names().nameAt(i);
    if (!name.isValid() || name.start != i)
        return i;
    const qsizetype job = punctAt(name.end, u',') ? name.end + 1 : name.end;
    if (!describedAt(job))
        return i;
    const qsizetype end = m_lists.read(i, QStringLiteral("guest"), false, true);
    return end > i ? end : i;
}

qsizetype LineOpeningReader::tryBio(qsizetype i)
{
    // A paragraph that opens on who the guest is: "Rip Stanton is an award-winning former
    // journalist who …", "Jacqueline Salvayre est historienne, …", "A and B are a writing duo".
    const NameSpan opening = m_items.names().nameAt(i);
    if (!opening.isValid())
        return i; // most lines: no list made
    QList<NameSpan> names{opening};
    qsizetype p = names.constFirst().end;
    if (wordIn(p, Words::Conjunction) || punctAt(p, u'&')) {
        const NameSpan other = m_items.names().nameAt(p + 1);
        if (other.isValid()) {
            names << other;
            p = other.end;
        }
    }
    // "Paloma Morin, journaliste …, Léa Chambon, autrice …, ont rejoint", "Arnaud Fontenay
    // (épidémiologiste)": a line that opens on people described by their job lists guests.
    if (names.size() == 1 &&
        ((punctAt(p, u',') && describedAt(p + 1)) ||
         (punctAt(p, u'(') && p + 1 < size() && at(p + 1).isWord() && at(p + 1).lowerStart))) {
        const qsizetype end = m_lists.read(i, QStringLiteral("guest"), false, true);
        if (end > i)
            return end;
    }
    // "Maëlle Kerbrat, navigatrice : « Je ne me reconnais pas … »": an interview's headline,
    // the person, their job, then what they said.
    if (names.size() == 1 && punctAt(p, u',') && describedAt(p + 1)) {
        const qsizetype end = headlineJobEnd(p + 1);
        if (end > p + 1) {
            m_roster.add(names.constFirst(), m_items.roleText(p + 1, end), QStringLiteral("guest"));
            return end;
        }
    }
    // "Florence Sauvageot pour “Perdant magnifique” aux éditions…", "Olivier Mermet : « Le
    // fossoyeur » (XO éditions)", "Alison Bashworth, \"Reading the Hand\" (U Chicago Press)":
    // a line that opens on a name and a title announces that author.
    if (names.size() == 1 && p + 1 < size() &&
        (at(p).folded == u"pour" || punctAt(p, u':') || punctAt(p, u',')) &&
        isOneOf(at(p + 1), u"\"\u201C\u00AB\u2018")) {
        m_roster.add(names.constFirst(), QStringLiteral("guest"), QStringLiteral("guest"));
        return p;
    }
    static const QStringList verbs = {QStringLiteral("is"), QStringLiteral("are"),
                                      QStringLiteral("est"), QStringLiteral("sont")};
    // What follows must say what the person is: "is a/an/the …", "est historienne, …"; not
    // "are back with …", nor a cue ("est l'invitée de …", handled as such).
    if (p + 1 >= size() || !at(p).isWord() || !verbs.contains(at(p).folded) ||
        !at(p + 1).isWord() || !at(p + 1).lowerStart || m_items.cueAt(p, false) ||
        !(wordIn(p + 1, Words::Determiner) || isRoleNoun(at(p + 1))))
        return i;
    const qsizetype roleStart = p + 1;
    const qsizetype end = m_items.roleEndAt(roleStart);
    if (end <= roleStart || !describesAPerson(roleStart, end))
        return i;
    const QString role = m_items.roleText(roleStart, end);
    for (const NameSpan& name : names)
        m_roster.add(name, role, QStringLiteral("guest"));
    return end;
}

// Where a job that starts at token `job` ends before a colon and a quotation on the same line
// ("navigatrice : « … »", "producteur de radio : \"…\""); -1 when it is not so followed.
qsizetype LineOpeningReader::headlineJobEnd(qsizetype job) const
{
    for (qsizetype k = job; k + 1 < size() && k - job < 12; ++k) {
        if (at(k).isBreak() || at(k).sentenceEnd || punctAt(k, u','))
            return -1;
        if (punctAt(k, u':'))
            return isOneOf(at(k + 1), u"\"\u00AB\u201C") ? k : -1;
    }
    return -1;
}

// Token i opens a sentence inside a line, or follows a one-word opener that does
// ("Aujourd'hui, A, …").
bool LineOpeningReader::opensSentence(qsizetype i) const
{
    const auto sentenceStart = [this](qsizetype k) {
        return k > 0 && (at(k - 1).isBreak() || at(k - 1).sentenceEnd);
    };
    if (sentenceStart(i))
        return true;
    if (!punctAt(i - 1, u','))
        return false;
    // A short opener: "Lundi", "Ce soir", "Aujourd'hui" (three tokens).
    for (qsizetype k = i - 2; k >= 0 && i - k <= 4; --k) {
        if (!(at(k).isWord() || isOneOf(at(k), u"'\u2019")))
            return false;
        if (sentenceStart(k) || k == 0)
            return true;
    }
    return false;
}

// Token i follows a longer opener and its comma, words only ("Pour le deuxième sujet, A, …",
// "Dans cet échange, A, …"): the panel's people may start there too.
bool LineOpeningReader::afterOpener(qsizetype i) const
{
    if (!punctAt(i - 1, u','))
        return false;
    for (qsizetype k = i - 2; k >= 0 && i - k <= 9; --k) {
        if (!(at(k).isWord() || isOneOf(at(k), u"'\u2019")))
            return false;
        if (k == 0 || at(k - 1).isBreak() || at(k - 1).sentenceEnd)
            return true;
    }
    return false;
}

// "Aujourd'hui, A, chef d'entreprise, B, cheminot, et C, enseignante, débattent …", "Mais qui
// sont-ils ? A, journaliste pour Blast, B, autrice, …": a sentence that opens on two people or
// more, each described by a job after a comma, lists speakers (one alone may be in the news).
qsizetype LineOpeningReader::tryPanel(qsizetype i)
{
    const NameSpan first = m_items.names().nameAt(i);
    if (!first.isValid() || first.start != i || !punctAt(first.end, u',') ||
        !describedAt(first.end + 1))
        return i;
    for (qsizetype k = first.end + 2; k + 2 < size() && k - first.end < 40; ++k) {
        if (at(k).isBreak() || at(k).sentenceEnd)
            break;
        if (!at(k).capitalised || !(punctAt(k - 1, u',') || wordIn(k - 1, Words::Conjunction)))
            continue;
        const NameSpan other = m_items.names().nameAt(k);
        if (other.isValid() && other.start == k && punctAt(other.end, u',') &&
            describedAt(other.end + 1)) {
            const qsizetype end = m_lists.read(i, QStringLiteral("guest"), false, true);
            return end > i ? end : i;
        }
    }
    return i;
}

qsizetype LineOpeningReader::tryTimeSlot(qsizetype i)
{
    // A programme line: "9h-10h Le Cours de l'histoire de Tristan Leborgne", "14h-15h
    // Entendez-vous l'éco ? de Ombeline de Kerhervé", "10h-11h LES CHEMINS DE LA PHILOSOPHIE
    // par X", "10h-11h Les Chemins de la Philosophie – X", or a title in capitals alone
    // ("L’ENTRETIEN LITTÉRAIRE / X"): the show's host ends the line.
    const QStringView slot = at(i).folded;
    const bool timed = at(i).hasDigit && slot.contains(u'h') && slot.front().isDigit();
    if (!timed && !at(i).allCaps)
        return i;
    qsizetype end = i + 1;
    while (end < size() && !at(end).isBreak())
        ++end;
    const NameSpan name = m_items.names().nameEndingAt(end);
    if (!name.isValid() || name.start < i + 2)
        return i;
    const Token& before = at(name.start - 1);
    const bool of = before.isWord() && (before.folded == u"de" || before.folded == u"d'");
    const bool by =
        (before.isWord() && before.folded == u"par") || isDash(before) || before.isPunct(u'/');
    if (!(timed ? (of || by) : (by && capitalsTitle(i, name.start - 1))))
        return i;
    m_roster.add(name, QStringLiteral("host"), QStringLiteral("host"));
    return end;
}

// Tokens [i, end) are a programme's title in capitals, two words or more, not a credit label
// ("PRISE DE SON / X").
bool LineOpeningReader::capitalsTitle(qsizetype i, qsizetype end) const
{
    int words = 0;
    for (qsizetype k = i; k < end; ++k) {
        if (at(k).isWord() && !at(k).allCaps && at(k).folded != u"l'" && at(k).folded != u"d'")
            return false;
        words += at(k).isWord() && at(k).allCaps ? 1 : 0;
    }
    const QString written = m_items.roleText(i, end, false);
    return words >= 2 && cueTable().labelRole(foldForMatch(written).simplified(), written).isNull();
}

// A programme in a week's schedule: its title in quotes, "de" or "par" and its host, then
// when it is on ("- « La tête au carré » de Matthias Vidal. Du lundi au vendredi à 14h", "«
// Le 20e heure »par Élisa Bessière. Du lundi au jeudi à 20h", "« Les midis » de Marie L., du
// lundi au vendredi de 12h à 13h30"); not a book's author ("« Les saisons » de X (Gallimard)").
qsizetype LineOpeningReader::tryQuotedProgramme(qsizetype i)
{
    qsizetype close = i + 1;
    while (close < size() && close - i < 16 && !at(close).isBreak() &&
           !isOneOf(at(close), u"\u00BB\u201D\""))
        ++close;
    if (close >= size() || close - i >= 16 || close == i + 1 ||
        !isOneOf(at(close), u"\u00BB\u201D\""))
        return i;
    qsizetype by = close + 1;
    if (punctAt(by, u','))
        ++by;
    if (by >= size() || !at(by).isWord() ||
        !(at(by).folded == u"de" || at(by).folded == u"d'" || at(by).folded == u"par"))
        return i;
    const NameSpan name = m_items.names().nameAt(by + 1);
    if (!name.isValid() || name.start != by + 1 || name.end >= size() ||
        !isOneOf(at(name.end), u".,"))
        return i;
    static const WordSet days = WordSet::folded(
        {u"lundi", u"mardi", u"mercredi", u"jeudi", u"vendredi", u"samedi", u"dimanche", u"lundis",
         u"mardis", u"mercredis", u"jeudis", u"vendredis", u"samedis", u"dimanches"});
    for (qsizetype k = name.end + 1; k < size() && k - name.end <= 4 && at(k).isWord(); ++k) {
        if (days.contains(at(k).folded)) {
            m_roster.add(name, QStringLiteral("host"), QStringLiteral("host"));
            return name.end;
        }
    }
    return i;
}

// "X is a Lawyer in Michigan", "X est historienne" describe a person; "Airline Pilot Guy is an
// aviation podcast hosted by …" describes a show.
bool LineOpeningReader::describesAPerson(qsizetype start, qsizetype end) const
{
    static const QStringList shows = {
        QStringLiteral("podcast"), QStringLiteral("show"),     QStringLiteral("series"),
        QStringLiteral("serie"),   QStringLiteral("emission"), QStringLiteral("programme"),
        QStringLiteral("program"), QStringLiteral("magazine"), QStringLiteral("newsletter"),
        QStringLiteral("channel"), QStringLiteral("chaine"),   QStringLiteral("radio"),
        QStringLiteral("company"), QStringLiteral("band"),     QStringLiteral("groupe")};
    for (qsizetype k = start; k < end && k < start + 6; ++k) {
        if (at(k).isWord() && shows.contains(at(k).folded))
            return false;
    }
    return true;
}

// Token i follows a date that opens its line: "21 janvier – X (historien)", "4 mars et 9
// mars : X pour « … »".
bool LineOpeningReader::afterDate(qsizetype i) const
{
    if (i < 2 || !(isDash(at(i - 1)) || at(i - 1).isPunct(u':')))
        return false;
    if (isDash(at(i - 1)) && at(i - 2).isPunct(u')'))
        return true; // "– X (historien) – Y (autrice)": the next of the same list
    for (qsizetype k = i - 2; k >= 0 && i - k < 8; --k) {
        if (at(k).isBreak())
            return false;
        if (at(k).hasDigit && (k == 0 || at(k - 1).isBreak()))
            return true;
    }
    return false;
}

// A description starts at token i: a job noun, maybe after an article ("historienne…",
// "a historian of medicine…", "l'ancien député…").
bool LineOpeningReader::describedAt(qsizetype i) const
{
    if (wordIn(i, Words::Determiner))
        ++i;
    if (wordIn(i, Words::Determiner)) // "l'", "ancien"
        ++i;
    return i < size() && at(i).isWord() && isRoleNoun(at(i));
}

} // namespace ondes::speakers
