#include "feed/speakerextractor.h"

#include "feed/itemgrammar.h"
#include "feed/speakerchars.h"
#include "feed/speakerlabelreader.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerlineopenings.h"
#include "feed/speakerlistreader.h"
#include "feed/speakermodel.h"
#include "feed/speakernameguard.h"
#include "feed/speakerprescan.h"
#include "feed/speakerroledescriptions.h"
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
// after it are read by NameListReader (labels found by LabelReader), those before a verb cue by
// SubjectReader, the people a line opens on by LineOpeningReader, and SpeakerRoster keeps the
// people among them.
class Extraction
{
public:
    Extraction(const QString& text, const QList<Token>& tokens)
        : m_text(text), m_tokens(tokens), m_items(text, tokens), m_roster(text, tokens, m_items),
          m_lists(tokens, m_items, m_roster), m_subjects(tokens, m_items, m_roster),
          m_openings(tokens, m_items, m_roster, m_lists), m_cues(speakers::cueTable()),
          m_labels(text, tokens, m_items, m_roster, m_lists, m_cues)
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
            const QString before =
                c.fromRules || end >= size()
                    ? m_roster.descriptions().describedBefore(k)
                    : m_roster.descriptions().describedAtAnyAppearance(NameSpan{k, k, end + 1});
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
    qsizetype timeOfDayAt(qsizetype p) const;
    bool namesEndLine(qsizetype p) const;
    bool describedAfterName(qsizetype p) const;
    bool creditRunOn(qsizetype i, const Cue& cue) const;

    const QString& m_text;
    const QList<Token>& m_tokens;
    speakers::ItemGrammar m_items;
    speakers::SpeakerRoster m_roster;
    speakers::NameListReader m_lists;
    speakers::SubjectReader m_subjects;
    speakers::LineOpeningReader m_openings;
    const speakers::CueTable& m_cues;
    speakers::LabelReader m_labels;
};

QList<Speaker> Extraction::run()
{
    qsizetype i = 0;
    while (i < size()) {
        qsizetype next = m_openings.readAt(i);
        if (next == i && at(i).isWord() && at(i).capitalised && m_items.atBoundary(i))
            next = m_labels.tryLineLabel(i);
        if (next == i && at(i).isWord())
            next = tryCues(i);
        else if (at(i).isPunct(u':') || at(i).isBreak())
            next = m_labels.tryLabel(i);
        i = next > i ? next : i + 1;
    }
    speakers::TranscriptLabelReader(m_tokens, m_items, m_roster).read();
    return m_roster.take();
}

// "à 7h20", "à 21 h 30": the hour a verb cue's guest comes on air. Where it ends, else p.
qsizetype Extraction::timeOfDayAt(qsizetype p) const
{
    if (p + 1 >= size() || !at(p).isWord() || at(p).folded != u"a" || !at(p + 1).hasDigit)
        return p;
    qsizetype k = p + 1;
    while (k < size() && k - p <= 3 && at(k).isWord() && (at(k).hasDigit || at(k).folded == u"h"))
        ++k;
    return k;
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
            if (const qsizetype after = timeOfDayAt(p); after > p) { // "reçoivent à 7h20 X"
                p = after;
                continue;
            }
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
