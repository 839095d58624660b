#include "feed/namewords.h"

#include "feed/speakerwordset.h"

namespace ondes::speakers {
namespace {

const WordSet& particles()
{
    static const WordSet set = WordSet::folded(
        {u"de",  u"du",  u"des", u"d'", u"la",  u"le",    u"van", u"von",   u"der",
         u"den", u"da",  u"di",  u"do", u"dos", u"das",   u"del", u"della", u"degli",
         u"bin", u"ibn", u"al",  u"el", u"ben", u"ter",   u"ten", u"y",     u"e",
         u"zu",  u"af",  u"zur", u"op", u"het", u"dalla", u"lo"});
    return set;
}

// Titles left out of the name: "Dr. Helen Prakash" is "Helen Prakash".
const WordSet& titles()
{
    static const WordSet set = WordSet::folded({u"dr",
                                                u"docteur",
                                                u"doctor",
                                                u"pr",
                                                u"prof",
                                                u"professeur",
                                                u"professeure",
                                                u"professor",
                                                u"mme",
                                                u"mlle",
                                                u"me",
                                                u"maître",
                                                u"mr",
                                                u"mrs",
                                                u"ms",
                                                u"miss",
                                                u"sir",
                                                u"dame",
                                                u"lord",
                                                u"lady",
                                                u"colonel",
                                                u"general",
                                                u"général",
                                                u"captain",
                                                u"capitaine",
                                                u"commandant",
                                                u"lieutenant",
                                                u"sergeant",
                                                u"senator",
                                                u"sénateur",
                                                u"sénatrice",
                                                u"judge",
                                                u"juge",
                                                u"father",
                                                u"rabbi",
                                                u"rabbin",
                                                u"imam",
                                                u"bishop",
                                                u"monseigneur",
                                                u"mgr",
                                                u"reverend",
                                                u"rev",
                                                u"chef",
                                                u"maestro",
                                                u"canon",
                                                u"baroness",
                                                u"baron",
                                                u"ambassador",
                                                u"representative",
                                                u"congressman",
                                                u"congresswoman",
                                                u"sister",
                                                u"fr"});
    return set;
}

#define ONDES_NOT_INSIDE_A_NAME                                                                    \
    u"l'", u"un", u"une", u"des", u"ce", u"cet", u"cette", u"ces", u"mon", u"ma", u"mes", u"ton",  \
        u"ta", u"son", u"sa", u"ses", u"notre", u"nos", u"votre", u"vos", u"leur", u"leurs",       \
        u"dans", u"depuis", u"pour", u"par", u"sur", u"sous", u"avec", u"sans", u"chez", u"entre", \
        u"vers", u"avant", u"après", u"pendant", u"contre", u"selon", u"et", u"ou", u"mais",       \
        u"donc", u"ni", u"car", u"puis", u"alors", u"aussi", u"ainsi", u"enfin", u"ensuite",       \
        u"encore", u"aujourd'hui", u"hier", u"demain", u"ici", u"quand", u"comment", u"pourquoi",  \
        u"qui", u"que", u"quoi", u"quel", u"quelle", u"il", u"elle", u"ils", u"elles", u"on",      \
        u"nous", u"vous", u"je", u"tu", u"voici", u"voilà", u"the", u"a", u"an", u"this", u"that", \
        u"these", u"those", u"in", u"at", u"for", u"from", u"with", u"without", u"by", u"of",      \
        u"to", u"into", u"over", u"under", u"after", u"before", u"during", u"since", u"until",     \
        u"and", u"but", u"or", u"so", u"yet", u"not", u"our", u"your", u"their", u"his", u"her",   \
        u"its", u"my", u"we", u"you", u"they", u"he", u"she", u"it", u"i", u"today", u"tonight",   \
        u"yesterday", u"tomorrow", u"now", u"here", u"there", u"when", u"where", u"why", u"how",   \
        u"what", u"who", u"which", u"lundi", u"mardi", u"mercredi", u"jeudi", u"vendredi",         \
        u"samedi", u"dimanche", u"monday", u"tuesday", u"wednesday", u"thursday", u"friday",       \
        u"saturday", u"sunday", u"janvier", u"février", u"avril", u"juillet", u"août",             \
        u"septembre", u"octobre", u"novembre", u"décembre", u"january", u"february", u"april",     \
        u"july", u"august", u"september", u"october", u"november", u"december", u"avec", u"host",  \
        u"hosts", u"co-host", u"co-hosts", u"cohost", u"cohosts", u"guest", u"guests",             \
        u"featuring", u"invité", u"invités", u"invitée", u"invitées", u"présentation",             \
        u"animation", u"réalisation", u"production", u"interview", u"chronique", u"producer",      \
        u"episode", u"épisode", u"credit", u"credits", u"picture", u"get", u"subscribe",           \
        u"produced", u"presented", u"hosted", u"edited", u"narrated", u"mixed"

// Capitalised words that never sit inside a name: articles, pronouns, prepositions, days,
// months, and the cue words themselves ("Host Dana Whitfield" is Dana Whitfield).
const WordSet& notInside()
{
    static const WordSet set = WordSet::folded({ONDES_NOT_INSIDE_A_NAME});
    return set;
}

// Capitalised words that do not start a name either: sentence openers, the articles and
// particles that only start a surname, place and institution openers. "Depuis Marseille",
// "Le Monde", "Cette semaine", "New York", "Saint-Denis".
const WordSet& notFirst()
{
    static const WordSet set = WordSet::folded({ONDES_NOT_INSIDE_A_NAME,
                                                u"en",
                                                u"le",
                                                u"la",
                                                u"les",
                                                u"du",
                                                u"de",
                                                u"d'",
                                                u"retrouvez",
                                                u"écoutez",
                                                u"découvrez",
                                                u"saison",
                                                u"season",
                                                u"partie",
                                                u"part",
                                                u"chapitre",
                                                u"chapter",
                                                u"join",
                                                u"listen",
                                                u"subscribe",
                                                u"follow",
                                                u"support",
                                                u"plus",
                                                u"bonus",
                                                u"march",
                                                u"mars",
                                                u"saint",
                                                u"sainte",
                                                u"st",
                                                u"mont",
                                                u"rue",
                                                u"place",
                                                u"avenue",
                                                u"boulevard",
                                                u"lac",
                                                u"mount",
                                                u"lake",
                                                u"cape",
                                                u"new",
                                                u"los",
                                                u"las",
                                                u"san",
                                                u"santa",
                                                u"nord",
                                                u"sud",
                                                u"north",
                                                u"south",
                                                u"east",
                                                u"west",
                                                u"grand",
                                                u"grande",
                                                u"great",
                                                u"royal",
                                                u"royaume",
                                                u"united",
                                                u"union",
                                                u"république",
                                                u"republic",
                                                u"national",
                                                u"nationale",
                                                u"international",
                                                u"european",
                                                u"européen",
                                                u"européenne",
                                                u"federal",
                                                u"fédéral",
                                                u"ligue",
                                                u"league",
                                                u"prix",
                                                u"prize",
                                                u"award",
                                                u"tour",
                                                u"coupe",
                                                u"cup",
                                                u"festival",
                                                u"musée",
                                                u"museum",
                                                u"hôpital",
                                                u"hospital",
                                                u"université",
                                                u"university",
                                                u"institut",
                                                u"institute",
                                                u"centre",
                                                u"center",
                                                u"école",
                                                u"lycée",
                                                u"collège",
                                                u"college",
                                                u"ministère",
                                                u"ministry",
                                                u"radio",
                                                u"france",
                                                u"président",
                                                u"présidente",
                                                u"president",
                                                u"ministre",
                                                u"minister",
                                                u"premier",
                                                u"prime"});
    return set;
}
#undef ONDES_NOT_INSIDE_A_NAME

// Words that make a capitalised run an organisation, a place or a work rather than a person.
const WordSet& organisationWords()
{
    static const WordSet set = WordSet::folded(
        {u"université", u"university", u"institut", u"institute", u"college", u"collège", u"école",
         u"school", u"centre", u"center", u"fondation", u"foundation", u"association", u"ministère",
         u"ministry", u"radio", u"journal", u"times", u"news", u"group", u"groupe", u"press",
         u"presse", u"éditions", u"editions", u"books", u"records", u"studio", u"studios", u"media",
         u"médias", u"inc", u"ltd", u"llc", u"club", u"festival", u"musée", u"museum", u"bank",
         u"banque", u"council", u"conseil", u"agency", u"agence", u"parlement", u"parliament",
         u"assemblée", u"sénat", u"senate", u"tribunal", u"court", u"cour", u"commission",
         u"office", u"society", u"société", u"company", u"compagnie", u"hôpital", u"hospital",
         u"laboratoire", u"laboratory", u"observatoire", u"théâtre", u"theatre", u"theater",
         u"opéra", u"orchestre", u"orchestra", u"équipe", u"team", u"podcast", u"podcasts",
         u"productions", u"network", u"channel", u"magazine", u"revue", u"review", u"monde",
         u"culture", u"inter", u"info", u"sessions", u"quartet", u"band", u"trio", u"ensemble",
         u"collectif", u"project", u"projet", u"bureau", u"gouvernement", u"government",
         u"department", u"département", u"région", u"city", u"ville", u"county", u"state",
         u"église", u"church", u"parti", u"party", u"nations", u"aquarium", u"library",
         u"bibliothèque", u"médiathèque", u"academy", u"académie", u"airlines", u"prize", u"prix",
         u"award", u"awards", u"cup", u"coupe", u"ligue", u"league", u"federation", u"fédération",
         u"confederation", u"confédération", u"syndicat", u"union", u"corp", u"corporation", u"lab",
         u"labs",
         // Brands and products that podcast descriptions name like people ("Apple Arcade",
         // "Nintendo Direct", "Dell Optimizer", "AdWords Customer ID").
         u"apple", u"google", u"microsoft", u"amazon", u"netflix", u"spotify", u"facebook",
         u"twitter", u"youtube", u"instagram", u"tiktok", u"nintendo", u"sony", u"samsung", u"dell",
         u"xbox", u"playstation", u"twitch", u"discord", u"linkedin", u"patreon", u"adwords",
         u"podcasts", u"music", u"arcade", u"interactive", u"committee", u"support", u"funding",
         u"customer", u"gaming", u"headset", u"optimizer", u"update", u"store", u"premium",
         u"edition", u"direct", u"software", u"hardware", u"cloud", u"app", u"apps", u"games",
         u"console"});
    return set;
}

// Job and status nouns that may follow a name without punctuation when HTML was flattened or
// a list is written "Name Role" ("invités : Odile Marcassus Historienne, …"). Never a surname
// after two name words.
const WordSet& roleNouns()
{
    static const WordSet set = WordSet::folded(
        {u"historien", u"historienne", u"professeur", u"professeure", u"maître", u"maîtresse",
         u"sociologue", u"philosophe", u"économiste", u"journaliste", u"écrivain", u"écrivaine",
         u"auteur", u"autrice", u"auteure", u"chercheur", u"chercheuse", u"politiste",
         u"politologue", u"juriste", u"avocat", u"avocate", u"médecin", u"psychiatre",
         u"psychologue", u"psychanalyste", u"anthropologue", u"géographe", u"démographe",
         u"spécialiste", u"directeur", u"directrice", u"président", u"présidente", u"fondateur",
         u"fondatrice", u"cofondateur", u"cofondatrice", u"co-fondateur", u"co-fondatrice",
         u"membre", u"militant", u"militante", u"syndicaliste", u"député", u"députée", u"sénateur",
         u"sénatrice", u"maire", u"ancien", u"ancienne", u"doctorant", u"doctorante", u"enseignant",
         u"enseignante", u"ingénieur", u"ingénieure", u"architecte", u"urbaniste", u"artiste",
         u"comédien", u"comédienne", u"musicien", u"musicienne", u"chanteur", u"chanteuse",
         u"photographe", u"essayiste", u"romancier", u"romancière", u"poète", u"poétesse",
         u"traducteur", u"traductrice", u"conservateur", u"conservatrice", u"archéologue",
         u"biologiste", u"physicien", u"physicienne", u"chimiste", u"mathématicien",
         u"mathématicienne", u"climatologue", u"sociolinguiste", u"linguiste", u"réalisateur",
         u"réalisatrice", u"responsable", u"coordinateur", u"coordinatrice", u"délégué",
         u"déléguée", u"conseiller", u"conseillère", u"professor", u"historian", u"author",
         u"writer", u"journalist", u"director", u"founder", u"co-founder", u"cofounder",
         u"lecturer", u"researcher", u"scientist", u"reporter", u"correspondent", u"poet",
         u"novelist", u"comedian", u"singer", u"musician", u"composer", u"artist", u"economist",
         u"sociologist", u"philosopher", u"lawyer", u"physician", u"psychologist",
         u"anthropologist", u"ecologist", u"biologist", u"chemist", u"physicist", u"activist",
         u"senior", u"ceo", u"chair", u"president", u"mathematician", u"geographer", u"astronomer",
         u"engineer", u"architect", u"designer", u"filmmaker", u"actor", u"actress", u"playwright",
         u"broadcaster", u"campaigner", u"explorer", u"farmer", u"nurse", u"surgeon",
         u"psychiatrist", u"neuroscientist", u"geologist", u"archaeologist", u"astrophysicist",
         u"climatologist", u"criminologist", u"editor", u"commentator", u"pundit", u"analyst",
         u"anchor", u"critic", u"columnist", u"pollster", u"strategist", u"sondeur", u"sondeuse",
         u"rapper", u"drummer", u"guitarist", u"pianist", u"violinist", u"cellist", u"dancer",
         u"choreographer", u"astronaut", u"athlete", u"footballer", u"coach", u"entrepreneur",
         u"investor", u"developer", u"illustrator", u"cartoonist", u"photographer", u"humoriste",
         u"rappeur", u"rappeuse", u"entrepreneuse", u"navigatrice", u"navigateur", u"paysan",
         u"paysanne", u"éleveur", u"éleveuse", u"infirmier", u"infirmière", u"éditeur", u"éditrice",
         u"commentateur", u"commentatrice", u"analyste", u"blogueur", u"blogueuse", u"porte-parole",
         u"chroniqueur", u"chroniqueuse",
         // Arts, science and public life, as shows
         // write them after a name ("Noa Halevy
         // Compositrice", "X Plasticienne").
         u"plasticien", u"plasticienne", u"compositeur", u"compositrice", u"scénariste",
         u"dessinateur", u"dessinatrice", u"illustrateur", u"illustratrice", u"dramaturge",
         u"chorégraphe", u"danseur", u"danseuse", u"cinéaste", u"documentariste", u"metteur",
         u"metteuse", u"comédienne", u"glaciologue", u"géologue", u"astrophysicien",
         u"astrophysicienne", u"neurologue", u"épidémiologiste", u"infectiologue", u"consultant",
         u"consultante", u"ministre", u"ambassadeur", u"ambassadrice", u"éditorialiste",
         u"animateur", u"animatrice", u"producteur", u"productrice", u"agriculteur",
         u"agricultrice", u"cheffe", u"chef", u"sage-femme", u"pédiatre", u"sociologist",
         u"linguist", u"theologian", u"primatologist", u"zoologist", u"ornithologist",
         u"virologist", u"epidemiologist", u"pastor", u"veterinarian", u"biographer", u"curator",
         u"screenwriter", u"producer", u"lawyer", u"attorney", u"teacher", u"scholar", u"expert",
         u"specialist", u"student", u"pilot", u"étudiant", u"étudiante"});
    return set;
}

// The six lists above in one table, a bit per list: a word is looked up once per token
// (Token::nameWords) however many of them the grammar asks about.
const WordSet& nameWordLists()
{
    static const WordSet table = [] {
        WordSet t;
        const std::pair<const WordSet*, NameWordList> lists[] = {
            {&particles(), NameWordList::Particle},
            {&titles(), NameWordList::Title},
            {&notInside(), NameWordList::NotInside},
            {&notFirst(), NameWordList::NotFirst},
            {&organisationWords(), NameWordList::Organisation},
            {&roleNouns(), NameWordList::RoleNoun}};
        for (const auto& [list, bit] : lists) {
            for (const QStringView word : list->words())
                t.insert(word, quint16(bit));
        }
        return t;
    }();
    return table;
}

} // namespace

quint16 nameWordListsOf(QStringView folded)
{
    return nameWordLists().valueOf(folded);
}

bool isRoleNoun(QStringView folded)
{
    return roleNouns().contains(folded);
}

bool isNameParticle(QStringView folded)
{
    return particles().contains(folded);
}

bool isRoleNoun(const Token& word)
{
    return isNameWord(word, NameWordList::RoleNoun);
}

bool isNameParticle(const Token& word)
{
    return isNameWord(word, NameWordList::Particle);
}

} // namespace ondes::speakers
