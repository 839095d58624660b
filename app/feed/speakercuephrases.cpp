#include "feed/speakercuephraselist.h"
#include "feed/speakertext.h"

namespace ondes::speakers {

void CuePhraseList::addNamesFollowing()
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
    // "Avec la complicité de X et Y." opening its sentence: who is on air with the host. Inside
    // one ("préparée et présentée par X avec la complicité de A, B et C"): who helped make it.
    add(u"avec la complicité de", K::Names, guest, kStart);
    add(u"avec la complicité de", K::Names, u"complicité");
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
    // "interview en direct de X et de Y", "Il était accompagné de X", "entouré de X (revue de
    // presse), Y (culture)", "Talking it through with X are …": who is with the host speaks.
    for (const char16_t* w :
         {u"interview en direct de", u"interview en direct d'", u"interview exceptionnelle de",
          u"interview exceptionnelle d'", u"était accompagné de", u"était accompagnée de",
          u"était accompagné par", u"était accompagnée par", u"entouré de", u"entourée de",
          u"talking it through with"})
        add(w, K::Names, guest);
    add(u"accompagné par", K::Names, guest, kStart); // "Accompagné par X, historien, …"
    add(u"accompagnée par", K::Names, guest, kStart);
    // "Un réveil chaleureux orchestré par X", "« Les Grandes Gueules » animées par X et Y".
    for (const char16_t* w : {u"orchestré par", u"orchestrée par", u"animés par", u"animées par"})
        add(w, K::Names, host);
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
    add(u"music by", K::Names, u"music", kStart); // "Music by X.", not "with music by"
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

QList<Cue> cuePhrases()
{
    return CuePhraseList().take();
}

} // namespace ondes::speakers
