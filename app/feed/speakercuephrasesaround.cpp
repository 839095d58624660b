#include "feed/speakercuephraselist.h"

namespace ondes::speakers {

void CuePhraseList::addAroundAndBefore()
{
    const QString host = QStringLiteral("host");
    const QString guest = QStringLiteral("guest");

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
    // "Nicolas Peyrot et Kevin Le Goff vous accueillent aujourd'hui": who welcomes the
    // listener presents the show.
    for (const char16_t* w :
         {u"vous accueille", u"vous accueillent", u"vous reçoit", u"vous reçoivent"})
        add(w, K::After, host);
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
    // "la chronique cinéma de X", "la chronique éco d'Y": a segment named by its subject.
    for (const char16_t* subject :
         {u"cinéma",   u"culture",   u"culturelle", u"livres",    u"littéraire", u"musique",
          u"musicale", u"sport",     u"sciences",   u"science",   u"santé",      u"éco",
          u"économie", u"politique", u"médias",     u"numérique", u"histoire",   u"environnement",
          u"société",  u"séries",    u"jeux vidéo"}) {
        for (const char16_t* of : {u" de", u" d'"})
            add(QString(u"la chronique " % QStringView(subject) % QStringView(of)), K::Names,
                QString(u"chronique " % QStringView(subject)));
    }
    for (const char16_t* w : {u"le billet d' humeur de", u"le billet d' humeur d'"})
        add(w, K::Names, u"billet");
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

} // namespace ondes::speakers
