#pragma once

// What the speaker decider (speakermodel.h) knows about one candidate name in a description:
// a fixed list of named features, each 0 or 1 (or a fraction), computed from the tokens around
// the name's first appearance and from what the rules made of it. The trainer
// (tools/speakertrain.cpp) and the extractor compute them with this one class.

#include "feed/itemgrammar.h"
#include "feed/speakerkinds.h"
#include "feed/speakerlexicalcontext.h"
#include "feed/speakernamecontext.h"
#include "feed/speakerwordset.h"

#include <QList>

#include <array>

namespace ondes::speakers {

enum class Feature : int {
    Bias,
    // What the rules made of the name.
    FromRules,
    RuleHost,      // a presenting cue or label
    RuleGuest,     // an inviting cue, or a speaker kind other than host
    RuleDescribed, // the rules found a role the text gives (not only the cue's)
    // The name's shape.
    OneWord,
    TwoWords,
    ThreeWordsOrMore,
    FirstGiven, // the first word is a known given name
    AnyGiven,
    Initials,
    AllCapsWord,
    CommonShare, // share of the name's words that are common words (0 to 1)
    FirstCommon,
    LastCommon,
    Particle, // "de", "van", "Le" inside
    // Around its first appearance.
    LineStart,
    SentenceStart,
    AfterComma,
    AfterColon,
    AfterDash,
    AfterOpening, // ( « " [
    AfterDeterminer,
    AfterJob,     // a job noun right before ("l'historienne X", "historian X")
    AfterOfBy,    // de, d', of, by, par, from, about, sur, chez
    AfterWith,    // avec, with, featuring, and, et (a list goes on)
    CueNear,      // a cue or label within the 6 tokens before, on the same line
    CueOnLine,    // a cue or label earlier on the same line
    VerbCueAfter, // "X reçoit", "X joins", "X explique"
    Described,    // ", historienne…", "(sociologue)", "– trumpet", "Historienne"
    JobNear,      // a job noun among the 5 tokens after
    BeforeComma,
    BeforeParen,
    BeforeColon,
    BeforePossessive, // "X's", "X’s"
    BeforeLowerWord,  // a lower-case word follows (a verb, "on", "in"…)
    LineEnd,
    InQuotes,        // inside « » or " ": a title, a quote
    FirstLine,       // in the description's first line (often its title)
    Recurs,          // the name appears more than once
    ManyNames,       // more than six candidate names in the description
    ListNeighbour,   // the name before or after it in the same list is a candidate too
    YearNear,        // a year (1000–2099) in the same sentence: history, a date of birth
    CueInSentence,   // a cue anywhere in the same sentence
    OpenerDropped,   // a word before the given name was left out ("I'm X", "Roanne X Y")
    SelfIntro,       // "I'm X", "je suis X", "my name is X", "this is X"
    SpeechAfter,     // a verb of speaking follows: raconte, explique, says, tells, shares…
    PowerBefore,     // a title of office before: président, ministre, king, senator…
    PastAfter,       // a verb of a life told follows: est né, a écrit, wrote, died, founded…
    CueAroundBefore, // the nearest cue before on the line is a receiving verb: "X reçoit Y",
                     // "X talks with Y" (a context feature)
    AfterBy,         // par, by right before: a host, a credit, an author
    GreetingNear,    // "X, bonjour", "Bonjour X", "welcome X"
    GivenAlone,      // a first name alone (speakercandidates.h proposes them in lists)
    GivenList,       // in a list of first names alone ("Nassim, Fatou et Lucas")
    Labelled,        // right after a speaker's label or a presenting participle: "Guests : X",
                     // "Invitée : X", "Hosted by X", "présenté par X"
    TitleBefore,     // a title of address right before: "Dr. X", "Mme X", "Sir X"
    Lexical,         // the sum of the lexical table's weights for the words around the name
                     // (speakerlexicalcontext.h); its own weight is 1 when there is a table
    // The word just before the name and the word just after it, lower-cased, each hashed into
    // one of wordBuckets features (the model learns which words matter).
    WordBefore,
    WordAfter = WordBefore + 16,
    Count = WordAfter + 16
};
inline constexpr int wordBuckets = int(Feature::WordAfter) - int(Feature::WordBefore);

inline constexpr int featureCount = int(Feature::Count);
using FeatureVector = std::array<float, featureCount>;

// The feature names, for the trainer's output and the weights file.
const char* featureName(Feature f);

// The features read from the text around the name (cues on its line and in its sentence,
// quotes, a year; NameContextReader reads them): the dearest to compute, left for last by the
// decider (a name whose other features already rule it out is never read that far).
bool isContextFeature(Feature f);

class SpeakerFeatures
{
public:
    SpeakerFeatures(const QList<Token>& tokens, const ItemGrammar& items);

    // The features of the name `span` (its first appearance), seen `occurrences` times; what the
    // rules made of it (`ruleKind` Unknown: not found by the rules), and whether a neighbour in
    // its list is a candidate too.
    // `givenList`: a first name alone in a list of them.
    FeatureVector of(const NameSpan& span, int occurrences, SpeakerKind ruleKind,
                     bool ruleDescribed, int candidates, bool listNeighbour,
                     bool openerDropped = false, bool givenList = false) const;
    // The same without the context features (isContextFeature()), which addContext() sets.
    FeatureVector withoutContext(const NameSpan& span, int occurrences, SpeakerKind ruleKind,
                                 bool ruleDescribed, int candidates, bool listNeighbour,
                                 bool openerDropped = false, bool givenList = false) const;
    void addContext(const NameSpan& span, FeatureVector& f) const;
    // The words around the name (what Feature::Lexical sums the weights of).
    LexicalKeys lexicalKeys(const NameSpan& span) const { return lexicalKeysOf(m_tokens, span); }

private:
    qsizetype size() const { return m_tokens.size(); }
    const Token& at(qsizetype i) const { return m_tokens.at(i); }
    bool punctAt(qsizetype i, char16_t c) const { return i >= 0 && i < size() && at(i).isPunct(c); }
    bool wordIs(qsizetype i, std::initializer_list<QStringView> words) const;
    bool wordIn(qsizetype i, const WordSet& words) const;
    bool describedAfter(qsizetype end) const;
    bool selfIntroduced(qsizetype b) const;
    bool labelledBefore(qsizetype b) const;

    const QList<Token>& m_tokens;
    NameContextReader m_context;
    qsizetype m_firstBreak = 0;
};

} // namespace ondes::speakers
