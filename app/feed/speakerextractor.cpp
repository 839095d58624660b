#include "feed/speakerextractor.h"

#include "feed/itemgrammar.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerlistreader.h"
#include "feed/speakermodel.h"
#include "feed/speakernameguard.h"
#include "feed/speakerprescan.h"
#include "feed/speakerroster.h"
#include "feed/speakersubjects.h"

#include <algorithm>

namespace ondes {
namespace {

using speakers::Cue;
using speakers::isOneOf;
using speakers::NameSpan;
using speakers::Token;
using speakers::Words;

// One pass over one description. Scans for cues, labels and opening bios; the names a cue or
// label announces after it are read by NameListReader, those before a verb cue by SubjectReader,
// and SpeakerRoster keeps the people among them.
class Extraction
{
public:
    Extraction(const QString& text, const QList<Token>& tokens)
        : m_text(text), m_tokens(tokens), m_items(text, tokens), m_roster(text, tokens, m_items),
          m_lists(tokens, m_items, m_roster), m_subjects(tokens, m_items, m_roster),
          m_cues(speakers::cueTable())
    {}

    // The rules' speakers, then every other name, each with its features.
    QList<speakers::SpeakerCandidate> candidates(const speakers::SpeakerModelWeights* model)
    {
        const QList<Speaker> rules = run();
        QList<speakers::SpeakerCandidate> found =
            speakers::SpeakerCandidates(m_text, m_tokens, m_items).collect(rules, model);
        // A name the rules left, only "guest" by default, takes the job or title written right
        // before it ("The writer Benedict Macallan reveals …").
        for (speakers::SpeakerCandidate& c : found) {
            if (c.position < 0 || c.speaker.role != u"guest")
                continue;
            // The candidate's first token may be a capitalised word the name grammar read
            // before the name ("The writer Benedict Macallan"): start at the name itself.
            qsizetype k = c.position;
            while (k < size() && k - c.position < 4 &&
                   !QStringView(m_text).mid(at(k).begin).startsWith(c.speaker.name))
                ++k;
            if (k >= size() || k - c.position >= 4)
                continue;
            const QString before = m_roster.describedBefore(k);
            if (!before.isEmpty() && speakerKindOfRole(before) != SpeakerKind::Credit) {
                c.speaker.role = before;
            } else if (c.speaker.kind == SpeakerKind::Guest && m_roster.receivesAt(k)) {
                c.speaker.role = QStringLiteral("host");
                c.speaker.kind = SpeakerKind::Host;
            }
        }
        return found;
    }

private:
    QList<Speaker> run();
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }
    bool wordIn(qsizetype i, Words list) const
    {
        return i >= 0 && i < size() && at(i).isWord() && speakers::isWord(list, at(i).folded);
    }

    qsizetype tryCues(qsizetype i);
    bool bulleted(qsizetype i) const;
    qsizetype namesFollowAt(qsizetype p) const;
    bool namesEndLine(qsizetype p) const;
    qsizetype tryBio(qsizetype i);
    qsizetype tryPanel(qsizetype i);
    bool opensSentence(qsizetype i) const;
    bool describedAt(qsizetype i) const;
    qsizetype tryTimeSlot(qsizetype i);
    bool afterDate(qsizetype i) const;
    bool describesAPerson(qsizetype start, qsizetype end) const;
    qsizetype tryLabel(qsizetype end);
    qsizetype tryLineLabel(qsizetype i);

    const QString& m_text;
    const QList<Token>& m_tokens;
    speakers::ItemGrammar m_items;
    speakers::SpeakerRoster m_roster;
    speakers::NameListReader m_lists;
    speakers::SubjectReader m_subjects;
    const speakers::CueTable& m_cues;
};

QList<Speaker> Extraction::run()
{
    qsizetype i = 0;
    while (i < size()) {
        qsizetype next = i;
        if (at(i).isWord() && (i == 0 || at(i - 1).isBreak() || afterDate(i) || bulleted(i)))
            next = tryBio(i);
        if (next == i && at(i).isWord() && at(i).capitalised && opensSentence(i))
            next = tryPanel(i);
        if (next == i && at(i).hasDigit && (i == 0 || at(i - 1).isBreak()))
            next = tryTimeSlot(i);
        if (next == i && at(i).isWord() && at(i).capitalised && m_items.atBoundary(i))
            next = tryLineLabel(i);
        if (next == i && at(i).isWord())
            next = tryCues(i);
        else if (at(i).isPunct(u':') || at(i).isBreak())
            next = tryLabel(i);
        i = next > i ? next : i + 1;
    }
    return m_roster.take();
}

qsizetype Extraction::tryCues(qsizetype i)
{
    for (const Cue& cue : m_cues.startingWith(at(i))) {
        // Most cues a word starts fail on their second word: look at it before matchCue(),
        // which compares every word, the first included.
        if (cue.words.size() > 1 &&
            !(i + 1 < size() && at(i + 1).isWord() && at(i + 1).folded == cue.words.at(1)))
            continue;
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
        if (cue.kind == Cue::Kind::Around || (cue.flags & Cue::NeedNames)) {
            // "A and B joined Andy Pellow", "he tells Alison Pilkington": some cues only with
            // people after them ("X joined the firm in 2010" names no one received).
            const qsizetype names = namesFollowAt(p);
            if ((cue.flags & Cue::NeedNames) && names < 0)
                continue;
            if (names > p && at(names - 1).isWord() && !at(names - 1).lowerStart &&
                at(names - 1).folded.endsWith(u"'s"))
                p = names; // "speaks with NPR's X": whose, not who
        }
        // "the lead singer with X-Ray Spex": a job with a band or a company. "X reports.": a
        // verb cue that ends its sentence.
        if ((cue.flags & Cue::LineEnd) && cue.kind == Cue::Kind::After &&
            !(p >= size() || at(p).isBreak() || (punctAt(p, u'.') && at(p).sentenceEnd)))
            continue;
        if ((cue.flags & Cue::LineEnd) && cue.kind != Cue::Kind::After &&
            (!namesEndLine(p) || (i > 0 && at(i - 1).isWord() && speakers::isRoleNoun(at(i - 1)))))
            continue;
        switch (cue.kind) {
        case Cue::Kind::Names: {
            if (cue.flags & Cue::LineEnd) {
                // "Kirsten Ware with A, B and C.": who opens the line presents it.
                const NameSpan before = m_items.names().nameEndingAt(i);
                if (before.isValid() && (before.start == 0 || at(before.start - 1).isBreak()))
                    m_subjects.addBefore(i, QStringLiteral("host"));
            }
            const qsizetype end = m_lists.read(p, cue.role, multiline, cue.flags & Cue::NeedRole);
            if (end > p)
                return end;
            break; // not followed by names: maybe a shorter cue is
        }
        case Cue::Kind::Around:
            m_subjects.addBefore(i, cue.roleBefore);
            return std::max(m_lists.read(p, cue.role, multiline), p);
        case Cue::Kind::After:
            if (m_subjects.addBefore(i, cue.role))
                return p;
            break; // nobody before: maybe the same word cues names after ("…, explique X")
        }
    }
    return i;
}

// Token i opens a bulleted line ("  • Håkon Lindvik is the …").
bool Extraction::bulleted(qsizetype i) const
{
    return i > 0 && isOneOf(at(i - 1), u"\u2022*") && (i == 1 || at(i - 2).isBreak());
}

// Where the person named at p starts: p, or after a host's title or an owner's possessive
// ("host Brianna Okoye", "NPR's Leila Farouk", "The Economist's Robert Russell"); -1 when no
// person is named there.
qsizetype Extraction::namesFollowAt(qsizetype p) const
{
    for (qsizetype q = p; q < size() && q - p < 3; ++q) {
        if (m_items.names().nameAt(q).isValid())
            return q;
        const Token& t = at(q);
        if (!t.isWord())
            return -1;
        const bool whose = !t.lowerStart && (t.folded.endsWith(u"'s") || t.folded.endsWith(u"'"));
        if (!(whose || (q == p && (wordIn(q, Words::HostTitle) || wordIn(q, Words::HostNoun) ||
                                   wordIn(q, Words::Determiner)))))
            return -1;
    }
    return -1;
}

// The names at p, and only they, end the line: "Video Recognition with A and B", "Kirsten Ware
// with A, B and C."; not a band ("the lead singer with X-Ray Spex": a common word first).
bool Extraction::namesEndLine(qsizetype p) const
{
    qsizetype q = p;
    for (int n = 0; n < 8; ++n) {
        const NameSpan name = m_items.names().nameAt(q);
        if (!name.isValid() || name.start != q ||
            (isCommonWord(at(name.first)) && !isGivenName(at(name.first))) ||
            !speakers::PersonNameGuard(m_tokens).person(name).isValid())
            return false;
        q = name.end;
        if (punctAt(q, u'.') && at(q).sentenceEnd)
            ++q;
        if (q >= size() || at(q).isBreak())
            return true;
        if (punctAt(q, u','))
            ++q;
        if (wordIn(q, Words::Conjunction) || punctAt(q, u'&'))
            ++q;
        if (q >= size() || !at(q).isWord())
            return false;
    }
    return false;
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
        const qsizetype end = m_lists.read(i, QStringLiteral("guest"), false, true);
        if (end > i)
            return end;
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
        !(wordIn(p + 1, Words::Determiner) || speakers::isRoleNoun(at(p + 1))))
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

// Token i opens a sentence inside a line, or follows a one-word opener that does
// ("Aujourd'hui, A, …").
bool Extraction::opensSentence(qsizetype i) const
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

// "Aujourd'hui, A, chef d'entreprise, B, cheminot, et C, enseignante, débattent …", "Mais qui
// sont-ils ? A, journaliste pour Blast, B, autrice, …": a sentence that opens on two people or
// more, each described by a job after a comma, lists speakers (one alone may be in the news).
qsizetype Extraction::tryPanel(qsizetype i)
{
    const speakers::NameSpan first = m_items.names().nameAt(i);
    if (!first.isValid() || first.start != i || !punctAt(first.end, u',') ||
        !describedAt(first.end + 1))
        return i;
    for (qsizetype k = first.end + 2; k + 2 < size() && k - first.end < 40; ++k) {
        if (at(k).isBreak() || at(k).sentenceEnd)
            break;
        if (!at(k).capitalised || !(punctAt(k - 1, u',') || wordIn(k - 1, Words::Conjunction)))
            continue;
        const speakers::NameSpan other = m_items.names().nameAt(k);
        if (other.isValid() && other.start == k && punctAt(other.end, u',') &&
            describedAt(other.end + 1)) {
            const qsizetype end = m_lists.read(i, QStringLiteral("guest"), false, true);
            return end > i ? end : i;
        }
    }
    return i;
}

qsizetype Extraction::tryTimeSlot(qsizetype i)
{
    // A programme line: "9h-10h Le Cours de l'histoire de Tristan Leborgne", "14h-15h
    // Entendez-vous l'éco ? de Ombeline de Kerhervé": the show's host ends the line.
    const QStringView slot = at(i).folded;
    if (!slot.contains(u'h') || !slot.front().isDigit())
        return i;
    qsizetype end = i + 1;
    while (end < size() && !at(end).isBreak())
        ++end;
    const NameSpan name = m_items.names().nameEndingAt(end);
    if (!name.isValid() || name.start < i + 2 || !at(name.start - 1).isWord())
        return i;
    const QStringView of = at(name.start - 1).folded;
    if (of != u"de" && of != u"d'")
        return i;
    m_roster.add(name, QStringLiteral("host"), QStringLiteral("host"));
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
    return i < size() && at(i).isWord() && speakers::isRoleNoun(at(i));
}

// "Réalisation Cédric Aubrac", "Choix des textes Pierre Sorel": a credit line without a colon,
// the label then a name that ends the line.
qsizetype Extraction::tryLineLabel(qsizetype i)
{
    qsizetype last = i + 1; // the longest label first: "Sound Design Anna Leland"
    while (last < size() && last - i < 4 && at(last).isWord())
        ++last;
    for (qsizetype end = last; end > i; --end) {
        if (end >= size() || !at(end).isWord() || !at(end).capitalised)
            continue;
        const speakers::NameSpan name = m_items.names().nameAt(end);
        if (!name.isValid() || name.start != end || (name.end < size() && !at(name.end).isBreak()))
            continue;
        const QStringView written =
            QStringView(m_text).mid(at(i).begin, at(end - 1).end - at(i).begin);
        const QString role =
            m_cues.labelRole(speakers::foldForMatch(written).simplified(), written);
        if (role.isNull() || speakerKindOfRole(role) != SpeakerKind::Credit)
            continue;
        m_roster.add(name, role, role);
        return name.end;
    }
    return i;
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
    QString role = m_cues.labelRole(key.simplified(), written);
    for (qsizetype t = colon - 1; role.isNull() && !heading && t > s && colon - t <= 3; --t) {
        // "Présentation : A et B Réalisation : C": text run together once HTML is removed; the
        // label is the capitalised words right before the colon.
        if (!at(t).isWord() || !at(t).capitalised || !at(t - 1).isWord())
            continue;
        const QStringView last =
            QStringView(m_text).mid(at(t).begin, at(colon - 1).end - at(t).begin);
        const QString label = m_cues.labelRole(speakers::foldForMatch(last).simplified(), last);
        if (!label.isNull() && speakerKindOfRole(label) == SpeakerKind::Credit)
            role = label;
    }
    if (role.isNull())
        return colon;
    const qsizetype p = colon + 1;
    const qsizetype end =
        m_lists.read(heading ? colon : p, role, heading || (p < size() && at(p).isBreak()));
    return end > p ? end : colon + 1;
}

} // namespace

QList<Speaker> SpeakerExtractor::extract(const QString& textOrHtml) const
{
    const QString text = speakers::htmlToText(textOrHtml);
    if (!speakers::mayNameSomeone(text))
        return {};
    const speakers::TokenizedText tokenized = speakers::tokenize(text);
    const auto& model = speakers::speakerModelWeights;
    return speakers::decideSpeakers(Extraction(text, tokenized.tokens).candidates(&model), model);
}

QList<speakers::SpeakerCandidate> SpeakerExtractor::candidates(const QString& textOrHtml) const
{
    const QString text = speakers::htmlToText(textOrHtml);
    if (!speakers::mayNameSomeone(text))
        return {};
    const speakers::TokenizedText tokenized = speakers::tokenize(text);
    return Extraction(text, tokenized.tokens).candidates(nullptr);
}

} // namespace ondes
