#include "feed/showhosts.h"

#include "feed/namegrammar.h"
#include "feed/personkey.h"
#include "feed/recurringhosts.h"
#include "feed/speakerextractor.h"
#include "feed/speakerlexicon.h"
#include "feed/speakernameguard.h"
#include "feed/speakertext.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringView>

#include <algorithm>

namespace ondes {
namespace {

using speakers::Token;

// Words that make a name an organisation's, in foldForMatch() form: networks, stations,
// companies, groups, places. "France Culture", "Rose Radio", "Victoria Station".
bool isOrganisationWord(const QString& folded)
{
    static const QSet<QString> words = {
        QStringLiteral("radio"),      QStringLiteral("radios"),
        QStringLiteral("fm"),         QStringLiteral("am"),
        QStringLiteral("tv"),         QStringLiteral("tele"),
        QStringLiteral("television"), QStringLiteral("podcast"),
        QStringLiteral("podcasts"),   QStringLiteral("media"),
        QStringLiteral("medias"),     QStringLiteral("network"),
        QStringLiteral("networks"),   QStringLiteral("news"),
        QStringLiteral("production"), QStringLiteral("productions"),
        QStringLiteral("studio"),     QStringLiteral("studios"),
        QStringLiteral("inc"),        QStringLiteral("llc"),
        QStringLiteral("ltd"),        QStringLiteral("sarl"),
        QStringLiteral("group"),      QStringLiteral("groupe"),
        QStringLiteral("press"),      QStringLiteral("presse"),
        QStringLiteral("records"),    QStringLiteral("publishing"),
        QStringLiteral("editions"),   QStringLiteral("show"),
        QStringLiteral("team"),       QStringLiteral("equipe"),
        QStringLiteral("channel"),    QStringLiteral("company"),
        QStringLiteral("club"),       QStringLiteral("collectif"),
        QStringLiteral("collective"), QStringLiteral("association"),
        QStringLiteral("magazine"),   QStringLiteral("journal"),
        QStringLiteral("times"),      QStringLiteral("post"),
        QStringLiteral("daily"),      QStringLiteral("weekly"),
        QStringLiteral("official"),   QStringLiteral("officiel"),
        QStringLiteral("culture"),    QStringLiteral("inter"),
        QStringLiteral("info"),       QStringLiteral("infos"),
        QStringLiteral("bleu"),       QStringLiteral("musique"),
        QStringLiteral("music"),      QStringLiteral("public"),
        QStringLiteral("publique"),   QStringLiteral("international"),
        QStringLiteral("university"), QStringLiteral("universite"),
        QStringLiteral("institute"),  QStringLiteral("institut"),
        QStringLiteral("foundation"), QStringLiteral("fondation"),
        QStringLiteral("church"),     QStringLiteral("eglise"),
        QStringLiteral("ministries"), QStringLiteral("library"),
        QStringLiteral("museum"),     QStringLiteral("musee"),
        QStringLiteral("centre"),     QStringLiteral("center"),
        QStringLiteral("agency"),     QStringLiteral("agence"),
        QStringLiteral("lab"),        QStringLiteral("labs"),
        QStringLiteral("station"),    QStringLiteral("broadcasting"),
        QStringLiteral("industries"), QStringLiteral("entertainment"),
        QStringLiteral("france"),     QStringLiteral("europe"),
        QStringLiteral("monde"),      QStringLiteral("world"),
        QStringLiteral("global"),     QStringLiteral("online"),
        QStringLiteral("digital"),    QStringLiteral("the"),
        QStringLiteral("les"),        QStringLiteral("crew"),
        QStringLiteral("family"),     QStringLiteral("famille"),
        QStringLiteral("friends"),    QStringLiteral("amis"),
        QStringLiteral("band"),       QStringLiteral("orchestra"),
        QStringLiteral("orchestre"),  QStringLiteral("records"),
    };
    return words.contains(folded);
}

// `part` when the whole of it is one person's name (a leading title left out), else "".
QString personName(const QString& part)
{
    const QString text = part.simplified();
    if (text.isEmpty())
        return {};
    const speakers::TokenizedText tokenized = speakers::tokenize(text);
    const QList<Token>& tokens = tokenized.tokens;
    const speakers::NameSpan span = speakers::NameGrammar(tokens).nameAt(0);
    if (!span.isValid() || span.end != tokens.size())
        return {};
    const speakers::NameSpan person = speakers::PersonNameGuard(tokens).person(span);
    if (!person.isValid() || person.first != span.first || person.end != span.end)
        return {};
    bool evidence = false;
    for (qsizetype i = span.first; i < span.end; ++i) {
        const Token& t = tokens.at(i);
        if (!t.isWord())
            continue;
        if (t.hasDigit || isOrganisationWord(t.folded.toString()))
            return {};
        const bool initial = t.end - t.begin == 1 && !t.lowerStart && i + 1 < tokens.size() &&
                             tokens.at(i + 1).isPunct(u'.');
        evidence = evidence || initial || speakers::isGivenName(t.folded);
    }
    if (!evidence)
        return {};
    return text.mid(tokens.at(span.first).begin);
}

bool hasPerson(const QList<EpisodeSpeaker>& list, const QString& key)
{
    return std::any_of(list.cbegin(), list.cend(), [&key](const EpisodeSpeaker& entry) {
        return personKey(entry.person.name) == key;
    });
}

void addHost(EpisodePeople& people, const QString& name)
{
    const QString key = personKey(name);
    if (hasPerson(people.credits, key))
        return; // the author who produces the show: credited, not speaking
    for (EpisodeSpeaker& entry : people.speakers) {
        if (personKey(entry.person.name) != key)
            continue;
        // The publisher's podcast:person tag says what the person does; the description's
        // reading of them gives way to the show's knowledge, keeping its role.
        if (entry.source == QLatin1String("description")) {
            // A role that only repeated the reading's kind ("guest") was no role of the text's.
            if (entry.person.role.isEmpty() || entry.person.role == entry.kind)
                entry.person.role = QStringLiteral("host");
            entry.kind = QStringLiteral("host");
            entry.source = QStringLiteral("show");
        }
        return;
    }
    EpisodeSpeaker host;
    host.person.name = name;
    host.person.role = QStringLiteral("host");
    host.source = QStringLiteral("show");
    host.kind = QStringLiteral("host");
    people.speakers << host;
}

// Whether the description names this episode's hosts ("Hosts: A, B, C", "présenté par X"):
// then the show's usual host, absent from the list, does not host it.
bool namesItsHosts(const EpisodePeople& people)
{
    return std::any_of(people.speakers.cbegin(), people.speakers.cend(),
                       [](const EpisodeSpeaker& entry) {
                           return entry.source == QLatin1String("description") &&
                                  entry.kind == QLatin1String("host");
                       });
}

// Whether `name` is one of the show's usual hosts (the channel's author, the hosts its
// description names, the title's host).
bool isShowHost(const QString& name, const ShowHosts& hosts)
{
    const QString key = personKey(name);
    const auto same = [&key](const QString& host) { return personKey(host) == key; };
    return std::any_of(hosts.channel.cbegin(), hosts.channel.cend(), same) ||
           std::any_of(hosts.described.cbegin(), hosts.described.cend(), same) ||
           std::any_of(hosts.title.cbegin(), hosts.title.cend(), same);
}

// Whether an episode's author names other people than the channel's author: its own list.
bool namesOthers(const QStringList& authors, const QStringList& channel)
{
    QSet<QString> channelKeys;
    for (const QString& name : channel)
        channelKeys.insert(personKey(name));
    return std::any_of(authors.cbegin(), authors.cend(), [&channelKeys](const QString& name) {
        return !channelKeys.contains(personKey(name));
    });
}

// The hosts an episode's author names. An author that lists the channel's hosts and other people
// ("Guy English, Rene Ritchie, John Siracusa") lists the episode's participants: the channel's
// hosts host it, the others are its guests, left as the description gives them. An author that
// names none of the channel's hosts names the episode's own.
QStringList hostsAmongAuthors(const QStringList& authors, const QStringList& channel)
{
    QSet<QString> channelKeys;
    for (const QString& name : channel)
        channelKeys.insert(personKey(name));
    QStringList hosts;
    for (const QString& name : authors) {
        if (channelKeys.contains(personKey(name)))
            hosts << name;
    }
    return hosts.isEmpty() ? authors : hosts;
}

// One word of a name ("guy", "harvey"): the key's first or last word.
bool isNamePart(const QString& partKey, const QString& fullKey)
{
    const qsizetype space = fullKey.indexOf(u' ');
    if (space < 0 || partKey.contains(u' '))
        return false;
    return QStringView(fullKey).left(space) == partKey ||
           QStringView(fullKey).mid(fullKey.lastIndexOf(u' ') + 1) == partKey;
}

// The one full name among `fullNames` that `partKey` is the first or last word of, or "".
QString fullNameOf(const QString& partKey, const QStringList& fullNames)
{
    QString found;
    for (const QString& name : fullNames) {
        if (!isNamePart(partKey, personKey(name)))
            continue;
        if (!found.isEmpty() && personKey(found) != personKey(name))
            return {}; // two people it could be: "Guy" with Guy English and Guy Kawasaki
        found = name;
    }
    return found;
}

// How many people the episode lists in full whose first name or surname `partKey` is.
qsizetype listedPeopleNamedBy(const QString& partKey, const EpisodePeople& people)
{
    return std::count_if(people.speakers.cbegin(), people.speakers.cend(),
                         [&partKey](const EpisodeSpeaker& entry) {
                             return isNamePart(partKey, personKey(entry.person.name));
                         });
}

// Whether the episode lists `name`, in full or by a first name or surname alone ("Guy").
bool isNamedIn(const EpisodePeople& people, const QString& name)
{
    const QString key = personKey(name);
    return std::any_of(people.speakers.cbegin(), people.speakers.cend(),
                       [&key](const EpisodeSpeaker& entry) {
                           const QString listed = personKey(entry.person.name);
                           return listed == key || isNamePart(listed, key);
                       });
}

// A first name or a surname alone ("Guy", "Harvey") that the description gives beside the full
// name of the episode's speaker or the show's host ("Guy English", "David Harvey") is that
// person: one row, the full name's, with the role the text gave when it had none. Only the
// description's reading is merged; a publisher's podcast:person tag stays as tagged.
void mergeNameParts(EpisodePeople& people, const ShowHosts& hosts)
{
    QStringList fullNames;
    for (const EpisodeSpeaker& entry : std::as_const(people.speakers))
        fullNames << entry.person.name;
    fullNames << hosts.channel << hosts.described << hosts.title;
    for (qsizetype i = 0; i < people.speakers.size();) {
        EpisodeSpeaker& part = people.speakers[i];
        const QString full = part.source == QLatin1String("description")
                                 ? fullNameOf(personKey(part.person.name), fullNames)
                                 : QString();
        if (full.isEmpty()) {
            // "with Jon, Jon, and Dan" beside the listed Jon Favreau and Jon Lovett: which one it
            // is cannot be told, but it is one of them, not a third person.
            if (part.source == QLatin1String("description") &&
                listedPeopleNamedBy(personKey(part.person.name), people) >= 2)
                people.speakers.removeAt(i);
            else
                ++i;
            continue;
        }
        const QString key = personKey(full);
        const auto listed = std::find_if(
            people.speakers.begin(), people.speakers.end(),
            [&key](const EpisodeSpeaker& e) { return personKey(e.person.name) == key; });
        if (listed == people.speakers.end()) {
            part.person.name = full; // the show's host, named by a part of their name
            ++i;
            continue;
        }
        if (listed->person.role.isEmpty())
            listed->person.role = part.person.role;
        if (listed->kind.isEmpty())
            listed->kind = part.kind;
        people.speakers.removeAt(i);
    }
}

// The given names an author field lists when it lists nothing else, two or more of them
// ("Frank and Erik", "Nico & Bram"): a duo's show signs with its hosts' first names. Each part
// is one capitalised word, a given name the lexicon knows and no common word ("Rock and Roll",
// "Salt & Pepper" name no one); one given name alone is too little to go on.
QStringList givenNamesInField(const QStringList& parts)
{
    if (parts.size() < 2)
        return {};
    QStringList names;
    for (const QString& part : parts) {
        const QString word = part.simplified();
        const speakers::TokenizedText tokenized = speakers::tokenize(word);
        if (tokenized.tokens.size() != 1)
            return {};
        const Token& token = tokenized.tokens.constFirst();
        if (!token.isWord() || token.lowerStart || token.hasDigit ||
            !speakers::isGivenName(token.folded) || speakers::isCommonWord(token.folded))
            return {};
        names << word;
    }
    return names;
}

} // namespace

QStringList personNamesInField(const QString& field)
{
    static const QRegularExpression parenthesis(QStringLiteral("\\([^)]*\\)|\\[[^\\]]*\\]"));
    static const QRegularExpression separator(
        QStringLiteral("\\s*(?:[,;/|&+•·]|\\s[-–—]\\s|\\b(?:and|et|with|avec|y|und|e)\\b)\\s*"));
    QString text = field;
    text.replace(parenthesis, QStringLiteral(","));
    QStringList names;
    QSet<QString> seen;
    const QStringList parts = text.split(separator, Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString name = personName(part);
        if (!name.isEmpty() && !seen.contains(personKey(name))) {
            seen.insert(personKey(name));
            names << name;
        }
    }
    return names.isEmpty() ? givenNamesInField(parts) : names;
}

QString hostNameInTitle(const QString& title)
{
    static const QList<QRegularExpression> patterns = {
        QRegularExpression(QStringLiteral(
            "^(?:Les Matins|La Matinale|Le Journal|Le Grand Journal|L['’]Heure|Le Rendez-vous)"
            " (?:de |d['’])(.+)$")),
        QRegularExpression(QStringLiteral("^(.+?)['’]s (?:Show|Podcast)$"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^The (.+) (?:Show|Podcast)$")),
        QRegularExpression(QStringLiteral("^.+ \\((?:with|avec) (.+)\\)$")),
        QRegularExpression(QStringLiteral("^.+ (?:with|avec) (.+)$")),
    };
    const QString text = title.simplified();
    for (const QRegularExpression& pattern : patterns) {
        const QRegularExpressionMatch match = pattern.match(text);
        if (match.hasMatch())
            return personName(match.captured(1));
    }
    return {};
}

ShowHosts showHosts(const ParsedFeed& feed)
{
    ShowHosts hosts;
    // The owner is the feed's contact, often a producer or a webmaster: only a show that
    // names no author of its own takes it for one.
    hosts.channel =
        personNamesInField(feed.author.trimmed().isEmpty() ? feed.ownerName : feed.author);
    // "Hosted by Frank and Erik", "Your hosts are X and Y": the hosts the show's own
    // description names host the episodes whose author names no one (addShowHosts); an author
    // that names people keeps them, not cut to the one host a description happened to name.
    for (const Speaker& speaker : SpeakerExtractor().extract(feed.description)) {
        const QString key = personKey(speaker.name);
        if (speaker.kind == SpeakerKind::Host &&
            std::none_of(hosts.channel.cbegin(), hosts.channel.cend(),
                         [&key](const QString& name) { return personKey(name) == key; }))
            hosts.described << speaker.name;
    }
    const QString titleHost = hostNameInTitle(feed.title);
    if (!titleHost.isEmpty())
        hosts.title << titleHost;
    return hosts;
}

void addShowHosts(EpisodePeople& people, const QString& episodeAuthor, ShowHosts& hosts)
{
    // An episode whose own author names people is theirs; one whose author names no one
    // ("France Culture", a WordPress login in dc:creator) or has none is the channel's.
    auto cached = hosts.episodeAuthors.constFind(episodeAuthor);
    if (cached == hosts.episodeAuthors.cend()) {
        if (hosts.episodeAuthors.size() >= 256) // a feed whose every episode has its own
            hosts.episodeAuthors.clear();
        cached = hosts.episodeAuthors.insert(episodeAuthor, personNamesInField(episodeAuthor));
    }
    QStringList names = cached->isEmpty() ? hosts.channel + hosts.described
                                          : hostsAmongAuthors(*cached, hosts.channel);
    names << hosts.title;
    // The description names this episode's own hosts: the show's usual ones give way, unless
    // the episode's own author names its people (then it is this episode's list, not the show's).
    const bool ownHosts = namesItsHosts(people) && !namesOthers(*cached, hosts.channel);
    for (const QString& name : std::as_const(names)) {
        if (!ownHosts || !isShowHost(name, hosts) || isNamedIn(people, name))
            addHost(people, name);
    }
    mergeNameParts(people, hosts);
}

void addShowHosts(QList<EpisodePeople>& episodes, const QStringList& episodeAuthors,
                  ShowHosts hosts)
{
    // Counted as the descriptions give them, before the show's hosts come in: the same
    // numbers as a streaming reader that learns the channel's author last (dump-feed).
    RecurringHosts recurring;
    for (const EpisodePeople& people : std::as_const(episodes))
        recurring.count(people);
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        addShowHosts(episodes[i], episodeAuthors.value(i), hosts);
        recurring.promote(episodes[i]);
    }
}

QList<EpisodePeople> showPeople(const ParsedFeed& feed)
{
    QList<EpisodePeople> episodes;
    QStringList authors;
    episodes.reserve(feed.episodes.size());
    for (const ParsedEpisode& episode : feed.episodes) {
        episodes << episodePeople(episode);
        authors << episode.author;
    }
    addShowHosts(episodes, authors, showHosts(feed));
    return episodes;
}

} // namespace ondes
