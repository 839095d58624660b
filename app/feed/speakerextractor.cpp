#include "feed/speakerextractor.h"

#include "feed/itemgrammar.h"
#include "feed/speakerchars.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerlineopenings.h"
#include "feed/speakerlistreader.h"
#include "feed/speakermodel.h"
#include "feed/speakernameguard.h"
#include "feed/speakerprescan.h"
#include "feed/speakerroster.h"
#include "feed/speakersubjects.h"
#include "feed/speakertranscriptlabels.h"
#include "feed/speakerwordset.h"

#include <algorithm>

namespace ondes {
namespace {

using speakers::Cue;
using speakers::isOneOf;
using speakers::NameSpan;
using speakers::Token;
using speakers::Words;

// One pass over one description. Scans for cues and labels; the names a cue or label announces
// after it are read by NameListReader, those before a verb cue by SubjectReader, the people a
// line opens on by LineOpeningReader, and SpeakerRoster keeps the people among them.
class Extraction
{
public:
    Extraction(const QString& text, const QList<Token>& tokens)
        : m_text(text), m_tokens(tokens), m_items(text, tokens), m_roster(text, tokens, m_items),
          m_lists(tokens, m_items, m_roster), m_subjects(tokens, m_items, m_roster),
          m_openings(tokens, m_items, m_roster, m_lists), m_cues(speakers::cueTable())
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
            // A name the decider adds: what any of its appearances says before it ("Nell Okafor
            // and Beatrix Lumley … the turn of prize-winning poet Nell Okafor").
            qsizetype end = k;
            while (end < size() && at(end).end < at(k).begin + c.speaker.name.size())
                ++end;
            const QString before = c.fromRules || end >= size()
                                       ? m_roster.describedBefore(k)
                                       : m_roster.describedAtAnyAppearance(NameSpan{k, k, end + 1});
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
    qsizetype namesFollowAt(qsizetype p) const;
    bool namesEndLine(qsizetype p) const;
    bool describedAfterName(qsizetype p) const;
    bool creditRunOn(qsizetype i, const Cue& cue) const;
    bool countAt(qsizetype i) const;
    qsizetype tryLabel(qsizetype end);
    qsizetype tryLineLabel(qsizetype i);

    const QString& m_text;
    const QList<Token>& m_tokens;
    speakers::ItemGrammar m_items;
    speakers::SpeakerRoster m_roster;
    speakers::NameListReader m_lists;
    speakers::SubjectReader m_subjects;
    speakers::LineOpeningReader m_openings;
    const speakers::CueTable& m_cues;
};

QList<Speaker> Extraction::run()
{
    qsizetype i = 0;
    while (i < size()) {
        qsizetype next = m_openings.readAt(i);
        if (next == i && at(i).isWord() && at(i).capitalised && m_items.atBoundary(i))
            next = tryLineLabel(i);
        if (next == i && at(i).isWord())
            next = tryCues(i);
        else if (at(i).isPunct(u':') || at(i).isBreak())
            next = tryLabel(i);
        i = next > i ? next : i + 1;
    }
    speakers::TranscriptLabelReader(m_tokens, m_items, m_roster).read();
    return m_roster.take();
}

qsizetype Extraction::tryCues(qsizetype i)
{
    for (const Cue& cue : m_cues.startingWith(at(i))) {
        // Most cues a word starts fail on their second word: look at it before matchCue(),
        // which compares every word, the first included.
        // Compared here: most differ in length, and equalStrings() is a call.
        if (cue.words.size() > 1 && !(i + 1 < size() && at(i + 1).isWord() &&
                                      at(i + 1).folded.size() == cue.words.at(1).size() &&
                                      std::equal(at(i + 1).folded.cbegin(), at(i + 1).folded.cend(),
                                                 cue.words.at(1).cbegin())))
            continue;
        qsizetype p = m_items.matchCue(i, cue);
        if (p < 0)
            continue;
        if ((cue.flags & Cue::AtBoundary) && !m_items.atBoundary(i) &&
            !((cue.flags & Cue::AfterComma) && at(i - 1).isPunct(u',')) && !creditRunOn(i, cue))
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
            if (end > p) {
                m_roster.describeJoinedJobs(i, p); // "L'humoriste et animatrice X"
                return end;
            }
            break; // not followed by names: maybe a shorter cue is
        }
        case Cue::Kind::Around: {
            // "Richard Senneville, … Emeritus Professor of Sociology at …, talks to Laurie
            // Tanner": who a job describes before the verb is the guest, the one talked to hosts.
            // "X talks with host Y", "X talks to Nadia": a host's title or a first name alone
            // (how a show names its host) after a verb of talking: the one talked to hosts.
            if (cue.roleBefore == QLatin1String("host") &&
                (m_subjects.describedAsGuestBefore(i) || m_roster.talksToHost(i, p))) {
                m_subjects.addBefore(i, cue.role);
                return std::max(m_lists.read(p, cue.roleBefore, multiline), p);
            }
            m_subjects.addBefore(i, cue.roleBefore);
            // "A, pollster, joins B, pollster and president of …, to talk to C": one described
            // by a job after a comma is received beside A, not receiving A: another guest.
            const bool described = (cue.flags & Cue::NeedNames) &&
                                   cue.role == QLatin1String("host") && describedAfterName(p);
            const qsizetype end = m_lists.read(p, described ? cue.roleBefore : cue.role, multiline);
            if (end > p)
                return end;
            // "talks to the former Chief of the General Staff X", "reçoit l'ancienne directrice
            // de l'Opéra de Lyon X": a title of several words before the person received.
            qsizetype title = -1;
            const NameSpan titled = m_items.titledNameAt(p, &title);
            if (!titled.isValid())
                return p;
            m_roster.add(titled, m_items.roleText(title, titled.first), cue.role);
            return titled.end;
        }
        case Cue::Kind::After:
            if ((cue.flags & Cue::NeedRole) ? m_subjects.addAfterJob(i, cue.role)
                                            : m_subjects.addBefore(i, cue.role))
                return p;
            break; // nobody before: maybe the same word cues names after ("…, explique X")
        }
    }
    return i;
}

// "Presented by Gordon Felling Produced by Olive Clarridge", "Audio source: CTV News Produced by
// X": a credit's capitalised words run on after the line's last word, the punctuation or the
// line break between them lost. A boundary for a credit cue only.
bool Extraction::creditRunOn(qsizetype i, const Cue& cue) const
{
    return i > 0 && at(i).capitalised && !at(i).allCaps && at(i - 1).isWord() &&
           !at(i - 1).lowerStart && speakerKindOfRole(cue.role) == SpeakerKind::Credit;
}

// Whether the name at `p` is described by a job after a comma ("B, pollster and president of
// …", "B, a historian"): a job noun, maybe after an article and one word before it.
bool Extraction::describedAfterName(qsizetype p) const
{
    const NameSpan name = m_items.names().nameAt(p);
    if (!name.isValid() || !punctAt(name.end, u','))
        return false;
    qsizetype j = name.end + 1;
    if (wordIn(j, Words::Determiner))
        ++j;
    for (qsizetype k = j; k < j + 2 && k < size() && at(k).isWord(); ++k) {
        if (speakers::isRoleNoun(at(k)))
            return true;
    }
    return false;
}

// Token i counts the people a heading lists: digits ("3 invités") or a number word ("Nos
// quatre invités", "Our two guests").
bool Extraction::countAt(qsizetype i) const
{
    static const speakers::WordSet counts = speakers::WordSet::folded(
        {u"deux", u"trois", u"quatre", u"cinq", u"six", u"sept", u"huit", u"two", u"three", u"four",
         u"five", u"seven", u"eight"}); // "six" is French and English
    if (!at(i).isWord())
        return false;
    if (at(i).hasDigit)
        return std::all_of(at(i).folded.cbegin(), at(i).folded.cend(),
                           [](QChar c) { return c.isDigit(); });
    return counts.contains(at(i).folded);
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
    if (s + 1 < colon && countAt(s))
        ++s; // "Nos quatre invités :", "3 invités :", "Our two guests:"
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

// The speakers of a plain text the pre-scan kept.
QList<Speaker> speakersOfPlainText(const QString& text)
{
    const speakers::TokenizedText tokenized = speakers::tokenize(text);
    const auto& model = speakers::speakerModelWeights;
    return speakers::decideSpeakers(Extraction(text, tokenized.tokens).candidates(&model), model);
}

} // namespace

QList<Speaker> SpeakerExtractor::extract(const QString& textOrHtml) const
{
    const QString text = speakers::htmlToText(textOrHtml);
    if (!speakers::mayNameSomeone(text))
        return {};
    return speakersOfPlainText(text);
}

QList<Speaker> SpeakerExtractor::extract(std::string_view utf8) const
{
    std::string plain;
    if (!speakers::isValidUtf8(utf8) || !speakers::htmlToTextUtf8(utf8, plain))
        return extract(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    if (!speakers::mayNameSomeoneUtf8(plain))
        return {};
    return speakersOfPlainText(QString::fromStdString(plain));
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
