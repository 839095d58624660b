#include "feed/speakerlistreader.h"

#include "feed/speakerkinds.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

#include <algorithm>

namespace ondes::speakers {
namespace {

// "journalistes au Petit Écho", "sociologues au CNRS", "paysans", "writers and editors".
bool isPluralRole(const QString& role)
{
    const QString first = role.section(u' ', 0, 0).toLower();
    return first.size() > 3 && (first.endsWith(u's') || first.endsWith(u'x')) &&
           !first.endsWith(u"ss") && !first.endsWith(u"us") && !first.endsWith(u"is");
}

// "legendary comedians", "les historiens": the job's last word is plural.
bool isPluralJob(const QString& role)
{
    return isPluralRole(role.section(u' ', -1, -1));
}

// "du collectif des sans-papiers", "from Sound Situations", "de l'association Survie",
// "rédaction": where people come from, or the team they are, is said of everyone listed with
// them ("A et B, du collectif …", "A and B from Sound Situations", "A et B, rédaction").
bool isSharedRole(const QString& role)
{
    const QString folded = foldForMatch(role);
    for (const QStringView from :
         {QStringView(u"du "), QStringView(u"de "), QStringView(u"des "), QStringView(u"d'"),
          QStringView(u"from "), QStringView(u"of ")}) {
        if (folded.startsWith(from))
            return true;
    }
    return speakerRoleWords().contains(folded);
}

// A list item's bullet or dash: "-", "•", "*", "–", "—".
bool isBullet(const Token& t)
{
    // "▶︎ X, historien ▶︎ Y, …": a play sign (and the text-style selector after it) too.
    return isOneOf(t, u"-\u2022*\u2013\u2014\u25B6\uFE0E");
}

// Radio France's template, "durée : 00:58:54 - Show - par : A, B - Title": its fields are
// spaced dashes apart, its people commas apart, so a dash ends the list (the title may be a
// name: the person the episode is about).
bool inDurationTemplate(const QList<Token>& tokens, qsizetype i)
{
    // The template's fields before the people are short: the walk back is bounded, so a hostile
    // line of dashes stays linear.
    const qsizetype floor = i - 96;
    while (i > 0 && !tokens.at(i - 1).isBreak()) {
        if (--i < floor)
            return false;
    }
    return i + 1 < tokens.size() && tokens.at(i).isWord() && tokens.at(i).folded == u"duree" &&
           tokens.at(i + 1).isPunct(u':');
}

} // namespace

qsizetype NameListReader::lineStart(qsizetype i) const
{
    while (i < size() && (at(i).isBreak() || isBullet(at(i))))
        ++i;
    return i;
}

qsizetype NameListReader::roleLineEnd(qsizetype p, const QList<ListItem>& items,
                                      qsizetype lastEnd) const
{
    // The line at p comes right after the line of the last item, which it alone filled, and
    // says what someone does: a job noun first, no label, a dozen words at most.
    // "Emeritus Professor of Greek Culture and Senior Research Fellow at Clare College", "Fellow
    // of St Catharine's College and Reader in European History at …": a rank may come first.
    static const WordSet ranks =
        WordSet::folded({u"emeritus", u"associate", u"assistant", u"visiting", u"honorary",
                         u"fellow", u"former", u"ancien", u"ancienne", u"senior", u"principal"});
    if (items.isEmpty() || !items.constLast().role.isEmpty() || p <= 0 || !at(p - 1).isBreak() ||
        lastEnd >= size() || !at(lastEnd).isBreak() || lineStart(lastEnd) != p || !at(p).isWord() ||
        !(isRoleNoun(at(p)) || (!at(p).lowerStart && ranks.contains(at(p).folded))))
        return -1;
    qsizetype end = p;
    while (end < size() && !at(end).isBreak()) {
        if (at(end).isPunct(u':') || end - p > 30)
            return -1;
        ++end;
    }
    return end;
}

// "Image: Natasha Bishton Credit: Natalie Thomsett", "Photo : A et B. Crédit : C": the names a
// picture label gives before a credit on the same line are who the picture shows, not credits.
bool NameListReader::pictureSubjectsAt(qsizetype at_, const QString& role) const
{
    static const WordSet pictures =
        WordSet::folded({u"image", u"images", u"photo", u"photos", u"picture", u"pictures"});
    if (!pictures.contains(foldForMatch(role)))
        return false;
    for (qsizetype k = at_; k + 1 < size() && !at(k).isBreak() && k - at_ < 24; ++k) {
        if (at(k).isWord() && (at(k).folded == u"credit" || at(k).folded == u"credits") &&
            at(k + 1).isPunct(u':'))
            return true;
    }
    return false;
}

// "Invités : X journaliste à l'hebdomadaire Sport Hebdo et Y journaliste sportif à …": a job
// written right after the name, without a comma, is the item's role when the list goes on after
// it with another person ("et", "and", a comma, then a given name that opens a name).
void NameListReader::bareJobAfter(ListItem& item) const
{
    const qsizetype e = item.end;
    if (!item.role.isEmpty() || e + 1 >= size() || !at(e).isWord() || !at(e).lowerStart ||
        !isRoleNoun(at(e)))
        return;
    const qsizetype r = m_items.roleEndAt(e);
    if (r <= e || r + 1 >= size())
        return;
    const qsizetype next = punctAt(r, u',') && wordIn(r + 1, Words::Conjunction) ? r + 2
                           : punctAt(r, u',') || wordIn(r, Words::Conjunction)   ? r + 1
                                                                                 : -1;
    if (next < 0 || next >= size() || !isGivenName(at(next)) ||
        !m_items.names().nameAt(next).isValid())
        return;
    item.role = m_items.roleText(e, r);
    item.end = r;
}

qsizetype NameListReader::read(qsizetype at_, const QString& role, bool multiline, bool needRole)
{
    if (pictureSubjectsAt(at_, role))
        return at_;
    qsizetype p = multiline ? lineStart(at_) : at_;
    // "Avec : • X, autrice • Y, …", "Pour en parler : - X de … - Y, …": bullets on one line.
    const auto bullet = [this](qsizetype i) { return i < size() && isBullet(at(i)); };
    const bool inlineBullets = bullet(p);
    while (bullet(p))
        ++p;
    // In such a list what follows an item up to the next bullet is commentary ("• X, autrice
    // de l’ouvrage, La révolte des mères (2025) • Y, …"): go on after that bullet.
    const auto nextBullet = [&](qsizetype from) -> qsizetype {
        for (qsizetype k = from; k < size() && k - from < 40 && !at(k).isBreak(); ++k) {
            if (bullet(k) && k + 1 < size() && !bullet(k + 1) && !at(k + 1).isBreak())
                return k + 1;
        }
        return -1;
    };
    // "avec A, éducatrice à l'association PAMA, Présence Animale et Médiation ; B, témoin …":
    // after a semicolon, a person described by a comma then a lower-case word is the next item.
    const auto nextDescribedAfterSemicolon = [&](qsizetype from) -> qsizetype {
        for (qsizetype k = from; k + 3 < size() && k - from < 24 && !at(k).isBreak(); ++k) {
            if (!at(k).isPunct(u';'))
                continue;
            const NameSpan name = m_items.names().nameAt(k + 1);
            if (name.isValid() && isGivenName(at(k + 1)) && name.end + 1 < size() &&
                punctAt(name.end, u',') && at(name.end + 1).isWord() && at(name.end + 1).lowerStart)
                return k + 1;
            return -1;
        }
        return -1;
    };
    qsizetype lastEnd = at_;
    bool needFollower = false; // after a comma, a name must end where a list item can end
    QList<ListItem> items;
    QList<bool> joined;   // item i is joined to item i - 1 by "et", "and", "&" or a comma
    QList<bool> jobFirst; // item i's role is the job written before its name
    bool byConjunction = false;
    // In a list one item a line, what follows an item on its line is commentary ("Farida
    // Ouchar, de l'association Voisines, sur le logement."): go on with the next line.
    const auto nextLine = [this](qsizetype from) {
        while (from < size() && !at(from).isBreak())
            ++from;
        return from < size() ? lineStart(from) : size();
    };
    while (p < size()) {
        ListItem item;
        // The line under a name line may read like a name ("Associate Professor of …"): what
        // it says of the person comes first.
        const qsizetype described = multiline ? roleLineEnd(p, items, lastEnd) : -1;
        if (described > p || !m_items.parseItem(p, item) ||
            (needFollower && !m_items.followerOk(item.name.end))) {
            if (described > p) {
                // "With\nTessa Morland\nHistorian\nKwame Boateng\nNovelist": one line a name,
                // the next what the person does.
                items.last().role = m_items.roleText(p, described);
                p = lastEnd = described;
                if (p < size())
                    p = lineStart(p);
                continue;
            }
            qsizetype afterBullet = inlineBullets && !items.isEmpty() ? nextBullet(p) : -1;
            if (afterBullet < 0 && !items.isEmpty())
                afterBullet = nextDescribedAfterSemicolon(p);
            if (afterBullet > p) {
                p = afterBullet;
                needFollower = false;
                byConjunction = false;
                continue;
            }
            if (!multiline || items.isEmpty() || (p > 0 && at(p - 1).isBreak()))
                break;
            const qsizetype next = nextLine(p);
            if (next <= p || next >= size())
                break;
            p = next;
            needFollower = false;
            byConjunction = false;
            continue;
        }
        bareJobAfter(item);
        items << item;
        joined << (items.size() > 1 && byConjunction);
        jobFirst << (item.name.start > p && !item.role.isEmpty());
        p = lastEnd = item.end;
        qsizetype q = p;
        needFollower = false;
        byConjunction = false;
        if (q < size() && isOneOf(at(q), u",;/")) {
            ++q;
            needFollower = true;
        }
        if (q == p && bullet(q) && q + 1 < size() && !at(q + 1).isBreak()) {
            qsizetype r = q;
            while (bullet(r))
                ++r;
            // A name right after the dash, not a label ("– Sound Design Anna Leland").
            if (r < size() && isGivenName(at(r)) && m_items.names().nameAt(r).isValid() &&
                !inDurationTemplate(m_tokens, q)) {
                q = r;
                needFollower = true;
            }
        }
        if (punctAt(q, u'&') || punctAt(q, u'+')) {
            ++q;
            needFollower = false;
            byConjunction = true;
        } else if (wordIn(q, Words::Conjunction)) {
            needFollower = false;
            byConjunction = true;
            q += (q + 1 < size() && at(q + 1).folded == u"que") ? 2 : 1; // "ainsi que"
            if (q < size() && at(q).isBreak())
                q = lineStart(q); // "… et\n\nAudrey Wallon, maîtresse de conférences"
            if (q + 1 < size() && (at(q).folded == u"de" || at(q).folded == u"d'") &&
                m_items.names().nameAt(q + 1).isValid())
                ++q; // "avec la participation de X et de Y"
        }
        if (q == p) {
            if (!multiline || q >= size())
                break;
            q = at(q).isBreak() ? lineStart(q) : nextLine(q);
        }
        p = q;
    }
    // "… avec X, historienne": a weak cue needs someone described.
    if (needRole && std::none_of(items.cbegin(), items.cend(),
                                 [](const ListItem& item) { return !item.role.isEmpty(); }))
        return at_;
    // "Solène Marquet et Isabelle Lachaume, journalistes au service culture": a plural role
    // describes the people listed with it.
    for (qsizetype i = items.size() - 1; i > 0; --i) {
        if (!items[i].role.isEmpty() && items[i - 1].role.isEmpty() && joined[i] &&
            (isPluralRole(items[i].role) || isSharedRole(items[i].role)))
            items[i - 1].role = items[i].role;
    }
    // "les historiens A et B", "legendary comedians A and B": a plural job before the first name
    // is the job of the names joined to it.
    for (qsizetype i = 1; i < items.size(); ++i) {
        if (items[i].role.isEmpty() && joined[i] && jobFirst[i - 1] &&
            isPluralJob(items[i - 1].role)) {
            items[i].role = items[i - 1].role;
            jobFirst[i] = true;
        }
    }
    for (const ListItem& item : items)
        m_roster.add(item.name, item.role.isEmpty() ? role : item.role,
                     item.presents ? item.role : role);
    return items.isEmpty() ? at_ : lastEnd;
}

} // namespace ondes::speakers
