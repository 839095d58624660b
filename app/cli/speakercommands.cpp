#include "cli/speakercommands.h"

#include "application.h"
#include "cli/output.h"
#include "library/library.h"

#include <optional>

namespace ondes::cli {

namespace {

QString sourceLabel(const QString& source)
{
    if (source == QLatin1String("feed"))
        return QStringLiteral("feed tag");
    if (source == QLatin1String("user"))
        return QStringLiteral("yours");
    if (source == QLatin1String("transcript"))
        return QStringLiteral("transcript");
    if (source == QLatin1String("show"))
        return QStringLiteral("the show");
    return QStringLiteral("guessed");
}

void printSpeakers(const Library& library, qint64 episodeId)
{
    for (const SpeakerRow& speaker : library.speakers(episodeId)) {
        printLine(QStringLiteral("%1\t%2\t%3\t%4")
                      .arg(speaker.name, speaker.role, speaker.kind, sourceLabel(speaker.source)));
    }
    for (const CreditRow& credit : library.credits(episodeId)) {
        printLine(QStringLiteral("%1\t%2\tcredit\t%3")
                      .arg(credit.name, credit.role, sourceLabel(credit.source)));
    }
}

struct SpeakerArguments
{
    qint64 episodeId = 0;
    QString remove;
    QString add;
    std::optional<QString> role;
};

// nullopt after printing what is wrong.
std::optional<SpeakerArguments> parseSpeakerArguments(const QStringList& arguments)
{
    SpeakerArguments parsed;
    QString episode;
    const auto usageError = [](const QString& why) {
        printError(QStringLiteral("ondes speakers: %1 (usage: ondes speakers EPISODE_ID "
                                  "[--remove NAME | --add NAME [--role ROLE]])")
                       .arg(why));
        return std::nullopt;
    };
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (arg == QLatin1String("--remove") || arg == QLatin1String("--add") ||
            arg == QLatin1String("--role")) {
            if (!hasValue)
                return usageError(QStringLiteral("%1 needs a value").arg(arg));
            if (arg != QLatin1String("--role") && arguments.at(i + 1).trimmed().isEmpty())
                return usageError(QStringLiteral("%1 needs a name").arg(arg));
            const QString value = arguments.at(++i);
            if (arg == QLatin1String("--remove"))
                parsed.remove = value;
            else if (arg == QLatin1String("--add"))
                parsed.add = value;
            else
                parsed.role = value;
        } else if (episode.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            episode = arg;
        } else {
            return usageError(QStringLiteral("unexpected argument %1").arg(arg));
        }
    }
    if (episode.isEmpty())
        return usageError(QStringLiteral("which episode?"));
    bool ok = false;
    parsed.episodeId = episode.toLongLong(&ok);
    if (!ok || parsed.episodeId <= 0)
        return usageError(
            QStringLiteral("%1 is not an episode id (ondes episodes lists them)").arg(episode));
    if (!parsed.remove.isEmpty() && !parsed.add.isEmpty())
        return usageError(QStringLiteral("give --remove or --add, not both"));
    if (parsed.role && parsed.add.isEmpty())
        return usageError(QStringLiteral("--role goes with --add NAME"));
    return parsed;
}

} // namespace

int speakers(const QString& dataDir, const QStringList& arguments)
{
    const auto parsed = parseSpeakerArguments(arguments);
    if (!parsed)
        return 2;
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    Library& library = app.library();
    const auto episode = library.episode(parsed->episodeId);
    if (!episode) {
        printError(QStringLiteral("ondes speakers: no episode with id %1 (ondes episodes lists "
                                  "them)")
                       .arg(parsed->episodeId));
        return 1;
    }
    QString error;
    if (!parsed->remove.isEmpty()) {
        const auto speaker = library.findSpeaker(episode->id, parsed->remove);
        if (!speaker) {
            printError(QStringLiteral("ondes speakers: nobody called %1 speaks in episode %2 "
                                      "(%3)")
                           .arg(parsed->remove)
                           .arg(episode->id)
                           .arg(episode->title));
            return 1;
        }
        if (!library.removeSpeaker(episode->id, speaker->personId, &error)) {
            printError(QStringLiteral("ondes speakers: %1").arg(error));
            return 1;
        }
        printLine(QStringLiteral("Removed %1 from episode %2").arg(speaker->name).arg(episode->id));
        return 0;
    }
    if (!parsed->add.isEmpty()) {
        if (!library.addSpeaker(episode->id, parsed->add, parsed->role, &error)) {
            printError(QStringLiteral("ondes speakers: %1").arg(error));
            return 1;
        }
    }
    printSpeakers(library, episode->id);
    return 0;
}

int mergePeople(const QString& dataDir, const QStringList& arguments)
{
    if (arguments.size() != 3 || arguments.first() != QLatin1String("--merge")) {
        printError(QStringLiteral("ondes people: usage: ondes people [--merge NAME INTO_NAME]"));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    Library& library = app.library();
    std::optional<PersonRow> people[2];
    for (int i = 0; i < 2; ++i) {
        people[i] = library.findPerson(arguments.at(i + 1));
        if (!people[i]) {
            printError(QStringLiteral("ondes people: nobody called %1 speaks in the library "
                                      "(ondes people lists them)")
                           .arg(arguments.at(i + 1)));
            return 1;
        }
    }
    if (people[0]->id == people[1]->id) {
        printError(QStringLiteral("ondes people: %1 and %2 are already one person")
                       .arg(arguments.at(1), arguments.at(2)));
        return 1;
    }
    QString error;
    if (!library.mergePeople(people[0]->id, people[1]->id, &error)) {
        printError(QStringLiteral("ondes people: %1").arg(error));
        return 1;
    }
    const auto merged = library.person(people[1]->id);
    printLine(QStringLiteral("Merged %1 into %2 (%3 episodes)")
                  .arg(people[0]->name, people[1]->name)
                  .arg(merged ? merged->episodeCount : 0));
    return 0;
}

} // namespace ondes::cli
