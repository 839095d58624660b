#include "feed/speakerwords.h"

#include "feed/speakerwordset.h"

namespace ondes::speakers {

namespace {

// The lists, built together on first use: isWord() then passes one initialisation guard, not
// one per list.
struct WordLists
{
    WordSet determiners;
    WordSet function;
    WordSet roleStop;
    WordSet commaStop;
    WordSet relative;
    WordSet conjunction;
    WordSet filler;
    WordSet hostNoun;
    WordSet hostTitle;
};

WordLists makeWordLists()
{
    const WordSet determiners =
        WordSet::folded({u"le", u"la",    u"l'",  u"les",   u"un",    u"une",  u"the", u"a",
                         u"an", u"notre", u"nos", u"our",   u"votre", u"your", u"mon", u"ma",
                         u"my", u"his",   u"her", u"their", u"son",   u"sa",   u"ses", u"leur"});
    const WordSet function = WordSet::folded(
        {u"de",   u"du",   u"des",      u"d'",       u"et",        u"à",     u"au",    u"aux",
         u"en",   u"pour", u"par",      u"qui",      u"que",       u"sur",   u"dans",  u"avec",
         u"and",  u"of",   u"the",      u"for",      u"to",        u"in",    u"with",  u"on",
         u"at",   u"by",   u"from",     u"is",       u"are",       u"est",   u"sont",  u"a",
         u"an",   u"ou",   u"or",       u"nous",     u"we",        u"vous",  u"you",   u"il",
         u"elle", u"ils",  u"elles",    u"he",       u"she",       u"they",  u"son",   u"sa",
         u"ses",  u"his",  u"her",      u"their",    u"leur",      u"leurs", u"ce",    u"cette",
         u"this", u"that", u"ne",       u"pas",      u"not",       u"also",  u"aussi", u"what",
         u"how",  u"why",  u"when",     u"where",    u"who",       u"which", u"whom",  u"whether",
         u"if",   u"quoi", u"comment",  u"pourquoi", u"quand",     u"où",    u"si",    u"dont",
         u"said", u"says", u"dit",      u"selon",    u"according", u"like",  u"comme", u"than",
         u"que",  u"as",   u"alongside"});
    const WordSet roleStop = WordSet::folded(
        {u"qui", u"que", u"dont", u"who", u"whose", u"which", u"that", u"pour", u"afin", u"to",
         u"about", u"on", u"sur", u"autour", u"et", u"and", u"ou", u"or", u"mais", u"but", u"nous",
         u"we", u"il", u"elle", u"ils", u"elles", u"i", u"he", u"she", u"they", u"je", u"on",
         u"avec", u"with", u"puis", u"then", u"ainsi", u"notamment", u"est", u"sont", u"était",
         u"is", u"are", u"was", u"were", u"has", u"have", u"had", u"ont", u"will", u"va", u"vont",
         u"revient", u"raconte", u"explique", u"tells", u"explains", u"in", u"at", u"for", u"from",
         u"dans", u"en", u"lors", u"après", u"avant", u"depuis", u"pendant", u"when", u"where",
         u"quand", u"où", u"ici", u"here", u"also", u"aussi", u"among", u"amongst", u"parmi",
         u"including", u"alongside", u"besides", u"entre", u"présente", u"présentait", u"propose",
         u"proposait", u"publie", u"anime", u"animait", u"dirige",
         // "Obadiah M. Henderson, Jr. about his book": a suffix of the name, not a role
         u"jr", u"sr",
         // "Théo Bruckert, bonjour.": a transcript's greeting
         u"bonjour", u"bonsoir"});
    const WordSet commaStop = WordSet::folded(
        {u"de", u"du", u"des", u"d'", u"qui", u"que", u"dont", u"pour", u"afin", u"autour", u"sur",
         u"à", u"au", u"aux", u"dans", u"en", u"lors", u"après", u"avant", u"depuis", u"pendant",
         u"puis", u"mais", u"ou", u"et", u"and", u"but", u"about", u"on", u"to", u"for", u"in",
         u"at", u"who", u"whose", u"which", u"that", u"where", u"as", u"because", u"while", u"then",
         u"nous", u"we", u"il", u"elle", u"he", u"she", u"they", u"est", u"is", u"was", u"sont",
         u"are", u"ont", u"has", u"have", u"when", u"quand", u"où", u"le", u"la", u"les", u"the",
         u"ce", u"this", u"cette", u"un", u"une",
         // "…, Ministre délégué aux Affaires européennes, discute des progrès": the verb of the
         // sentence the person is the subject of
         u"discute", u"parle", u"répond", u"dénonce", u"défend", u"affirme", u"assure", u"rappelle",
         u"alerte", u"insiste", u"plaide", u"argues", u"says", u"warns", u"talks", u"speaks",
         u"reveals", u"joins",
         // "…, along with X", "…, alongside Y": who else is there, not more of the role
         u"along", u"alongside"});
    const WordSet relative =
        WordSet::folded({u"qui", u"who", u"whose", u"which", u"dont", u"that", u"où", u"where"});
    const WordSet conjunction =
        WordSet::folded({u"et", u"and", u"puis", u"then", u"ainsi", u"plus"});
    const WordSet filler =
        WordSet::folded({u"today",    u"tonight",  u"this",        u"week",     u"on",
                         u"the",      u"show",     u"episode",     u"is",       u"are",
                         u"back",     u"again",    u"cette",       u"semaine",  u"est",
                         u"sont",     u"étaient",  u"était",       u"seront",   u"sera",
                         u"du",       u"jour",     u"aujourd'hui", u"ce",       u"soir",
                         u"matin",    u"mois",     u"d'",          u"honneur",  u"de",
                         u"l'",       u"émission", u"in",          u"studio",   u"lundi",
                         u"mardi",    u"mercredi", u"jeudi",       u"vendredi", u"samedi",
                         u"dimanche", u"invité",   u"invitée",     u"invités",  u"chez",
                         u"lui",      u"elle",     u"eux"}); // "reçoit chez lui X"
    const WordSet hostNoun = WordSet::folded({u"host", u"co-host", u"hosts", u"animateur",
                                              u"animatrice", u"présentateur", u"présentatrice",
                                              u"journaliste", u"journalist", u"reporter"});
    const WordSet hostTitle = WordSet::folded(
        {u"host", u"co-host", u"cohost", u"hosts", u"co-hosts", u"guest host", u"animateur",
         u"animatrice", u"présentateur", u"présentatrice", u"animateurs", u"animatrices"});
    return WordLists{determiners, function, roleStop, commaStop, relative,
                     conjunction, filler,   hostNoun, hostTitle};
}

} // namespace

bool isWord(Words list, QStringView folded)
{
    static const WordLists lists = makeWordLists();
    switch (list) {
    case Words::Determiner:
        return lists.determiners.contains(folded);
    case Words::Function:
        return lists.function.contains(folded);
    case Words::RoleStop:
        return lists.roleStop.contains(folded);
    case Words::CommaStop:
        return lists.commaStop.contains(folded);
    case Words::Relative:
        return lists.relative.contains(folded);
    case Words::Conjunction:
        return lists.conjunction.contains(folded);
    case Words::Filler:
        return lists.filler.contains(folded);
    case Words::HostNoun:
        return lists.hostNoun.contains(folded);
    case Words::HostTitle:
        return lists.hostTitle.contains(folded);
    }
    return false;
}

} // namespace ondes::speakers
