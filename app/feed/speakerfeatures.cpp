#include "feed/speakerfeatures.h"

#include "feed/namewords.h"
#include "feed/speakerlexicon.h"
#include "feed/speakerwordset.h"

#include <array>
#include <string>

namespace ondes::speakers {
namespace {

// Words around a name, in foldForMatch form.
const WordSet& ofOrBy()
{
    static const WordSet set =
        WordSet::folded({u"de", u"d'", u"of", u"by", u"par", u"from", u"about", u"sur", u"chez",
                         u"du", u"des", u"on", u"to", u"pour", u"for"});
    return set;
}

const WordSet& speechVerbs()
{
    static const WordSet set = WordSet::folded(
        {u"raconte", u"explique",  u"revient",  u"temoigne",  u"evoque",   u"analyse", u"decrypte",
         u"repond",  u"partage",   u"nous",     u"parle",     u"presente", u"livre",   u"confie",
         u"decrit",  u"says",      u"explains", u"discusses", u"tells",    u"talks",   u"shares",
         u"reveals", u"describes", u"recalls",  u"argues",    u"reflects", u"answers", u"speaks",
         u"walks",   u"breaks",    u"unpacks",  u"guides",    u"takes",    u"looks",   u"chats",
         u"helps",   u"offers",    u"gives",    u"brings",    u"dives"});
    return set;
}

const WordSet& officeTitles()
{
    static const WordSet set = WordSet::folded(
        {u"president", u"presidente", u"ministre", u"premier",    u"depute",    u"deputee",
         u"maire",     u"roi",        u"reine",    u"king",       u"queen",     u"prince",
         u"princesse", u"minister",   u"senator",  u"senateur",   u"senatrice", u"chancellor",
         u"pope",      u"pape",       u"empereur", u"emperor",    u"dictateur", u"dictator",
         u"general",   u"secretary",  u"governor", u"gouverneur", u"candidat",  u"candidate"});
    return set;
}

const WordSet& greetings()
{
    static const WordSet set = WordSet::folded({u"bonjour", u"bonsoir", u"salut", u"bienvenue",
                                                u"merci", u"hello", u"welcome", u"thanks", u"hi"});
    return set;
}

const WordSet& lifeVerbs()
{
    static const WordSet set =
        WordSet::folded({u"wrote", u"died", u"founded", u"was", u"were", u"had", u"meurt",
                         u"mourut", u"fonde", u"fut", u"etait", u"avait", u"ecrit", u"publie",
                         u"published", u"invented", u"discovered", u"born", u"nait"});
    return set;
}

// The labels a speaker's name follows after a colon ("Guests : X", "Invitée : X", "Host: X").
const WordSet& speakerLabels()
{
    static const WordSet set = WordSet::folded(
        {u"guest",        u"guests",        u"host",          u"hosts",       u"co-host",
         u"co-hosts",     u"presenter",     u"presenters",    u"invite",      u"invitee",
         u"invites",      u"invitees",      u"animateur",     u"animatrice",  u"animation",
         u"presentation", u"presentateur",  u"presentatrice", u"intervenant", u"intervenante",
         u"intervenants", u"intervenantes", u"reader",        u"narrator",    u"lecture",
         u"voix",         u"avec",          u"with"});
    return set;
}

// The participles a host's or a reader's name follows with by/par ("Hosted by X", "animée par").
const WordSet& presentingParticiples()
{
    static const WordSet set =
        WordSet::folded({u"hosted", u"co-hosted", u"presented", u"moderated", u"narrated", u"read",
                         u"anime", u"animee", u"animes", u"animees", u"presente", u"presentee",
                         u"presentes", u"lu", u"lue", u"co-anime", u"co-animee"});
    return set;
}

} // namespace

const char* featureName(Feature f)
{
    static const char* const names[featureCount] = {
        "bias",           "from rules",        "rule host",         "rule guest",
        "rule described", "one word",          "two words",         "three words or more",
        "first given",    "any given",         "initials",          "all-caps word",
        "common share",   "first common",      "last common",       "particle",
        "line start",     "sentence start",    "after comma",       "after colon",
        "after dash",     "after opening",     "after determiner",  "after job",
        "after of/by",    "after with/and",    "cue near",          "cue on line",
        "verb cue after", "described",         "job near",          "before comma",
        "before paren",   "before colon",      "before possessive", "before lower word",
        "line end",       "in quotes",         "first line",        "recurs",
        "many names",     "list neighbour",    "year near",         "cue in sentence",
        "opener dropped", "self intro",        "speech after",      "power before",
        "past after",     "cue around before", "after by",          "greeting near",
        "given alone",    "given list",        "labelled",          "title before",
        "lexical"};
    static const auto hashed = [] {
        std::array<std::string, 2 * wordBuckets> n;
        for (int k = 0; k < wordBuckets; ++k) {
            n[size_t(k)] = "word before #" + std::to_string(k);
            n[size_t(wordBuckets + k)] = "word after #" + std::to_string(k);
        }
        return n;
    }();
    const int k = int(f);
    return k >= int(Feature::WordBefore) ? hashed[size_t(k - int(Feature::WordBefore))].c_str()
                                         : names[k];
}

// The bucket of a word (FNV-1a over its folded UTF-16): the same word, the same bucket.
static int wordBucket(QStringView folded)
{
    quint32 h = 0x811c9dc5u;
    for (const QChar c : folded) {
        h ^= c.unicode();
        h *= 0x01000193u;
    }
    return int(h % wordBuckets);
}

SpeakerFeatures::SpeakerFeatures(const QList<Token>& tokens, const ItemGrammar& items)
    : m_tokens(tokens), m_context(tokens, items)
{
    m_firstBreak = size();
    for (qsizetype k = 0; k < size(); ++k) {
        if (at(k).isBreak()) {
            m_firstBreak = k;
            break;
        }
    }
}

bool SpeakerFeatures::wordIn(qsizetype i, const WordSet& words) const
{
    return i >= 0 && i < size() && at(i).isWord() && words.contains(at(i).folded);
}

bool SpeakerFeatures::wordIs(qsizetype i, std::initializer_list<QStringView> words) const
{
    if (i < 0 || i >= size() || !at(i).isWord())
        return false;
    const QStringView folded = at(i).folded;
    for (const QStringView w : words) {
        if (folded.size() == w.size() && folded == w)
            return true;
    }
    return false;
}

bool SpeakerFeatures::describedAfter(qsizetype e) const
{
    if (punctAt(e, u'(') && e + 1 < size() && at(e + 1).isWord() && !at(e + 1).hasDigit)
        return true;
    if (e < size() && at(e).isWord() && at(e).capitalised && isRoleNoun(at(e)))
        return true;
    if (!(punctAt(e, u',') || (e < size() && isDash(at(e)))))
        return false;
    qsizetype k = e + 1;
    for (int n = 0;
         n < 2 && k < size() && at(k).isWord() && isWord(Words::Determiner, at(k).folded); ++n)
        ++k;
    return k < size() && at(k).isWord() && isRoleNoun(at(k));
}

// "I'm X", "je suis X", "my name is X", "this is X" (the word before may have been kept off
// the name: "I'm" is capitalised).
bool SpeakerFeatures::selfIntroduced(qsizetype b) const
{
    if (wordIs(b - 1, {u"i'm", u"im"}))
        return true;
    if (wordIs(b - 1, {u"suis"}) && wordIs(b - 2, {u"je"}))
        return true;
    if (wordIs(b - 1, {u"is"}) && (wordIs(b - 2, {u"this"}) || wordIs(b - 2, {u"name"})))
        return true;
    return false;
}

// Right after a speaker's label and its colon, or after a presenting participle and by/par.
bool SpeakerFeatures::labelledBefore(qsizetype b) const
{
    if (punctAt(b - 1, u':'))
        return wordIn(b - 2, speakerLabels());
    return wordIs(b - 1, {u"by", u"par"}) && wordIn(b - 2, presentingParticiples());
}

FeatureVector SpeakerFeatures::withoutContext(const NameSpan& span, int occurrences,
                                              SpeakerKind ruleKind, bool ruleDescribed,
                                              int candidates, bool listNeighbour,
                                              bool openerDropped, bool givenList) const
{
    FeatureVector f{};
    const auto set = [&f](Feature which, float value = 1.0f) { f[size_t(which)] = value; };
    set(Feature::Bias);
    if (ruleKind != SpeakerKind::Unknown) {
        set(Feature::FromRules);
        set(ruleKind == SpeakerKind::Host ? Feature::RuleHost : Feature::RuleGuest);
        if (ruleDescribed)
            set(Feature::RuleDescribed);
    }

    // The name's last word (a one-letter word before it is a middle initial, "Margaret J
    // Holloway").
    qsizetype lastWord = span.end - 1;
    while (lastWord > span.first && !at(lastWord).isWord())
        --lastWord;
    int words = 0;
    int common = 0;
    bool firstCommon = false;
    bool lastCommon = false;
    for (qsizetype i = span.first; i < span.end; ++i) {
        const Token& t = at(i);
        if (!t.isWord())
            continue;
        if (t.lowerStart || isNameParticle(t)) {
            set(Feature::Particle);
            continue;
        }
        if (words > 0 && (t.folded == u"jr" || t.folded == u"sr")) // a suffix, not a name word
            continue;
        if (t.end - t.begin == 1 && (punctAt(i + 1, u'.') || (words > 0 && i < lastWord))) {
            set(Feature::Initials);
            continue;
        }
        const bool given = isGivenName(t);
        const bool isCommon = !given && isCommonWord(t);
        if (given) {
            set(Feature::AnyGiven);
            if (words == 0)
                set(Feature::FirstGiven);
        }
        if (t.allCaps)
            set(Feature::AllCapsWord);
        firstCommon = words == 0 ? isCommon : firstCommon;
        lastCommon = isCommon;
        common += isCommon ? 1 : 0;
        ++words;
    }
    // Initials before a surname stand for the given name: "J. R. Okafor" is a whole name.
    if (words == 1 && f[size_t(Feature::Initials)] > 0)
        words = 2;
    set(words <= 1 ? Feature::OneWord : words == 2 ? Feature::TwoWords : Feature::ThreeWordsOrMore);
    if (words > 0)
        set(Feature::CommonShare, float(common) / float(words));
    if (firstCommon)
        set(Feature::FirstCommon);
    if (lastCommon)
        set(Feature::LastCommon);

    const qsizetype b = span.start;
    const qsizetype e = span.end;
    const Token* prev = b > 0 ? &at(b - 1) : nullptr;
    if (!prev || prev->isBreak())
        set(Feature::LineStart);
    else if (prev->sentenceEnd)
        set(Feature::SentenceStart);
    else if (prev->isPunct(u','))
        set(Feature::AfterComma);
    else if (prev->isPunct(u':'))
        set(Feature::AfterColon);
    else if (isDash(*prev) || isOneOf(*prev, u"\u2022*|/"))
        set(Feature::AfterDash);
    else if (isOneOf(*prev, u"(\u00AB\u201C\"["))
        set(Feature::AfterOpening);
    qsizetype q = b - 1;
    if (q >= 0 && at(q).isWord() && isWord(Words::Determiner, at(q).folded))
        set(Feature::AfterDeterminer);
    if (q >= 0 && at(q).isWord() && (isRoleNoun(at(q)) || isWord(Words::HostTitle, at(q).folded)))
        set(Feature::AfterJob);
    if (wordIn(q, ofOrBy()))
        set(Feature::AfterOfBy);
    if (wordIs(q, {u"avec", u"with", u"featuring", u"and", u"et", u"feat", u"ft"}))
        set(Feature::AfterWith);
    if (describedAfter(e))
        set(Feature::Described);
    for (qsizetype k = e; k < size() && k < e + 5 && !at(k).isBreak(); ++k) {
        if (at(k).isWord() && isRoleNoun(at(k))) {
            set(Feature::JobNear);
            break;
        }
    }
    if (e >= size() || at(e).isBreak()) {
        set(Feature::LineEnd);
    } else if (at(e).isPunct(u',')) {
        set(Feature::BeforeComma);
    } else if (at(e).isPunct(u'(')) {
        set(Feature::BeforeParen);
    } else if (at(e).isPunct(u':')) {
        set(Feature::BeforeColon);
    } else if (isOneOf(at(e), u"'\u2019") && e + 1 < size() && at(e + 1).isWord() &&
               at(e + 1).folded == u"s") {
        set(Feature::BeforePossessive);
    } else if (at(e).isWord() && at(e).folded.startsWith(u"'s")) {
        set(Feature::BeforePossessive);
    } else if (at(e).isWord() && at(e).lowerStart) {
        set(Feature::BeforeLowerWord);
    }
    if (b < m_firstBreak)
        set(Feature::FirstLine);
    if (occurrences > 1)
        set(Feature::Recurs);
    if (candidates > 6)
        set(Feature::ManyNames);
    if (listNeighbour)
        set(Feature::ListNeighbour);
    qsizetype n = e;
    if (punctAt(n, u',')) // "X, 45 ans, raconte" is too far; "X, raconte" is not
        ++n;
    if (wordIn(n, speechVerbs()))
        set(Feature::SpeechAfter);
    if (wordIn(q, officeTitles()))
        set(Feature::PowerBefore);
    if (wordIn(n, lifeVerbs()) ||
        (wordIs(n, {u"est", u"a"}) && wordIs(n + 1, {u"ne", u"nee", u"mort", u"morte", u"ecrit",
                                                     u"fonde", u"publie", u"decede"})))
        set(Feature::PastAfter);
    if (openerDropped)
        set(Feature::OpenerDropped);
    // A title of address, kept off the name ("Dr. X": span.start is the title's token).
    if (span.first > b && at(b).isWord() && isNameWord(at(b), NameWordList::Title))
        set(Feature::TitleBefore);
    if (b > 0 && at(b - 1).isWord())
        f[size_t(int(Feature::WordBefore) + wordBucket(at(b - 1).folded))] = 1.0f;
    if (e < size() && at(e).isWord())
        f[size_t(int(Feature::WordAfter) + wordBucket(at(e).folded))] = 1.0f;
    if (selfIntroduced(b))
        set(Feature::SelfIntro);
    if (wordIs(q, {u"par", u"by"}))
        set(Feature::AfterBy);
    if (wordIn(q, greetings()) || wordIn(e, greetings()) ||
        (punctAt(e, u',') && wordIn(e + 1, greetings())))
        set(Feature::GreetingNear);
    if (words == 1 && f[size_t(Feature::FirstGiven)] > 0)
        set(Feature::GivenAlone);
    if (givenList)
        set(Feature::GivenList);
    if (labelledBefore(b))
        set(Feature::Labelled);
    if (speakerLexicalTable.size > 0)
        set(Feature::Lexical, speakerLexicalTable.scoreOf(lexicalKeys(span)));
    return f;
}

bool isContextFeature(Feature f)
{
    switch (f) {
    case Feature::CueNear:
    case Feature::CueOnLine:
    case Feature::VerbCueAfter:
    case Feature::InQuotes:
    case Feature::CueInSentence:
    case Feature::YearNear:
    case Feature::CueAroundBefore:
        return true;
    default:
        return false;
    }
}

void SpeakerFeatures::addContext(const NameSpan& span, FeatureVector& f) const
{
    const NameContext c = m_context.of(span);
    const auto set = [&f](Feature which, bool on) {
        if (on)
            f[size_t(which)] = 1.0f;
    };
    set(Feature::CueNear, c.cueNear);
    set(Feature::CueOnLine, c.cueOnLine);
    set(Feature::CueAroundBefore, c.cueAroundBefore);
    set(Feature::VerbCueAfter, c.verbCueAfter);
    set(Feature::InQuotes, c.inQuotes);
    set(Feature::CueInSentence, c.cueInSentence);
    set(Feature::YearNear, c.yearNear);
}

FeatureVector SpeakerFeatures::of(const NameSpan& span, int occurrences, SpeakerKind ruleKind,
                                  bool ruleDescribed, int candidates, bool listNeighbour,
                                  bool openerDropped, bool givenList) const
{
    FeatureVector f = withoutContext(span, occurrences, ruleKind, ruleDescribed, candidates,
                                     listNeighbour, openerDropped, givenList);
    addContext(span, f);
    return f;
}

} // namespace ondes::speakers
