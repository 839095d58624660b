#include "feed/speakerextractor.h"

#include "feed/itemgrammar.h"
#include "feed/personkey.h"
#include "feed/speakernameguard.h"
#include "feed/speakerprescan.h"

#include <QHash>

#include <algorithm>

namespace ondes {
namespace {

using speakers::Cue;
using speakers::isOneOf;
using speakers::ListItem;
using speakers::NameSpan;
using speakers::Token;
using speakers::Words;

// "journalistes au Petit Écho", "sociologues au CNRS", "paysans", "writers and editors".
bool isPluralRole(const QString& role)
{
    const QString first = role.section(u' ', 0, 0).toLower();
    return first.size() > 3 && (first.endsWith(u's') || first.endsWith(u'x')) &&
           !first.endsWith(u"ss") && !first.endsWith(u"us") && !first.endsWith(u"is");
}

// One pass over one description. Scans for cues and labels; each one starts a list of names.
class Extraction
{
public:
    Extraction(const QString& text, const QList<Token>& tokens)
        : m_text(text), m_tokens(tokens), m_items(text, tokens), m_guard(tokens),
          m_cues(speakers::cueTable())
    {}

    QList<Speaker> run();

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }
    bool wordIn(qsizetype i, Words list) const
    {
        return i >= 0 && i < size() && at(i).isWord() && speakers::isWord(list, at(i).folded);
    }

    qsizetype tryCues(qsizetype i);
    qsizetype tryBio(qsizetype i);
    bool describedAt(qsizetype i) const;
    bool afterDate(qsizetype i) const;
    bool describesAPerson(qsizetype start, qsizetype end) const;
    qsizetype tryLabel(qsizetype end);
    qsizetype lineStart(qsizetype i) const;
    qsizetype parseList(qsizetype at, const QString& role, bool multiline, bool needRole = false);
    bool subjectPosition(qsizetype start) const;
    bool openedBy(qsizetype start) const;
    qsizetype jobBefore(qsizetype start) const;
    bool addBackward(qsizetype cueStart, const QString& role);
    void add(const NameSpan& name, const QString& role, const QString& cueRole);

    const QString& m_text;
    const QList<Token>& m_tokens;
    speakers::ItemGrammar m_items;
    speakers::PersonNameGuard m_guard;
    const speakers::CueTable& m_cues;
    QList<Speaker> m_speakers;
    QHash<QString, qsizetype> m_byKey;
    QList<bool> m_roleFromCue; // per speaker: the role is the cue's ("guest"), not the text's
};

QList<Speaker> Extraction::run()
{
    qsizetype i = 0;
    while (i < size()) {
        qsizetype next = i;
        if (at(i).isWord() && (i == 0 || at(i - 1).isBreak() || afterDate(i)))
            next = tryBio(i);
        if (next == i && at(i).isWord())
            next = tryCues(i);
        else if (at(i).isPunct(u':') || at(i).isBreak())
            next = tryLabel(i);
        i = next > i ? next : i + 1;
    }
    return std::move(m_speakers);
}

qsizetype Extraction::tryCues(qsizetype i)
{
    for (const Cue& cue : m_cues.startingWith(at(i).folded)) {
        qsizetype p = m_items.matchCue(i, cue);
        if (p < 0)
            continue;
        if ((cue.flags & Cue::AtBoundary) && !m_items.atBoundary(i) &&
            !((cue.flags & Cue::AfterComma) && at(i - 1).isPunct(u',')))
            continue;
        if ((cue.flags & Cue::NeedPunct) && !punctAt(p, u',') && !punctAt(p, u':'))
            continue;
        for (int k = 0; (cue.flags & Cue::Fillers) && k < 6; ++k) {
            if (!wordIn(p, Words::Filler) && !punctAt(p, u','))
                break;
            ++p;
        }
        if ((cue.flags & (Cue::OptionalComma | Cue::NeedPunct)) && punctAt(p, u','))
            ++p;
        const bool colon = punctAt(p, u':');
        if (colon || (punctAt(p, u'.') && !at(p).sentenceEnd)) // "Featuring:", "feat."
            ++p;
        const bool multiline = p < size() && at(p).isBreak();
        switch (cue.kind) {
        case Cue::Kind::Names: {
            const qsizetype end = parseList(p, cue.role, multiline, cue.flags & Cue::NeedRole);
            if (end > p)
                return end;
            break; // not followed by names: maybe a shorter cue is
        }
        case Cue::Kind::Around:
            addBackward(i, cue.roleBefore);
            return std::max(parseList(p, cue.role, multiline), p);
        case Cue::Kind::After:
            if (addBackward(i, cue.role))
                return p;
            break; // nobody before: maybe the same word cues names after ("…, explique X")
        }
    }
    return i;
}

qsizetype Extraction::tryBio(qsizetype i)
{
    // A paragraph that opens on who the guest is: "Rip Stanton is an award-winning former
    // journalist who …", "Jacqueline Salvayre est historienne, …", "A and B are a writing duo".
    QList<NameSpan> names{m_items.names().nameAt(i)};
    if (!names.constFirst().isValid())
        return i;
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
        const qsizetype end = parseList(i, QStringLiteral("guest"), false, true);
        if (end > i)
            return end;
    }
    // "Florence Sauvageot pour “Perdant magnifique” aux éditions…", "Olivier Mermet : « Le
    // fossoyeur » (XO éditions)", "Alison Bashworth, \"Reading the Hand\" (U Chicago Press)":
    // a line that opens on a name and a title announces that author.
    if (names.size() == 1 && p + 1 < size() &&
        (at(p).folded == u"pour" || punctAt(p, u':') || punctAt(p, u',')) &&
        isOneOf(at(p + 1), u"\"\u201C\u00AB\u2018")) {
        add(names.constFirst(), QStringLiteral("guest"), QStringLiteral("guest"));
        return p;
    }
    static const QStringList verbs = {QStringLiteral("is"), QStringLiteral("are"),
                                      QStringLiteral("est"), QStringLiteral("sont")};
    // What follows must say what the person is: "is a/an/the …", "est historienne, …"; not
    // "are back with …", nor a cue ("est l'invitée de …", handled as such).
    if (p + 1 >= size() || !at(p).isWord() || !verbs.contains(at(p).folded) ||
        !at(p + 1).isWord() || !at(p + 1).lowerStart || m_items.cueAt(p, false) ||
        !(wordIn(p + 1, Words::Determiner) || speakers::isRoleNoun(at(p + 1).folded)))
        return i;
    const qsizetype roleStart = p + 1;
    const qsizetype end = m_items.roleEndAt(roleStart);
    if (end <= roleStart || !describesAPerson(roleStart, end))
        return i;
    const QString role = m_items.roleText(roleStart, end);
    for (const NameSpan& name : names)
        add(name, role, QStringLiteral("guest"));
    return end;
}

// "X is a Lawyer in Michigan", "X est historienne" describe a person; "Airline Pilot Guy is an
// aviation podcast hosted by …" describes a show.
bool Extraction::describesAPerson(qsizetype start, qsizetype end) const
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
bool Extraction::afterDate(qsizetype i) const
{
    if (i < 2 || !(speakers::isDash(at(i - 1)) || at(i - 1).isPunct(u':')))
        return false;
    if (speakers::isDash(at(i - 1)) && at(i - 2).isPunct(u')'))
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
bool Extraction::describedAt(qsizetype i) const
{
    if (wordIn(i, Words::Determiner))
        ++i;
    if (wordIn(i, Words::Determiner)) // "l'", "ancien"
        ++i;
    return i < size() && at(i).isWord() && speakers::isRoleNoun(at(i).folded);
}

qsizetype Extraction::tryLabel(qsizetype colon)
{
    // The label: up to six words back to a boundary, with ( ) - inside ("Invité(e)s"). It ends
    // at a colon, or at a line break when it is alone on its line (a heading: "<p>Guests</p>").
    const bool heading = at(colon).isBreak();
    qsizetype s = colon;
    int words = 0;
    while (s > 0) {
        const Token& prev = at(s - 1);
        if (prev.isWord() && ++words <= 6)
            --s;
        else if (isOneOf(prev, u"()-") && !prev.spaceBefore && s < colon)
            --s;
        else if (prev.isPunct(u'&') && s < colon && s > 1 && at(s - 2).isWord())
            --s; // "Coordination & Web :"
        else
            break;
    }
    if (words == 0 || words > 6 || (heading && s > 0 && !at(s - 1).isBreak()) ||
        !(m_items.atBoundary(s) || at(s - 1).isPunct(u',')))
        return colon;
    if (at(s).isWord() && speakers::isWord(Words::Determiner, at(s).folded) && s + 1 < colon)
        ++s; // "Nos invités :", "Les intervenants :"
    const QStringView written =
        QStringView(m_text).mid(at(s).begin, at(colon - 1).end - at(s).begin);
    QString key = speakers::foldForMatch(written);
    key.remove(u'(').remove(u')').remove(u'-');
    const QString role = m_cues.labelRole(key.simplified(), written);
    if (role.isNull())
        return colon;
    const qsizetype p = colon + 1;
    const qsizetype end =
        parseList(heading ? colon : p, role, heading || (p < size() && at(p).isBreak()));
    return end > p ? end : colon + 1;
}

qsizetype Extraction::lineStart(qsizetype i) const
{
    while (i < size() && (at(i).isBreak() || isOneOf(at(i), u"-\u2022*\u2013\u2014")))
        ++i;
    return i;
}

qsizetype Extraction::parseList(qsizetype at_, const QString& role, bool multiline, bool needRole)
{
    qsizetype p = multiline ? lineStart(at_) : at_;
    qsizetype lastEnd = at_;
    bool needFollower = false; // after a comma, a name must end where a list item can end
    QList<ListItem> items;
    QList<bool> joined; // item i is joined to item i - 1 by "et", "and", "&" or a comma
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
        if (!m_items.parseItem(p, item) || (needFollower && !m_items.followerOk(item.name.end))) {
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
        items << item;
        joined << (items.size() > 1 && byConjunction);
        p = lastEnd = item.end;
        qsizetype q = p;
        needFollower = false;
        byConjunction = false;
        if (q < size() && isOneOf(at(q), u",;/")) {
            ++q;
            needFollower = true;
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
            isPluralRole(items[i].role))
            items[i - 1].role = items[i].role;
    }
    for (const ListItem& item : items)
        add(item.name, item.role.isEmpty() ? role : item.role, role);
    return items.isEmpty() ? at_ : lastEnd;
}

bool Extraction::subjectPosition(qsizetype start) const
{
    if (start == 0 || openedBy(start))
        return true;
    const Token& prev = at(start - 1);
    return prev.isBreak() || isOneOf(prev, u",:.!?;(/|\u2013\u2014-\u00AB\"") ||
           (prev.isWord() && speakers::isWord(Words::HostNoun, prev.folded));
}

// "Then Barton George joins us", "Ensuite Hélène Roux raconte": an adverb opens the sentence
// before the name at `start`.
bool Extraction::openedBy(qsizetype start) const
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

qsizetype Extraction::jobBefore(qsizetype start) const
{
    // "Royal correspondent Philippa Hartley explains", "…, le chef Arnaud Tessier raconte".
    qsizetype q = start;
    for (int words = 0; q > 0 && words < 4; ++words) {
        const Token& t = at(q - 1);
        if (!t.isWord() || t.hasDigit)
            break;
        const bool determiner = speakers::isWord(Words::Determiner, t.folded);
        // Capitalised words too ("Former NASA astronaut X"), checked below by the boundary.
        const bool ok = determiner || !t.lowerStart ||
                        !speakers::isWord(Words::Function, t.folded) || t.folded == u"and" ||
                        t.folded == u"et";
        if (!ok)
            break;
        --q;
        if (determiner)
            break;
    }
    bool onlyDeterminers = true; // "A Mineral History": an article is not a job
    for (qsizetype k = q; k < start && onlyDeterminers; ++k)
        onlyDeterminers = speakers::isWord(Words::Determiner, at(k).folded);
    if (onlyDeterminers)
        return -1;
    bool afterSemicolon = false;
    if (q < start && speakers::isWord(Words::Conjunction, at(q).folded) && punctAt(q - 1, u';')) {
        ++q; // "…; and Glaswegian singer Eddie McAllister describes"
        afterSemicolon = true;
    }
    if (q == start || speakers::isWord(Words::Conjunction, at(q).folded) ||
        !(afterSemicolon || m_items.atBoundary(q) || punctAt(q - 1, u',')))
        return -1;
    bool allCaps = true; // "HORSE STORY Harriet Coombe is joined by": a heading, not a job
    for (qsizetype k = q; k < start && allCaps; ++k)
        allCaps = at(k).allCaps;
    return allCaps ? start : q;
}

bool Extraction::addBackward(qsizetype cueStart, const QString& role)
{
    qsizetype end = cueStart;
    QString described;            // "Sarah Whitfield, daughter of actor Edward, recalls"
    if (punctAt(end - 1, u',')) { // "Lucie Bréhat et Antoine Kerjean, les deux voix, reçoivent"
        qsizetype k = end - 2;
        while (k > 0 && end - k < 14 && (at(k).isWord() || isOneOf(at(k), u"'\u2019-")))
            --k;
        if (k <= 0 || !at(k).isPunct(u','))
            return false;
        described = m_items.roleText(k + 1, end - 1);
        end = k;
    }
    const QString own = described.isEmpty() ? role : described;
    NameSpan name = m_items.names().nameEndingAt(end);
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
        const QString title = m_items.roleText(job, name.first);
        return speakers::isWord(Words::HostTitle, speakers::foldForMatch(title))
                   ? QStringLiteral("host")
                   : title;
    };
    if (subjectPosition(name.start)) {
        // "Journalist Ciarán Dunleavy reads": a job word before the name is its role.
        const QString title = punctAt(name.start - 1, u',') || name.start == 0 ||
                                      !at(name.start - 1).isWord() || openedBy(name.start)
                                  ? QString()
                                  : titleBefore();
        add(name, title.isEmpty() ? given : title, role);
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
        const NameSpan other = m_items.names().nameEndingAt(sep);
        if (!other.isValid())
            break;
        subjects.prepend(other);
        p = other.start;
    }
    if (subjects.size() > 1) {
        if (!subjectPosition(subjects.constFirst().start))
            return false;
        for (const NameSpan& subject : subjects)
            add(subject, given, role);
        return true;
    }
    if (jobBefore(name.start) >= 0) {
        const QString title = titleBefore();
        add(name, title.isEmpty() ? given : title, role);
        return true;
    }
    return false;
}

// The kind comes from the cue or label ("Invités :" → guest, "Réalisation :" → credit), unless
// the person's own role names a kind that does not speak as guests do ("Traduction : X
// (interprète), Y (sous-titrage)", "l'animatrice X").
SpeakerKind kindOf(const QString& role, const QString& cueRole)
{
    const SpeakerKind own = speakerKindOfRole(role);
    switch (own) {
    case SpeakerKind::Reader:
    case SpeakerKind::Narrator:
    case SpeakerKind::Interpreter:
        return own;
    default:
        break;
    }
    const SpeakerKind cue = speakerKindOfRole(cueRole);
    if (cue != SpeakerKind::Unknown)
        return cue;
    return own != SpeakerKind::Unknown ? own : SpeakerKind::Guest;
}

void Extraction::add(const NameSpan& found, const QString& role_, const QString& cueRole)
{
    // Credits name whoever the label names; a speaker needs evidence of a person's name.
    QString role = role_;
    const bool credit = kindOf(role, cueRole) == SpeakerKind::Credit;
    const NameSpan span = credit ? found : m_guard.person(found);
    if (!span.isValid())
        return;
    if (span.first > found.first && role == cueRole) // "Commentator Shaun King"
        role = m_items.roleText(found.first, span.first);
    const qsizetype begin = at(span.first).begin;
    const QString name = m_text.mid(begin, at(span.end - 1).end - begin).simplified();
    const QString key = personKey(name);
    if (key.isEmpty())
        return;
    if (const auto it = m_byKey.constFind(key); it != m_byKey.cend()) {
        // A later description replaces a role that only said what the cue said
        // ("X, …, raconte" then "invités : X Historienne, …").
        Speaker& known = m_speakers[it.value()];
        const bool generic =
            known.role.isEmpty() ||
            (m_roleFromCue.at(it.value()) && (known.role == u"guest" || known.role == u"host"));
        if (generic && role != cueRole && !role.isEmpty()) {
            known.role = role;
            m_roleFromCue[it.value()] = false;
        }
        return;
    }
    m_byKey.insert(key, m_speakers.size());
    m_speakers.append(Speaker{name, role, kindOf(role, cueRole)});
    m_roleFromCue.append(role == cueRole);
}

} // namespace

QList<Speaker> SpeakerExtractor::extract(const QString& textOrHtml) const
{
    const QString text = speakers::htmlToText(textOrHtml);
    if (!speakers::mayNameSomeone(text))
        return {};
    const QList<Token> tokens = speakers::tokenize(text);
    return Extraction(text, tokens).run();
}

} // namespace ondes
