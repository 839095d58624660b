#include "cli/discoverycommands.h"

#include "cli/output.h"
#include "cli/podcastindexkeycommand.h"
#include "discovery/directorycache.h"
#include "discovery/directorycodec.h"
#include "discovery/directoryprovider.h"
#include "discovery/directorysearch.h"
#include "discovery/feedpreview.h"
#include "discovery/podcastindexdirectory.h"
#include "library/datapaths.h"
#include "library/settings.h"
#include "library/timeformat.h"
#include "net/httpclient.h"
#include "secrets/secretstore.h"
#include "subscriptions/feedaddress.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ondes::cli {

namespace {

const QString kPodcastIndex = QStringLiteral("podcastindex");

struct DirectoryOptions
{
    QStringList providers; // --provider, as ids
    QString term;
    QString country;
    QString category;
    int limit = 50;
    bool json = false;
    bool titleOnly = false;
    QString error;
};

// "apple", "Apple Podcasts", "podcast-index"… → the directory's id; "" when unknown.
QString providerId(DirectorySearch& search, const QString& name)
{
    const auto simple = [](QString text) {
        return text.toLower()
            .remove(QLatin1Char(' '))
            .remove(QLatin1Char('-'))
            .remove(QLatin1Char('.'));
    };
    for (const DirectoryProvider* provider : search.providers()) {
        if (simple(name) == provider->id() || simple(name) == simple(provider->displayName()) ||
            (provider->id() == QLatin1String("apple") && simple(name) == QLatin1String("itunes")))
            return provider->id();
    }
    return {};
}

DirectoryOptions parseOptions(DirectorySearch& search, const QStringList& arguments, bool needsTerm)
{
    DirectoryOptions options;
    QStringList words;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--json")) {
            options.json = true;
        } else if (argument == QLatin1String("--title")) {
            options.titleOnly = true;
        } else if (argument == QLatin1String("--provider") && hasValue) {
            const QString id = providerId(search, arguments[++i]);
            if (id.isEmpty()) {
                options.error = QStringLiteral("unknown directory %1 (apple, podcastindex, "
                                               "gpodder, fyyd)")
                                    .arg(arguments[i]);
                return options;
            }
            options.providers.append(id);
        } else if (argument == QLatin1String("--country") && hasValue) {
            options.country = arguments[++i].toLower();
        } else if (argument == QLatin1String("--category") && hasValue) {
            options.category = arguments[++i];
        } else if (argument == QLatin1String("--limit") && hasValue) {
            bool ok = false;
            options.limit = arguments[++i].toInt(&ok);
            if (!ok || options.limit < 1 || options.limit > 200) {
                options.error = QStringLiteral("--limit takes a number from 1 to 200");
                return options;
            }
        } else if (argument.startsWith(QLatin1String("--"))) {
            options.error = QStringLiteral("unknown option %1").arg(argument);
            return options;
        } else {
            words.append(argument);
        }
    }
    options.term = words.join(QLatin1Char(' ')).simplified();
    if (needsTerm && options.term.isEmpty())
        options.error = QStringLiteral("say what to search for");
    if (!needsTerm && !words.isEmpty())
        options.error = QStringLiteral("unexpected %1").arg(words.first());
    return options;
}

// The directories to ask: those named, else those the settings switch on. Podcast Index gets
// the key and secret from the keyring, read only when it is to be asked.
void chooseProviders(DirectorySearch& search, const Settings& settings,
                     const DirectoryOptions& options)
{
    QStringList ids = options.providers;
    const bool wantsIndex = ids.isEmpty() ? settings.discoveryProviderEnabled(kPodcastIndex)
                                          : ids.contains(kPodcastIndex);
    bool hasKey = false;
    if (wantsIndex) {
        SecretStore secrets;
        const SecretResult key = secrets.readNow(PodcastIndexDirectory::keyName());
        const SecretResult secret = secrets.readNow(PodcastIndexDirectory::secretName());
        hasKey = key.ok() && secret.ok();
        if (hasKey)
            search.setPodcastIndexCredentials(key.secret, secret.secret);
    }
    if (ids.isEmpty())
        ids = DirectorySearch::enabledBySettings(settings, hasKey);
    search.setEnabled(ids);
}

QString displayName(DirectorySearch& search, const QString& id)
{
    const DirectoryProvider* provider = search.provider(id);
    return provider ? provider->displayName() : id;
}

// Runs the query, printing each failing directory on stderr; then the shows or episodes.
int runQuery(const QString& command, const QString& dataDir, const QStringList& arguments,
             DirectoryQuery::Kind kind)
{
    const DataPaths paths(dataDir);
    Settings settings(paths.settingsPath());
    HttpClient http;
    DirectoryCache cache(paths.cacheDir() + QStringLiteral("/discovery"));
    DirectorySearch search(http, &cache);
    const DirectoryOptions options =
        parseOptions(search, arguments, kind != DirectoryQuery::Kind::Top);
    if (!options.error.isEmpty()) {
        printError(QStringLiteral("ondes %1: %2").arg(command, options.error));
        return 2;
    }
    chooseProviders(search, settings, options);
    DirectoryQuery query;
    query.kind = kind;
    query.term = options.term;
    query.titleOnly = options.titleOnly;
    query.limit = options.limit;
    query.category = options.category;
    query.country = !options.country.isEmpty()               ? options.country
                    : !settings.discoveryCountry().isEmpty() ? settings.discoveryCountry()
                                                             : DirectorySearch::systemCountry();
    query.language = DirectorySearch::systemLanguage();

    QEventLoop loop;
    QObject::connect(&search, &DirectorySearch::providerFailed, &loop,
                     [&](const QString&, const QString& message) { printError(message); });
    QObject::connect(&search, &DirectorySearch::finished, &loop, &QEventLoop::quit);
    if (search.start(query) == 0) {
        printError(QStringLiteral("ondes %1: no directory is switched on that can answer this "
                                  "(see ondes config discovery/…)")
                       .arg(command));
        return 1;
    }
    loop.exec();

    if (kind == DirectoryQuery::Kind::Person) {
        QJsonArray list;
        for (const DirectoryEpisode& episode : search.episodes()) {
            if (options.json) {
                list.append(directorycodec::toJson(episode));
                continue;
            }
            const QString date = episode.publishedAt > 0
                                     ? QDateTime::fromSecsSinceEpoch(episode.publishedAt)
                                           .toString(QStringLiteral("yyyy-MM-dd"))
                                     : QStringLiteral("-");
            printLine(QStringList{episode.feedUrl, episode.feedTitle, episode.title, date,
                                  episode.enclosureUrl}
                          .join(QLatin1Char('\t')));
        }
        if (options.json)
            writeOut(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        QJsonArray list;
        for (const DirectoryShow& show : search.settledShows()) {
            if (options.json) {
                list.append(directorycodec::toJson(show));
                continue;
            }
            QStringList names;
            for (const QString& id : show.providers)
                names.append(displayName(search, id));
            printLine(
                QStringList{show.feedUrl, show.title, show.author, names.join(QStringLiteral(", "))}
                    .join(QLatin1Char('\t')));
        }
        if (options.json)
            writeOut(QJsonDocument(list).toJson(QJsonDocument::Indented));
    }
    return search.answered() > 0 ? 0 : 1;
}

QJsonObject previewJson(const FeedPreviewResult& result)
{
    QJsonArray episodes;
    for (qsizetype i = 0; i < result.feed.episodes.size(); ++i) {
        const ParsedEpisode& episode = result.feed.episodes[i];
        QJsonArray speakers;
        for (const EpisodeSpeaker& speaker : result.speakers.value(i)) {
            speakers.append(QJsonObject{{QStringLiteral("name"), speaker.person.name},
                                        {QStringLiteral("role"), speaker.person.role},
                                        {QStringLiteral("kind"), speaker.kind},
                                        {QStringLiteral("source"), speaker.source}});
        }
        episodes.append(
            QJsonObject{{QStringLiteral("title"), episode.title},
                        {QStringLiteral("published"), episode.published},
                        {QStringLiteral("durationSeconds"), episode.durationSeconds},
                        {QStringLiteral("description"), episode.description.toString()},
                        {QStringLiteral("enclosureUrl"),
                         episode.enclosures.isEmpty() ? QString() : episode.enclosures.first().url},
                        {QStringLiteral("speakers"), speakers}});
    }
    return QJsonObject{{QStringLiteral("url"), result.url.toString()},
                       {QStringLiteral("title"), result.feed.title},
                       {QStringLiteral("author"), result.feed.author},
                       {QStringLiteral("description"), result.feed.description},
                       {QStringLiteral("language"), result.feed.language},
                       {QStringLiteral("episodes"), episodes}};
}

void printPreview(const FeedPreviewResult& result)
{
    printLine(result.feed.title);
    if (!result.feed.author.isEmpty())
        printLine(QStringLiteral("by %1").arg(result.feed.author));
    printLine(counted(result.feed.episodes.size(), "episode", "episodes"));
    for (qsizetype i = 0; i < result.feed.episodes.size(); ++i) {
        const ParsedEpisode& episode = result.feed.episodes[i];
        const QString date = episode.published > 0
                                 ? QDateTime::fromSecsSinceEpoch(episode.published)
                                       .toString(QStringLiteral("yyyy-MM-dd"))
                                 : QStringLiteral("-         ");
        const QString duration = episode.durationSeconds > 0 ? formatClock(episode.durationSeconds)
                                                             : QStringLiteral("-");
        printLine(QStringLiteral("%1  %2  %3").arg(date, duration, episode.title));
        QStringList names;
        for (const EpisodeSpeaker& speaker : result.speakers.value(i))
            names.append(speaker.person.name);
        if (!names.isEmpty())
            printLine(QStringLiteral("    with %1").arg(names.join(QStringLiteral(", "))));
    }
}

} // namespace

int searchDirectories(const QString& dataDir, const QStringList& arguments)
{
    if (arguments.contains(QLatin1String("--set-podcastindex-key")) ||
        arguments.contains(QLatin1String("--forget-podcastindex-key")))
        return podcastIndexKey(dataDir, arguments);
    if (arguments.contains(QLatin1String("--person"))) {
        QStringList rest = arguments;
        rest.removeAll(QStringLiteral("--person"));
        return runQuery(QStringLiteral("search"), dataDir, rest, DirectoryQuery::Kind::Person);
    }
    return runQuery(QStringLiteral("search"), dataDir, arguments, DirectoryQuery::Kind::Search);
}

int topShows(const QString& dataDir, const QStringList& arguments)
{
    return runQuery(QStringLiteral("top"), dataDir, arguments, DirectoryQuery::Kind::Top);
}

int previewFeed(const QString&, const QStringList& arguments)
{
    QStringList rest = arguments;
    const bool json = rest.removeAll(QStringLiteral("--json")) > 0;
    if (rest.size() != 1 || rest.first().startsWith(QLatin1String("--"))) {
        printError(QStringLiteral("usage: ondes preview URL [--json]"));
        return 2;
    }
    QString error;
    const QUrl url = feedAddress(rest.first(), &error);
    if (!url.isValid()) {
        printError(QStringLiteral("ondes preview: ") + error);
        return 2;
    }
    HttpClient http;
    FeedPreview preview(http);
    QEventLoop loop;
    FeedPreviewResult result;
    QObject::connect(&preview, &FeedPreview::finished, &loop, [&](const FeedPreviewResult& done) {
        result = done;
        loop.quit();
    });
    preview.start(url);
    loop.exec();
    if (!result.ok()) {
        printError(
            QStringLiteral("ondes preview: %1: %2").arg(url.toDisplayString(), result.error));
        return 1;
    }
    if (json)
        writeOut(QJsonDocument(previewJson(result)).toJson(QJsonDocument::Indented));
    else
        printPreview(result);
    return 0;
}

} // namespace ondes::cli
