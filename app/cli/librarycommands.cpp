#include "cli/librarycommands.h"

#include "application.h"
#include "cli/output.h"
#include "cli/speakercommands.h"
#include "cli/transcriptcommands.h"
#include "library/library.h"
#include "library/timeformat.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <optional>

namespace ondes::cli {

int listShows(const QString& dataDir, const QStringList& arguments)
{
    if (!arguments.isEmpty()) {
        printError(QStringLiteral("ondes shows: unexpected argument %1").arg(arguments.first()));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    for (const ShowRow& show : app.library().shows()) {
        printLine(QStringLiteral("%1\t%2\t%3 episodes, %4 unplayed\t%5")
                      .arg(show.id)
                      .arg(show.title)
                      .arg(show.episodeCount)
                      .arg(show.unplayedCount)
                      .arg(show.feedUrl));
    }
    return 0;
}

int listPeople(const QString& dataDir, const QStringList& arguments)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("--merge"))
        return mergePeople(dataDir, arguments);
    if (!arguments.isEmpty()) {
        printError(QStringLiteral("ondes people: unexpected argument %1").arg(arguments.first()));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    for (const PersonRow& person : app.library().people()) {
        printLine(QStringLiteral("%1\t%2 episodes\t%3 shows")
                      .arg(person.name)
                      .arg(person.episodeCount)
                      .arg(person.showCount));
    }
    return 0;
}

int listEpisodes(const QString& dataDir, const QStringList& arguments)
{
    bool json = false;
    QString showName;
    QString personName;
    std::optional<QString> said;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--said") && i + 1 < arguments.size()) {
            said = arguments.at(++i);
        } else if (arg == QLatin1String("--person") && i + 1 < arguments.size()) {
            personName = arguments.at(++i);
        } else if (showName.isEmpty() && !arg.startsWith(QLatin1Char('-'))) {
            showName = arg;
        } else {
            printError(QStringLiteral("ondes episodes: unexpected argument %1").arg(arg));
            return 2;
        }
    }
    if (said && (!personName.isEmpty() || !showName.isEmpty())) {
        printError(QStringLiteral("ondes episodes: --said searches every show; give it alone"));
        return 2;
    }
    Application app{DataPaths(dataDir)};
    if (!startApplication(app))
        return 1;
    if (said)
        return listSaid(app, *said, json);
    if (!personName.isEmpty() && !showName.isEmpty()) {
        printError(QStringLiteral("ondes episodes: give a show or --person, not both"));
        return 2;
    }
    QList<ShowRow> shows;
    std::optional<PersonRow> person;
    if (!personName.isEmpty()) {
        person = app.library().findPerson(personName);
        if (!person) {
            printError(QStringLiteral("ondes episodes: nobody called %1 speaks in the library")
                           .arg(personName));
            return 1;
        }
        shows << ShowRow{};
    } else if (showName.isEmpty()) {
        shows = app.library().shows();
    } else if (const auto show = findShow(app.library(), showName)) {
        shows << *show;
    } else {
        printError(QStringLiteral("ondes episodes: no show called %1").arg(showName));
        return 1;
    }
    QJsonArray array;
    for (const ShowRow& show : shows) {
        const QList<EpisodeRow> episodes =
            person ? app.library().episodesWithPerson(person->id) : app.library().episodes(show.id);
        for (const EpisodeRow& episode : episodes) {
            if (json) {
                QJsonArray speakers;
                for (const SpeakerRow& speaker : app.library().speakers(episode.id))
                    speakers.append(QJsonObject{{QStringLiteral("name"), speaker.name},
                                                {QStringLiteral("role"), speaker.role},
                                                {QStringLiteral("source"), speaker.source}});
                array.append(QJsonObject{{QStringLiteral("id"), episode.id},
                                         {QStringLiteral("show"), episode.showTitle},
                                         {QStringLiteral("title"), episode.title},
                                         {QStringLiteral("published"), episode.published},
                                         {QStringLiteral("duration"), episode.durationSeconds},
                                         {QStringLiteral("url"), episode.enclosureUrl},
                                         {QStringLiteral("played"), episode.played},
                                         {QStringLiteral("position_ms"), episode.positionMs},
                                         {QStringLiteral("speakers"), speakers}});
            } else {
                printLine(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                              .arg(episode.id)
                              .arg(QDateTime::fromSecsSinceEpoch(episode.published)
                                       .toString(QStringLiteral("yyyy-MM-dd")))
                              .arg(formatClock(episode.durationSeconds, QStringLiteral("--:--")))
                              .arg(episode.showTitle)
                              .arg(episode.title));
            }
        }
    }
    if (json)
        printLine(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
    return 0;
}

} // namespace ondes::cli
