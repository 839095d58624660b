#include "feed/speakercuephrases.h"

#include "feed/speakertext.h"

namespace ondes::speakers {
namespace {

using K = Cue::Kind;
constexpr quint8 kStart = Cue::AtBoundary;
constexpr quint8 kStartOrComma = Cue::AtBoundary | Cue::AfterComma;
constexpr quint8 kFill = Cue::Fillers;

// Its constructor adds every cue, in the order written.
class CuePhraseList
{
public:
    CuePhraseList();
    QList<Cue> take() { return std::move(m_cues); }

private:
    void add(QStringView words, Cue::Kind kind, QStringView role, quint8 flags = 0,
             QStringView roleBefore = {});

    QList<Cue> m_cues;
};

CuePhraseList::CuePhraseList()
{
    const QString host = QStringLiteral("host");
    const QString guest = QStringLiteral("guest");

    // Names follow, anywhere in a sentence.
    for (const char16_t* w : {u"avec la participation de",
                              u"en compagnie de",
                              u"en présence de",
                              u"entretien avec",
                              u"rencontre avec",
                              u"conversation avec",
                              u"nous accueillons",
                              u"nous recevons",
                              u"nous retrouvons",
                              u"on accueille",
                              u"on reçoit",
                              u"j' accueille",
                              u"je reçois",
                              u"interview with",
                              u"conversation with",
                              u"with guests",
                              u"with guest",
                              u"featuring",
                              u"feat",
                              u"joined by",
                              u"we welcome",
                              u"we welcome back",
                              u"talking to",
                              u"talking with",
                              u"speaking with",
                              u"speaking to",
                              u"we talk to",
                              u"we talk with",
                              u"we speak with",
                              u"we speak to",
                              u"conversation entre",
                              u"dialogue entre",
                              u"débat entre",
                              u"rencontre entre",
                              u"special guest",
                              u"special guests",
                              u"on discute avec",
                              u"on parle avec",
                              u"on en parle avec",
                              u"avec la complicité de",
                              u"nous avons reçu",
                              u"nous avons accueilli",
                              u"on a reçu",
                              u"donne la parole à",
                              u"donnent la parole à",
                              u"donnons la parole à",
                              u"la parole est à",
                              u"we were joined by"})
        add(w, K::Names, guest);
    add(u"au micro", K::Names, guest, Cue::NeedPunct); // "Au micro, Marianne Lévêque, militante"
    // French interview formulas: the one spoken with, interviewed or gone to meet speaks.
    for (const char16_t* w :
         {u"nous en parlons avec", u"nous en discutons avec", u"on en discute avec",
          u"nous en débattons avec", u"nous parlons avec", u"nous discutons avec",
          u"pour interviewer", u"nous avons interviewé", u"nous avons rencontré", u"on a rencontré",
          u"interview de", u"interview d'"})
        add(w, K::Names, guest);
    // "Le maire de Lyon X répond à nos questions": the subject speaks.
    for (const char16_t* w :
         {u"répond à nos questions", u"répondent à nos questions", u"répond à vos questions",
          u"répondent à vos questions", u"a répondu à nos questions",
          u"ont répondu à nos questions", u"answers our questions", u"answers your questions",
          u"answer our questions", u"answer your questions"})
        add(w, K::After, guest);
    for (const char16_t* w : {u"une émission avec", u"un épisode avec", u"un entretien avec",
                              u"an episode with", u"a conversation with"})
        add(w, K::Names, guest);
    for (const char16_t* w : {u"dans cet épisode", u"dans ce numéro", u"in this episode",
                              u"in today's episode", u"on this episode"})
        add(w, K::Names, guest, Cue::NeedPunct | Cue::NeedRole); // "Dans cet épisode, X et Y,
                                                                 // journalistes, …"
    for (const char16_t* w : {u"le reportage de", u"un reportage de"})
        add(w, K::Names, u"reportage");
    for (const char16_t* w : {u"portrait signé", u"un portrait signé", u"reportage signé",
                              u"un documentaire signé", u"une enquête signée"})
        add(w, K::Names, u"reporter");
    for (const char16_t* w :
         {u"avec nos invités", u"avec nos invitées", u"avec nos invité·e·s", u"with our guests",
          u"this series includes", u"entretiens avec", u"des entretiens avec", u"aux côtés de"})
        add(w, K::Names, guest);
    add(u"l' émission", K::Names, host, kFill); // "l'émission du samedi de X"
    for (const char16_t* w :
         {u"read by", u"written and read by", u"the readers are", u"the reader is", u"concluded by",
          u"continued by", u"lu par", u"lue par", u"lus par"})
        add(w, K::Names, u"reader");
    add(u"abridged by", K::Names, u"abridger", kStart);
    add(u"abridged and produced by", K::Names, u"abridged and produced", kStart);
    add(u"meet", K::Names, guest, kStart);
    add(u"avec", K::Names, guest, kStartOrComma);
    add(u"with", K::Names, guest, kStartOrComma);
    add(u"alongside", K::Names, guest, kStartOrComma); // "…, alongside cosmologist X and Y"
    add(u"avec", K::Names, guest, Cue::NeedRole); // "… retour sur ses idées avec X, historienne"
    add(u"with", K::Names, guest, Cue::NeedRole);
    for (const char16_t* w :
         {u"pour en parler", u"pour en débattre", u"pour en discuter", u"pour nous en parler",
          u"pour nous éclairer", u"autour de la table", u"pour décrypter"})
        add(w, K::Names, guest, Cue::NeedPunct);
    for (const char16_t* w :
         {u"joining us",       u"joining me",        u"our guest",         u"our guests",
          u"my guest",         u"my guests",         u"this week's guest", u"this week's guests",
          u"today's guest",    u"today's guests",    u"tonight's guest",   u"tonight's guests",
          u"notre invité",     u"notre invitée",     u"nos invités",       u"nos invitées",
          u"nos invitees",     u"mon invité",        u"mon invitée",       u"mes invités",
          u"les intervenants", u"les intervenantes", u"les invités",       u"our panel",
          u"our panelists",    u"le panel"})
        add(w, K::Names, guest, kFill);
    add(u"our producer", K::Names, u"producer", kFill | kStart);
    add(u"our producers", K::Names, u"producer", kFill | kStart);
    add(u"our executive producer", K::Names, u"executive producer", kFill | kStart);
    add(u"our editor", K::Names, u"editor", kFill | kStart);
    for (const char16_t* w :
         {u"hosted by", u"co-hosted by", u"presented by", u"moderated by", u"présenté par",
          u"présentée par", u"animé par", u"animée par", u"une émission de", u"un podcast de",
          u"au micro de", u"guest host", u"guest hosts"})
        add(w, K::Names, host);
    for (const char16_t* w :
         {u"au micro d'", u"un podcast d'", u"une émission d'", u"créé par", u"créée par",
          u"l' entretien mené par", u"entretien mené par", u"interview menée par"})
        add(w, K::Names, host);
    for (const char16_t* w :
         {u"entretien d' abord avec", u"rencontre ensuite avec", u"avec comme invité",
          u"avec comme invitée", u"avec comme invités", u"une interview de", u"questions à",
          u"we're talking with", u"we're talking to", u"we're joined by"})
        add(w, K::Names, guest);
    add(u"i interview", K::Names, guest, kStart);
    add(u"i'm", K::Names, host, kStart); // "I'm Jordan Blake, and this is Deep Dive."
    add(u"i am", K::Names, host, kStart);
    // Credits only where they stand as credits ("Produced by X" on a line or after a sentence),
    // not about a song or a book ("'Moon River' was written by X and Y").
    add(u"produced by", K::Names, u"producer", kStart);
    add(u"edited by", K::Names, u"editor", kStart);
    add(u"reported by", K::Names, u"reporter");
    add(u"narrated by", K::Names, u"narrator");
    add(u"written by", K::Names, u"writer", kStart);
    add(u"interviewed by", K::Names, u"interviewer");
    add(u"mixed by", K::Names, u"mixing", kStart);
    add(u"sound design by", K::Names, u"sound design", kStart);
    // The episode's own credits inside a sentence ("This episode was edited and produced by X",
    // "It is also prepared by X, Y and Z"), not a song's or a book's.
    for (const char16_t* w :
         {u"episode was produced by", u"episode was edited and produced by",
          u"episode is produced by", u"show is produced by", u"podcast is produced by",
          u"edited and produced by", u"is also prepared by", u"is prepared by"})
        add(w, K::Names, u"producer");
    add(u"episode was edited by", K::Names, u"editor");
    add(u"episode was mixed by", K::Names, u"mixing");
    add(u"prepared by", K::Names, u"prepared by", kStart);
    add(u"mis en musique par", K::Names, u"mis en musique par");
    // Who interviews and who makes a radio programme present it: "Interview réalisée par X",
    // "l'émission produite par X" (France Culture's producers are its hosts), unlike "réalisé
    // par", the studio's credit.
    for (const char16_t* w :
         {u"interview réalisée par", u"interview réalisé par", u"entretien réalisé par",
          u"entretiens réalisés par", u"interview conducted by", u"interviews conducted by",
          u"émission produite par", u"émission produite et présentée par",
          u"émission présentée et produite par"})
        add(w, K::Names, host);
    add(u"mixé par", K::Names, u"mixage");
    add(u"mixée par", K::Names, u"mixage");
    add(u"monté par", K::Names, u"montage");
    add(u"montée par", K::Names, u"montage");
    add(u"réalisé par", K::Names, u"réalisation");
    add(u"réalisée par", K::Names, u"réalisation");
    add(u"produit par", K::Names, u"production");
    add(u"préparé par", K::Names, u"production");
    add(u"préparée par", K::Names, u"production");
    add(u"produite par", K::Names, u"production");
    add(u"raconté par", K::Names, u"narration");
    add(u"racontée par", K::Names, u"narration");
    add(u"lu par", K::Names, u"lecture");

    // The staff of the show, named by their job: "host Dana Whitfield", "notre journaliste X".
    for (const char16_t* w : {u"host", u"hosts", u"co-host", u"co-hosts", u"cohost", u"cohosts"})
        add(w, K::Names, host);
    for (const char16_t* det : {u"", u"l' ", u"notre ", u"nos ", u"votre "}) {
        for (const char16_t* noun : {u"animateur", u"animatrice", u"présentateur", u"présentatrice",
                                     u"animateurs", u"animatrices"})
            add(QString(QStringView(det) % QStringView(noun)), K::Names, host, Cue::OptionalComma);
    }
    for (const char16_t* noun :
         {u"journaliste", u"correspondant", u"correspondante", u"envoyé spécial",
          u"envoyée spéciale", u"reporter", u"chroniqueur", u"chroniqueuse", u"correspondent",
          u"journalistes", u"correspondants", u"chroniqueurs", u"reporters"}) {
        const QString n = QString::fromUtf16(noun);
        const QString role = n.toLower();
        for (const char16_t* det : {u"notre ", u"nos ", u"votre ", u"our ", u"your "})
            add(QString(QStringView(det) % n), K::Names, role, Cue::OptionalComma);
        for (const char16_t* det : {u"la ", u"le ", u"l' ", u"the "})
            add(QString(QStringView(det) % n), K::Names, role, kStart);
    }

    // Only with a person after the verb: who joins someone is received by them, who is told
    // something tells it to the one who asks ("A, B and C joined Andy Pellow", "X, journalist,
    // joins Janelle Whitfield", "he tells A, B and C"), who asks someone receives them ("Jo
    // Bunton asks Katherine Hibbs what …"). Without a person after it, "tells" is a verb of
    // speaking (below) and "joined" nothing ("X joined the firm in 2010").
    for (const char16_t* w : {u"joins", u"join", u"joined", u"tells", u"tell"})
        add(w, K::Around, host, Cue::NeedNames, guest);
    for (const char16_t* w : {u"asks", u"asked"})
        add(w, K::Around, guest, Cue::NeedNames, host);
    // "Troubleshooting Systems through Observability with Felicity Mayers", "Kirsten Ware with
    // A, B and C.": names that end their line after "with" anywhere in it.
    add(u"with", K::Names, guest, Cue::LineEnd);
    for (const char16_t* w : {u"look at", u"look back at"})
        add(w, K::After, guest); // "A and B look at …"

    // Host before, guests after.
    for (const char16_t* w : {u"reçoit",
                              u"reçoivent",
                              u"accueille",
                              u"accueillent",
                              u"interroge",
                              u"interviewe",
                              u"s' entretient avec",
                              u"discute avec",
                              u"débat avec",
                              u"dialogue avec",
                              u"est accompagné",
                              u"est accompagnée",
                              u"sont accompagnés",
                              u"sont accompagnées",
                              u"échange avec",
                              u"converse avec",
                              u"talks with",
                              u"talks to",
                              u"talk with",
                              u"talk to",
                              u"speaks with",
                              u"speaks to",
                              u"speak with",
                              u"sits down with",
                              u"sit down with",
                              u"chats with",
                              u"chat with",
                              u"catches up with",
                              u"caught up with",
                              u"catch up with",
                              u"meets",
                              u"interviews",
                              u"welcomes",
                              u"welcome",
                              u"welcomes back",
                              u"welcome back",
                              u"is joined by",
                              u"are joined by",
                              u"in conversation with",
                              u"recevait",
                              u"recevaient",
                              u"accueillait",
                              u"débattait avec",
                              u"discutait avec",
                              u"s' entretenait avec"})
        add(w, K::Around, guest, kFill, host); // kFill: "reçoivent ce samedi X"
    for (const char16_t* w :
         {u"répond aux questions de", u"répondent aux questions de", u"est au micro de",
          u"est au micro d'", u"était au micro de", u"answers questions from"})
        add(w, K::Around, host, 0, guest); // "X répond aux questions de Y": Y hosts
    // "Il expliquait à Catherine Perron comment…", "Il l'a racontée à Fabienne Chauvet": the
    // one told is the one who asks.
    for (const char16_t* w :
         {u"explique à", u"expliquait à", u"raconte à", u"racontait à", u"racontée à", u"raconté à",
          u"se confie à", u"se confiait à", u"confie à", u"explains to", u"explained to"})
        add(w, K::Around, host, 0, guest);
    // "X est allée rencontrer la chanteuse Y", "Y répond à X": who meets or is answered asks.
    for (const char16_t* w :
         {u"est allé rencontrer", u"est allée rencontrer", u"sont allés rencontrer",
          u"sont allées rencontrer", u"part à la rencontre de", u"est parti à la rencontre de",
          u"est partie à la rencontre de"})
        add(w, K::Around, guest, 0, host);
    for (const char16_t* w : {u"répond à", u"répondait à", u"répondent à"})
        add(w, K::Around, host, 0, guest);
    for (const char16_t* w : {u"est l' invité de", u"est l' invitée de", u"sont les invités de",
                              u"sont les invitées de", u"is a guest of", u"are the guests of"})
        add(w, K::Around, host, 0, guest); // "X et Y sont les invités de Z"

    // The name before gets the role.
    for (const char16_t* w : {u"joins us",
                              u"joins me",
                              u"join us",
                              u"join me",
                              u"nous rejoint",
                              u"nous rejoignent",
                              u"is our guest",
                              u"is my guest",
                              u"was our guest",
                              u"are our guests",
                              u"joins the show",
                              u"joins the podcast",
                              u"raconte",
                              u"racontent",
                              u"explique",
                              u"expliquent",
                              u"témoigne",
                              u"témoignent",
                              u"décrypte",
                              u"décryptent",
                              u"revient sur",
                              u"reviennent sur",
                              u"explains",
                              u"explain",
                              u"tells",
                              u"recounts",
                              u"discusses",
                              u"discuss",
                              u"nous parle",
                              u"nous parlent",
                              u"nous livre",
                              u"nous livrera",
                              u"nous guide",
                              u"nous éclaire",
                              u"nous explique",
                              u"nous raconte",
                              u"recalls",
                              u"remembers",
                              u"describes",
                              u"ponders",
                              u"reflects on",
                              u"tells us",
                              u"talks us through",
                              u"looks at",
                              u"looks back at",
                              u"explores",
                              u"investigates",
                              u"aborde",
                              u"évoque",
                              u"explore",
                              u"explorent",
                              u"partage",
                              u"partagent",
                              u"discutent",
                              u"débattent",
                              u"passent en revue",
                              u"retracent",
                              u"retrace",
                              u"s' exprime",
                              u"insiste sur",
                              u"nous dévoile",
                              u"remet en question",
                              u"talk about",
                              u"talks about",
                              u"delves into",
                              u"shares",
                              u"share",
                              u"revisits",
                              u"break down",
                              u"breaks down",
                              u"analyse",
                              u"analysent"})
        add(w, K::After, guest); // the subject of a speaking verb speaks
    // "X présente son livre", "X est venue nous parler de …", "X lui demande pourquoi".
    for (const char16_t* w :
         {u"présente son livre", u"présente son dernier livre", u"présente son nouveau livre",
          u"présente son ouvrage", u"présente son film", u"présente son album", u"nous retrace",
          u"nous retracent"})
        add(w, K::After, guest);
    // A segment and who keeps it: "la chronique de Georges X", "après la revue de presse d'Anne
    // X", "une chronique signée X", "le billet de X".
    for (const char16_t* det : {u"la ", u"une "}) {
        for (const char16_t* of : {u"de", u"d'", u"préparée par", u"signée"})
            add(QString(QStringView(det) % u"chronique " % QStringView(of)), K::Names,
                u"chronique");
    }
    for (const char16_t* w : {u"la revue de presse de", u"la revue de presse d'"})
        add(w, K::Names, u"revue de presse");
    for (const char16_t* w : {u"le billet de", u"le billet d'"})
        add(w, K::Names, u"billet");
    for (const char16_t* w : {u"l' édito de", u"l' édito d'"})
        add(w, K::Names, u"édito");
    // "Raymond nous dresse un état des lieux", "Claire nous lit sa lettre", "X nous emmène à …":
    // who tells, reads or guides the listener speaks.
    for (const char16_t* w :
         {u"nous dresse",         u"nous dressent",       u"nous lit",          u"nous lisent",
          u"nous emmène",         u"nous emmènent",       u"nous plonge",       u"nous plongent",
          u"nous fait découvrir", u"nous font découvrir", u"nous fait visiter", u"nous présente",
          u"nous présentent",     u"nous propose",        u"nous proposent",    u"nous conte",
          u"nous confie",         u"nous donne",          u"nous dévoilent",    u"nous invite",
          u"nous invitent",       u"nous rappelle"})
        add(w, K::After, guest);
    for (const char16_t* came : {u"est venu", u"est venue", u"sont venus", u"sont venues"}) {
        for (const char16_t* to :
             {u"dire", u"parler", u"nous parler", u"présenter", u"nous présenter", u"débattre",
              u"témoigner", u"raconter", u"nous raconter"})
            add(QString(QStringView(came) % u' ' % QStringView(to)), K::After, guest);
    }
    // Verbs that make a speaker only of someone a job introduces ("Comedian and author X gives
    // a Marxist perspective", "Anthropologist X offers a careful account", "Psychologist X
    // says"): without one, the subject may be anyone in the news ("Trump says").
    for (const char16_t* w :
         {u"says",     u"gives",     u"offers",           u"argues",           u"reveals",
          u"suggests", u"considers", u"examines",         u"unpicks",          u"traces",
          u"retells",  u"recreates", u"performs",         u"celebrates",       u"wonders",
          u"warns",    u"weighs in", u"walks us through", u"takes us through", u"guides us through",
          u"takes us", u"unpacks",   u"outlines",         u"weighs up",        u"dives into",
          u"details",  u"highlights"})
        add(w, K::After, guest, Cue::NeedRole);
    // "Max Pearsall presents a collection of …": who presents the programme (not "X presents
    // her new book": an article must follow).
    for (const char16_t* w : {u"presents a", u"presents an", u"presents the"})
        add(w, K::After, host);
    for (const char16_t* w : {u"lui demande", u"leur demande"})
        add(w, K::After, host);
    for (const char16_t* w : {u"reads", u"reads from"})
        add(w, K::After, u"reader");
    for (const char16_t* w : {u"reports from", u"reports on", u"reporte depuis"})
        add(w, K::After, u"reporter"); // "The BBC's Laura Kemp reports from Kyiv"
    add(u"reports", K::After, u"reporter", Cue::LineEnd); // "… Nadia Farrow reports."
    for (const char16_t* w : {u"and guests", u"and her guests", u"and his guests",
                              u"et ses invités", u"et ses invitées", u"et ses invité·e·s"})
        add(w, K::After, host); // "X and guests discuss…"
    // "…, expliquent X et Y, invités de l'émission": the speakers after an inverted verb.
    for (const char16_t* w : {u"explique", u"expliquent", u"raconte", u"racontent", u"estime",
                              u"estiment", u"souligne", u"soulignent"})
        add(w, K::Names, guest, Cue::AtBoundary | Cue::AfterComma);
    for (const char16_t* verb : {u"est", u"était", u"sera"}) {
        for (const char16_t* noun : {u"l' invité", u"l' invitée", u"notre invité", u"notre invitée",
                                     u"mon invité", u"mon invitée"})
            add(QString(QStringView(verb) % u' ' % QStringView(noun)), K::After, guest);
    }
}

void CuePhraseList::add(QStringView words, Cue::Kind kind, QStringView role, quint8 flags,
                        QStringView roleBefore)
{
    Cue cue;
    cue.words = foldForMatch(words).split(u' ', Qt::SkipEmptyParts);
    cue.kind = kind;
    cue.role = role.toString();
    cue.roleBefore = roleBefore.toString();
    cue.flags = flags;
    m_cues.append(std::move(cue));
}

} // namespace

QList<Cue> cuePhrases()
{
    return CuePhraseList().take();
}

} // namespace ondes::speakers
