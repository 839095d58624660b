#include "cli/dumpfeedcommand.h"

#include "cli/peoplespool.h"
#include "feed/feedjson.h"
#include "feed/feedparser.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace ondes::cli {

namespace {

constexpr qint64 kReadChunk = 256 * 1024;
constexpr qsizetype kSpoolInMemory = 8 * 1024 * 1024;

void dumpFeedError(const QString& message)
{
    std::fprintf(stderr, "ondes dump-feed: %s\n", qPrintable(message));
}

// Episodes arrive in document order but are printed newest first: their JSON waits here,
// in memory for a small feed and in a temporary file beyond a few megabytes, so that dump-feed
// holds neither the whole document nor all its episodes (only each one's people, packed, until
// the show's hosts are known: PeopleSpool).
class EpisodeSpool
{
public:
    struct Entry
    {
        qint64 published;
        qsizetype index; // in the order the feed lists the episodes
        qint64 offset;
        qint64 length;
    };

    bool add(qint64 published, const QByteArray& json)
    {
        m_entries.push_back(Entry{published, qsizetype(m_entries.size()), m_size, json.size()});
        m_size += json.size();
        if (m_file == nullptr) {
            m_memory.append(json);
            if (m_memory.size() <= kSpoolInMemory)
                return true;
            m_file = std::make_unique<QTemporaryFile>();
            if (!m_file->open() || m_file->write(m_memory) != m_memory.size())
                return false;
            m_memory = QByteArray();
            return true;
        }
        return m_file->write(json) == json.size();
    }

    std::vector<Entry>& entries() { return m_entries; }

    bool read(const Entry& entry, QByteArray& out)
    {
        if (m_file == nullptr) {
            out = QByteArray::fromRawData(m_memory.constData() + entry.offset, entry.length);
            return true;
        }
        out.resize(entry.length);
        return m_file->seek(entry.offset) && m_file->read(out.data(), entry.length) == entry.length;
    }

private:
    std::vector<Entry> m_entries;
    QByteArray m_memory;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_size = 0;
};

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
    FeedParser parser(parseOptions);
    EpisodeSpool spool;
    bool spoolFailed = false;
    QByteArray json;
    // Each episode's people are found as it arrives; the show's hosts are added once the whole
    // feed is read (its itunes:author may follow the items, and a host recurs across episodes).
    PeopleSpool people;
    parser.setEpisodeHandler([&](ParsedEpisode&& episode) {
        json.resize(0); // keeps the buffer
        FeedJson::appendOpenEpisode(episode, json);
        people.add(episodePeople(episode), episode.author);
        if (!spool.add(episode.published, json))
            spoolFailed = true;
    });

    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    while (true) {
        const qint64 n = input.read(buffer.data(), kReadChunk);
        if (n < 0) {
            dumpFeedError(QStringLiteral("%1: %2").arg(options.file, input.errorString()));
            return 1;
        }
        if (n == 0 || !parser.addData(QByteArrayView(buffer.constData(), n)))
            break;
    }
    const FeedParseResult result = parser.finish();
    if (!result.ok()) {
        dumpFeedError(QStringLiteral("%1: %2").arg(options.file, result.error));
        return 1;
    }
    if (spoolFailed) {
        dumpFeedError(QStringLiteral("cannot write a temporary file"));
        return 1;
    }

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

    static char outputBuffer[1 << 16];
    std::setvbuf(stdout, outputBuffer, _IOFBF, sizeof outputBuffer);
    QByteArray head("{");
    FeedJson::appendFeedMembers(feed, head);
    head.append(",\"episodes\":[");
    std::fwrite(head.constData(), 1, std::size_t(head.size()), stdout);
    QByteArray episodeJson;
    QByteArray peopleJson;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (!spool.read(entries[i], episodeJson)) {
            dumpFeedError(QStringLiteral("cannot read a temporary file"));
            return 1;
        }
        peopleJson.resize(0);
        FeedJson::closeEpisode(people.take(entries[i].index, hosts), peopleJson);
        if (i > 0)
            std::fputc(',', stdout);
        std::fwrite(episodeJson.constData(), 1, std::size_t(episodeJson.size()), stdout);
        std::fwrite(peopleJson.constData(), 1, std::size_t(peopleJson.size()), stdout);
    }
    std::fputs("]}\n", stdout);
    if (std::fflush(stdout) != 0) {
        dumpFeedError(QStringLiteral("cannot write the output"));
        return 1;
    }
    return 0;
}

} // namespace ondes::cli
