#include "cli/commandline.h"

#include "cli/configcommand.h"
#include "cli/discoverycommands.h"
#include "cli/downloadcommands.h"
#include "cli/dumpfeedcommand.h"
#include "cli/librarycommands.h"
#include "cli/speakercommands.h"
#include "cli/subscriptioncommands.h"
#include "cli/synccommands.h"
#include "cli/transcriptcommands.h"
#include "version.h"

#include <QCoreApplication>

#include <cstdio>

namespace ondes::cli {

namespace {

struct CommandInfo
{
    const char* name;
    const char* arguments;
    const char* summary;
    // Null for a command that needs audio: the window program runs it (see needsAudio).
    int (*run)(const QString& dataDir, const QStringList& arguments);
};

int runDumpFeed(const QString&, const QStringList& arguments)
{
    return dumpFeed(arguments);
}

const CommandInfo kCommands[] = {
    {"dump-feed", "[--base-url URL] [--max-episodes N] FILE|-", "print a feed as JSON",
     runDumpFeed},
    {"shows", "", "list the shows in the library", listShows},
    {"episodes", "[SHOW | --person NAME | --said TEXT] [--json]",
     "list the episodes (of one show, or of one person across shows), or the transcript lines "
     "that say TEXT (episode, show, title, time, line)",
     listEpisodes},
    {"transcript", "EPISODE_ID [--format text|vtt|json]",
     "print an episode's transcript (fetched and kept when it is not stored yet)", transcript},
    {"people", "[--merge NAME INTO_NAME]",
     "list who speaks in the library, with episode counts; or merge two people into one",
     listPeople},
    {"speakers", "EPISODE_ID [--remove NAME | --add NAME [--role ROLE]]",
     "list who speaks in an episode (name, role, kind, source) and the credits; or correct it",
     speakers},
    {"play", "EPISODE_ID [--for SECONDS]",
     "play an episode without a window, from where it was left, printing the position", nullptr},
    {"subscribe", "URL",
     "add a show: a feed, a page that links to feeds, an episode page of a show with no feed, "
     "or a local folder of audio files",
     subscribe},
    {"refresh", "[SHOW]", "fetch what is new (and rescan local folders), for every show or one",
     refresh},
    {"download", "[EPISODE_ID...]",
     "download episodes (and whatever the queue holds), resuming partial files; prints progress",
     download},
    {"downloads", "[--json]", "list the download queue and the downloaded episodes", listDownloads},
    {"delete-download", "EPISODE_ID...", "delete downloaded files (the episodes stay)",
     deleteDownload},
    {"auto-download", "SHOW [off | new | latest N]",
     "say or set what a show downloads by itself: nothing, every new episode, or the latest N",
     autoDownload},
    {"config", "[KEY [VALUE] | --unset KEY]",
     "list, read or change the settings (e.g. downloads/parallel 3)", config},
    {"search",
     "TERM [--title] [--person] [--provider NAME]... [--limit N] [--json] | "
     "--set-podcastindex-key KEY [--secret-stdin] | --forget-podcastindex-key",
     "find shows in the podcast directories (feed address, title, author, directories); "
     "--person lists a person's episodes (Podcast Index); --set-podcastindex-key keeps the "
     "Podcast Index key and secret (asked without echo) in the keyring",
     searchDirectories},
    {"top", "[--country CC] [--category ID] [--provider NAME]... [--limit N] [--json]",
     "the directories' top shows for a country (the system's by default)", topShows},
    {"preview", "URL [--json]",
     "show a feed's episodes (date, duration, speakers) without subscribing or storing anything",
     previewFeed},
    {"import-opml", "FILE", "subscribe to the shows of an OPML file", importOpml},
    {"export-opml", "[FILE]", "write the subscriptions as OPML (to standard output without FILE)",
     exportOpml},
    {"sync", "[--status | --login URL USER [--nextcloud] [--device NAME] | --undo URL]",
     "sync subscriptions and positions with a gpodder.net-API or Nextcloud server; prints what "
     "changed",
     sync},
};

} // namespace

bool isCommand(const QString& word)
{
    for (const CommandInfo& info : kCommands) {
        if (word == QLatin1String(info.name))
            return true;
    }
    return false;
}

bool needsAudio(const QString& command)
{
    for (const CommandInfo& info : kCommands) {
        if (command == QLatin1String(info.name))
            return info.run == nullptr;
    }
    return false;
}

CommandLine parseCommandLine(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return parseCommandLine(arguments);
}

CommandLine parseCommandLine(const QStringList& arguments)
{
    CommandLine result;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!result.command.isEmpty()) {
            result.arguments << arg;
        } else if (arg == QLatin1String("--data-dir")) {
            if (i + 1 >= arguments.size()) {
                result.error = QStringLiteral("--data-dir needs a folder");
                return result;
            }
            result.dataDir = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--data-dir="))) {
            result.dataDir = arg.mid(11);
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            result.help = true;
        } else if (arg == QLatin1String("--version") || arg == QLatin1String("-v")) {
            result.version = true;
        } else if (isCommand(arg)) {
            result.command = arg;
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            result.error = QStringLiteral("unknown option %1 (see ondes --help)").arg(arg);
            return result;
        } else {
            result.positional << arg;
        }
    }
    if (!result.dataDir.isNull() && result.dataDir.isEmpty())
        result.error = QStringLiteral("--data-dir needs a folder");
    return result;
}

int answerAtOnce(const CommandLine& commandLine)
{
    if (!commandLine.error.isEmpty()) {
        std::fprintf(stderr, "ondes: %s\n", qPrintable(commandLine.error));
        return 2;
    }
    if (commandLine.help) {
        std::fputs(qPrintable(usage()), stdout);
        return 0;
    }
    if (commandLine.version) {
        std::printf("%s\n", qPrintable(versionText()));
        return 0;
    }
    return -1;
}

QString versionText()
{
    return QStringLiteral("ondes %1").arg(QLatin1String(ONDES_VERSION));
}

QString usage()
{
    QString text = QStringLiteral(
        "Usage: ondes [--data-dir DIR] [COMMAND [ARGUMENTS]]\n"
        "\n"
        "Ondes plays podcasts and radio episodes. With no command it opens its window.\n"
        "\n"
        "Options:\n"
        "  --data-dir DIR   keep every file Ondes writes under DIR (library, settings, cache)\n"
        "  --help           show this help\n"
        "  --version        show the version\n"
        "\n"
        "Commands:\n");
    for (const CommandInfo& info : kCommands) {
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QLatin1String(info.name), QLatin1String(info.arguments),
                         QLatin1String(info.summary));
    }
    return text;
}

int runCommand(const CommandLine& commandLine)
{
    for (const CommandInfo& info : kCommands) {
        if (commandLine.command != QLatin1String(info.name))
            continue;
        if (info.run == nullptr) {
            std::fprintf(stderr, "ondes: %s needs audio: run it as ondes %s\n", info.name,
                         info.name);
            return 2;
        }
        return info.run(commandLine.dataDir, commandLine.arguments);
    }
    std::fprintf(stderr, "ondes: unknown command %s\n", qPrintable(commandLine.command));
    return 2;
}

} // namespace ondes::cli
