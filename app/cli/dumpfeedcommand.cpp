#include "cli/dumpfeedcommand.h"

#include "cli/episodeclosings.h"
#include "cli/episodejsonthread.h"
#include "cli/episodespool.h"
#include "cli/inputreader.h"
#include "cli/peoplespool.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <utility>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ondes::cli {

namespace {

void dumpFeedError(const QString& message)
{
    std::fprintf(stderr, "ondes dump-feed: %s\n", qPrintable(message));
}

struct Options
{
    QUrl baseUrl;
    int maxEpisodes = -1;
    QString file;
};

bool parseArguments(const QStringList& arguments, Options& options, QString& error)
{
    bool haveBase = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        QString value;
        auto takeValue = [&](const QString& name) {
            if (arg.startsWith(name + QLatin1Char('='))) {
                value = arg.mid(name.size() + 1);
                return true;
            }
            if (arg == name && i + 1 < arguments.size()) {
                value = arguments[++i];
                return true;
            }
            return false;
        };
        if (arg.startsWith(QLatin1String("--base-url"))) {
            if (!takeValue(QStringLiteral("--base-url"))) {
                error = QStringLiteral("--base-url needs a URL");
                return false;
            }
            options.baseUrl = QUrl(value);
            haveBase = true;
        } else if (arg.startsWith(QLatin1String("--max-episodes"))) {
            bool ok = false;
            if (takeValue(QStringLiteral("--max-episodes")))
                options.maxEpisodes = value.toInt(&ok);
            if (!ok || options.maxEpisodes < 0) {
                error = QStringLiteral("--max-episodes needs a number");
                return false;
            }
            if (options.maxEpisodes == 0)
                options.maxEpisodes = -1; // as podcastparser: 0 means no limit
        } else if (arg != QLatin1String("-") && arg.startsWith(QLatin1Char('-'))) {
            error = QStringLiteral("unknown option %1").arg(arg);
            return false;
        } else if (options.file.isEmpty()) {
            options.file = arg;
        } else {
            error = QStringLiteral("one file at a time");
            return false;
        }
    }
    if (options.file.isEmpty()) {
        error = QStringLiteral("usage: ondes dump-feed [--base-url URL] [--max-episodes N] FILE|-");
        return false;
    }
    if (!haveBase && options.file != QLatin1String("-"))
        options.baseUrl = QUrl::fromLocalFile(QFileInfo(options.file).absoluteFilePath());
    return true;
}

} // namespace

int dumpFeed(const QStringList& arguments)
{
    Options options;
    QString error;
    if (!parseArguments(arguments, options, error)) {
        dumpFeedError(error);
        return 2;
    }

    QFile input;
    const bool fromStdin = options.file == QLatin1String("-");
    if (fromStdin ? !input.open(stdin, QIODevice::ReadOnly)
                  : (input.setFileName(options.file), !input.open(QIODevice::ReadOnly))) {
        dumpFeedError(QStringLiteral("%1: %2").arg(options.file, input.errorString()));
        return 1;
    }

    FeedParseOptions parseOptions;
    parseOptions.baseUrl = options.baseUrl;
    parseOptions.filterOnThread = true; // its filters overlap libxml2 (the parser is the slowest)
    auto parser = std::make_unique<FeedParser>(parseOptions);
    EpisodeSpool spool(1024 * 1024, 128 * 1024); // written a smaller block at a time: less held
    // Each episode's people are found as it arrives; the show's hosts are added once the whole
    // feed is read (its itunes:author may follow the items, and a host recurs across episodes).
    PeopleSpool people;
    EpisodeJsonThread jsonThread(spool, people); // after spool and people: it ends first
    parser->setEpisodeHandler([&](ParsedEpisode&& episode) { jsonThread.add(std::move(episode)); });

    {
        InputReader reader(input.handle());
        while (true) {
            const QByteArray& block = reader.next(); // the parser may keep it: not copied
            if (!reader.error().isEmpty()) {
                dumpFeedError(QStringLiteral("%1: %2").arg(options.file, reader.error()));
                return 1;
            }
            if (block.isEmpty() || !parser->addData(block))
                break;
        }
    }
    const FeedParseResult result = parser->finish();
    if (!result.ok()) {
        dumpFeedError(QStringLiteral("%1: %2").arg(options.file, result.error));
        return 1;
    }
    if (!jsonThread.finish()) {
        dumpFeedError(QStringLiteral("cannot write a temporary file"));
        return 1;
    }
    // What the parser and the threads held goes back before the episodes are written: the
    // people of every episode are then in memory, the most dump-feed holds at once.
    parser.reset();
#ifdef __GLIBC__
    malloc_trim(0);
#endif

    const ParsedFeed& feed = *result.feed;
    ShowHosts hosts = showHosts(feed);
    std::vector<EpisodeSpool::Entry>& entries = spool.entries();
    const bool serial = feed.feedType == QLatin1String("serial");
    std::stable_sort(entries.begin(), entries.end(),
                     [serial](const EpisodeSpool::Entry& a, const EpisodeSpool::Entry& b) {
                         return serial ? a.published < b.published : a.published > b.published;
                     });
    if (options.maxEpisodes >= 0 && entries.size() > std::size_t(options.maxEpisodes))
        entries.resize(std::size_t(options.maxEpisodes));

    QByteArray head("{");
    FeedJson::appendFeedMembers(feed, head);
    head.append(",\"episodes\":[");
    std::fwrite(head.constData(), 1, std::size_t(head.size()), stdout);
    // The episodes go straight to the file descriptor, after what stdio holds. writeTo() asks
    // for the closings in the order of entries.
    EpisodeClosings closings(
        entries.size(), hosts, [&](std::size_t position, ShowHosts& ownHosts, QByteArray& out) {
            FeedJson::closeEpisode(people.take(entries[position].index, ownHosts), out);
        });
    std::size_t position = 0;
    if (std::fflush(stdout) != 0 ||
        !spool.writeTo(fileno(stdout), [&](const EpisodeSpool::Entry&, QByteArray& out) {
            closings.append(position++, out);
        })) {
        dumpFeedError(QStringLiteral("cannot write the output"));
        return 1;
    }
    std::fputs("]}\n", stdout);
    if (std::fflush(stdout) != 0) {
        dumpFeedError(QStringLiteral("cannot write the output"));
        return 1;
    }
    return 0;
}

} // namespace ondes::cli
