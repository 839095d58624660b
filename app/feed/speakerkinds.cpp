#include "feed/speakerkinds.h"

#include "feed/speakertext.h"
#include "feed/speakerwordset.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace ondes {

const QHash<QString, SpeakerKind>& speakerRoleWords()
{
    static const QHash<QString, SpeakerKind> table = [] {
        QHash<QString, SpeakerKind> t;
        const auto add = [&t](SpeakerKind kind, std::initializer_list<const char16_t*> words) {
            for (const char16_t* w : words)
                t.insert(speakers::foldForMatch(QStringView(w)), kind);
        };
        add(SpeakerKind::Host,
            {u"host",          u"hosts",        u"co-host",      u"co-hosts",      u"cohost",
             u"cohosts",       u"guest host",   u"guest hosts",  u"presenter",     u"presenters",
             u"moderator",     u"présentation", u"présentateur", u"présentatrice", u"animation",
             u"animateur",     u"animatrice",   u"animateurs",   u"animatrices",   u"modération",
             u"modérateur",    u"modératrice",  u"interview",    u"interviews",    u"co-interview",
             u"co-interviews", u"cointerview",  u"cointerviews", u"entretien",     u"entretiens",
             u"interviewer",   u"par"});
        add(SpeakerKind::Guest,
            {u"guest",        u"guests",       u"special guest", u"special guests", u"invité",
             u"invités",      u"invitée",      u"invitées",      u"invitees",       u"intervenant",
             u"intervenants", u"intervenante", u"intervenantes", u"panelist",       u"panelists",
             u"panellists",   u"panel",        u"speakers",      u"interviewee",    u"avec",
             u"with",         u"featuring"});
        add(SpeakerKind::Reporter,
            {u"reporter", u"reporters", u"reportage", u"reportages", u"journaliste",
             u"journalistes", u"correspondant", u"correspondante", u"correspondants",
             u"correspondent", u"correspondents", u"envoyé spécial", u"envoyée spéciale",
             u"retour de terrain"});
        add(SpeakerKind::Columnist, {u"chronique", u"chroniques", u"chroniqueur", u"chroniqueuse",
                                     u"chroniqueurs", u"chroniqueuses", u"columnist", u"columnists",
                                     u"revue de presse", u"billet", u"édito", u"éditorial"});
        add(SpeakerKind::Reader, {u"lecture", u"lectures", u"lecteur", u"lectrice", u"reader",
                                  u"readers", u"read by", u"lu par", u"lue par"});
        add(SpeakerKind::Narrator, {u"narration", u"narrateur", u"narratrice", u"narrator", u"voix",
                                    u"voix off", u"voice", u"voice over"});
        add(SpeakerKind::Interpreter,
            {u"interprète", u"interprètes", u"interpreter", u"interpreters", u"interprétariat"});
        add(SpeakerKind::Credit, {u"réalisation",
                                  u"réalisateur",
                                  u"réalisatrice",
                                  u"réalisé par",
                                  u"réalisée par",
                                  u"production",
                                  u"producteur",
                                  u"productrice",
                                  u"producteurs",
                                  u"producer",
                                  u"producers",
                                  u"executive producer",
                                  u"executive producers",
                                  u"senior producer",
                                  u"associate producer",
                                  u"produced by",
                                  u"montage",
                                  u"mixage",
                                  u"mixing",
                                  u"mix",
                                  u"mixed by",
                                  u"prise de son",
                                  u"sound",
                                  u"sound design",
                                  u"sound designer",
                                  u"engineer",
                                  u"audio engineer",
                                  u"sound engineer",
                                  u"rédaction en chef",
                                  u"rédaction",
                                  u"édition",
                                  u"editor",
                                  u"editors",
                                  u"edited by",
                                  u"story editor",
                                  u"coordination",
                                  u"writer",
                                  u"writers",
                                  u"written by",
                                  u"research",
                                  u"researcher",
                                  u"fact checker",
                                  u"fact checking",
                                  u"doublage",
                                  u"traduction",
                                  u"translation",
                                  u"sous-titrage",
                                  u"web",
                                  u"documentaliste",
                                  u"documentalistes",
                                  u"documentation",
                                  u"restauration",
                                  u"restauration et mixage",
                                  u"enregistrement",
                                  u"enregistrement voix",
                                  u"textes",
                                  u"chargé de production",
                                  u"chargée de production",
                                  u"unité de production",
                                  u"chef de projet",
                                  u"cheffe de projet",
                                  u"responsable éditorial",
                                  u"responsable éditoriale",
                                  u"abridger",
                                  u"abridged",
                                  u"abridged and produced",
                                  u"abridged by",
                                  u"abridged and produced by",
                                  u"prise de son et mixage",
                                  u"montage et mixage",
                                  u"musique",
                                  u"music",
                                  u"illustration",
                                  u"visuel",
                                  u"graphisme",
                                  u"programmation musicale"});
        // Radio credit lines ("Chargée de réalisation : X", "Images : X", "Suivi éditorial : X",
        // "Choix des textes X") and the episode's credits inside a sentence.
        add(SpeakerKind::Credit, {u"chargé de réalisation",
                                  u"chargée de réalisation",
                                  u"chargés de réalisation",
                                  u"chargé(e) de réalisation",
                                  u"chargé·e de réalisation",
                                  u"assistant de réalisation",
                                  u"assistante de réalisation",
                                  u"attaché de production",
                                  u"attachée de production",
                                  u"attachés de production",
                                  u"attachées de production",
                                  u"mise en ondes",
                                  u"mise en onde",
                                  u"mis en musique par",
                                  u"suivi éditorial",
                                  u"identité graphique",
                                  u"partenariat",
                                  u"images",
                                  u"image",
                                  u"photo",
                                  u"photos",
                                  u"crédit photo",
                                  u"crédit",
                                  u"credit",
                                  u"photo credit",
                                  u"image credit",
                                  u"picture credit",
                                  u"choix des textes",
                                  u"conseillère littéraire",
                                  u"conseiller littéraire",
                                  u"conseil littéraire",
                                  u"conseillère éditoriale",
                                  u"conseiller éditorial",
                                  u"prepared by",
                                  u"edited and produced by",
                                  u"production assistant",
                                  u"assistant producer",
                                  u"series producer",
                                  u"technical producer",
                                  u"audio editing",
                                  u"editing",
                                  u"artwork",
                                  u"complicité"});
        return t;
    }();
    return table;
}

QString speakerKindName(SpeakerKind kind)
{
    switch (kind) {
    case SpeakerKind::Host:
        return QStringLiteral("host");
    case SpeakerKind::Guest:
        return QStringLiteral("guest");
    case SpeakerKind::Reporter:
        return QStringLiteral("reporter");
    case SpeakerKind::Columnist:
        return QStringLiteral("columnist");
    case SpeakerKind::Reader:
        return QStringLiteral("reader");
    case SpeakerKind::Narrator:
        return QStringLiteral("narrator");
    case SpeakerKind::Interpreter:
        return QStringLiteral("interpreter");
    case SpeakerKind::Credit:
        return QStringLiteral("credit");
    case SpeakerKind::Unknown:
        break;
    }
    return {};
}

namespace {

// speakerRoleWords() as a WordSet (the kind as the value): looked up with a view, so that
// speakerKindOfRole(), asked for every role read, builds no key.
const speakers::WordSet& roleWordsByView()
{
    static const speakers::WordSet set = [] {
        speakers::WordSet words;
        const QHash<QString, SpeakerKind>& table = speakerRoleWords();
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            words.insert(it.key(), quint16(it.value()));
        return words;
    }();
    return set;
}

SpeakerKind kindOfRoleKey(QStringView key)
{
    return SpeakerKind(roleWordsByView().valueOf(key));
}

// "chronique cinéma", "billet d'humeur", "correspondante à Kiev", "reporter for the BBC": a
// segment's or a reporter's role is named by its head, the first word after an article; only
// those kinds (the first word of "producer of the film" or "voix de la résistance" is no head),
// and not a journalist's.
SpeakerKind kindOfHead(QStringView key)
{
    static constexpr std::array<QStringView, 9> articles = {
        QStringView(u"la "),  QStringView(u"le "),  QStringView(u"l'"),
        QStringView(u"une "), QStringView(u"un "),  QStringView(u"the "),
        QStringView(u"a "),   QStringView(u"our "), QStringView(u"notre ")};
    // Compared in place: QStringView::startsWith() is a call per article, for every role.
    const auto startsWith = [&key](QStringView prefix) {
        return key.size() >= prefix.size() &&
               std::equal(prefix.cbegin(), prefix.cend(), key.cbegin());
    };
    for (const QStringView article : articles) {
        if (startsWith(article)) {
            key = key.mid(article.size());
            break;
        }
    }
    qsizetype end = 0;
    while (end < key.size() && key[end] != u' ' && key[end] != u'\'')
        ++end;
    if (end == key.size() || end == 0)
        return SpeakerKind::Unknown; // the whole key, already looked up
    // "journaliste à France 24": a journalist described is as often a guest as a reporter.
    if (startsWith(u"journalist"))
        return SpeakerKind::Unknown;
    const SpeakerKind kind = kindOfRoleKey(key.left(end));
    return kind == SpeakerKind::Columnist || kind == SpeakerKind::Reporter ? kind
                                                                           : SpeakerKind::Unknown;
}

// "Réalisation et présentation", "Montage et voix": a credit's later part that speaks on air
// (presents, narrates, reads) makes the person a speaker; Unknown when no part does.
SpeakerKind spokenPartOf(QStringView key)
{
    static constexpr std::array<QStringView, 5> separators = {
        QStringView(u" & "), QStringView(u" et "), QStringView(u" and "), QStringView(u" / "),
        QStringView(u", ")};
    qsizetype from = 0;
    for (qsizetype k = 1; k <= key.size(); ++k) {
        qsizetype skip = k == key.size() ? 0 : -1;
        for (const QStringView separator : separators) {
            if (skip < 0 && key.mid(k).startsWith(separator))
                skip = separator.size();
        }
        if (skip < 0)
            continue;
        const SpeakerKind kind = kindOfRoleKey(key.mid(from, k - from));
        if (kind == SpeakerKind::Host || kind == SpeakerKind::Narrator ||
            kind == SpeakerKind::Reader)
            return kind;
        from = k + skip;
        k = from;
    }
    return SpeakerKind::Unknown;
}

} // namespace

bool isProductGloss(QStringView role)
{
    static const speakers::WordSet platforms = speakers::WordSet::folded(
        {u"iphone",      u"ipad", u"ios",     u"android",  u"windows", u"mac",      u"macos",
         u"linux",       u"pc",   u"gratuit", u"gratuite", u"free",    u"freemium", u"xbox",
         u"playstation", u"ps4",  u"ps5",     u"switch",   u"steam",   u"kindle"});
    int words = 0;
    int platformWords = 0;
    bool digit = false;
    bool currency = false;
    qsizetype k = 0;
    while (k < role.size()) {
        const QChar c = role.at(k);
        digit = digit || c.isDigit();
        currency = currency || c == u'€' || c == u'$' || c == u'£' || c == u'¥';
        if (!c.isLetterOrNumber()) {
            ++k;
            continue;
        }
        qsizetype end = k;
        while (end < role.size() && role.at(end).isLetterOrNumber())
            ++end;
        const QString word = speakers::foldForMatch(role.mid(k, end - k));
        ++words;
        platformWords += platforms.contains(word) ? 1 : 0;
        k = end;
    }
    // "4,99€" and "$12" have a digit and a currency sign; a price's digits count as words.
    return (digit && currency) || (words > 0 && platformWords == words);
}

SpeakerKind speakerKindOfRole(QStringView role)
{
    // The key: foldForMatch(role).simplified() without ( and ), built in one buffer. A
    // parenthesis counts as a character for the spaces around it, as in simplified().
    QVarLengthArray<char16_t, 256> buffer(role.size() * 2 + 1);
    const qsizetype folded = speakers::foldInto(role, buffer.data());
    qsizetype length = 0;
    bool started = false;
    bool space = false;
    for (qsizetype k = 0; k < folded; ++k) {
        const char16_t c = buffer[k];
        if (QChar::isSpace(c)) {
            space = started;
            continue;
        }
        if (space)
            buffer[length++] = u' ';
        space = false;
        started = true;
        if (c != u'(' && c != u')')
            buffer[length++] = c;
    }
    const QStringView key(buffer.data(), length);
    if (const SpeakerKind kind = kindOfRoleKey(key); kind != SpeakerKind::Unknown)
        return kind;
    // "Coordination & web", "Réalisation et montage": the first part decides, each separator
    // at its first place (each starts with a space: one pass over the spaces finds them all).
    static constexpr std::array<QStringView, 4> separators = {
        QStringView(u" & "), QStringView(u" et "), QStringView(u" and "), QStringView(u" / ")};
    std::array<qsizetype, separators.size()> firstAt;
    firstAt.fill(-1);
    for (qsizetype k = 1; k < key.size(); ++k) {
        if (key[k] != u' ')
            continue;
        for (size_t s = 0; s < separators.size(); ++s) {
            const QStringView separator = separators[s];
            if (firstAt[s] < 0 && k + separator.size() <= key.size() &&
                std::equal(separator.cbegin(), separator.cend(), key.cbegin() + k))
                firstAt[s] = k;
        }
    }
    for (const qsizetype at : firstAt) {
        if (at > 0) {
            if (const SpeakerKind kind = kindOfRoleKey(key.left(at));
                kind != SpeakerKind::Unknown) {
                if (kind != SpeakerKind::Credit)
                    return kind;
                const SpeakerKind spoken = spokenPartOf(key);
                return spoken != SpeakerKind::Unknown ? spoken : kind;
            }
        }
    }
    return kindOfHead(key);
}

} // namespace ondes
