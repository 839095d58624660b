// ondes-window, the window program: `ondes` (main.cpp) becomes it by exec when there is no
// sub-command, or one that plays audio (`play`). It links Qt Widgets and Qt Multimedia; it runs
// every sub-command too, when started by hand with one.

#include "application.h"
#include "cli/commandline.h"
#include "cli/playcommand.h"
#include "desktop/quitsignals.h"
#include "desktop/singleinstance.h"
#include "focusframestyle.h"
#include "library/settings.h"
#include "mainwindow.h"
#include "subscriptions/foldershows.h"
#include "translations.h"
#include "trayicon.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

#include <libxml/parser.h>

int main(int argc, char* argv[])
{
    // libxml2 2.9 wants this once, before any thread parses.
    xmlInitParser();
    const ondes::cli::CommandLine commandLine = ondes::cli::parseCommandLine(argc, argv);
    if (const int code = ondes::cli::answerAtOnce(commandLine); code >= 0)
        return code;
    if (!commandLine.command.isEmpty()) {
        QCoreApplication app(argc, argv);
        if (ondes::cli::needsAudio(commandLine.command))
            return ondes::cli::playEpisode(commandLine.dataDir, commandLine.arguments);
        return ondes::cli::runCommand(commandLine);
    }

    const ondes::DataPaths paths(commandLine.dataDir);
    paths.confineLibraries();
    QApplication app(argc, argv);
    // "ondes" whatever the name it was started by (ondes keeps its argv[0] on exec): the window
    // class, D-Bus names and standard locations stay those of `ondes`.
    QApplication::setApplicationName(QStringLiteral("ondes"));
    ondes::FocusFrameStyle::install(); // every focus stop plainly visible
    // Application opens the settings later; the language has to be known before any text is made.
    ondes::Translations::install(
        app, ondes::Translations::preferred(ondes::Settings(paths.settingsPath()).language()));
    QApplication::setApplicationDisplayName(QStringLiteral("Ondes"));
    QApplication::setDesktopFileName(QStringLiteral("org.ondes.Ondes"));
    // Files are named relative to this process's folder, not the running instance's.
    QStringList openRequests;
    for (const QString& argument : commandLine.positional)
        openRequests << (QFileInfo::exists(argument) ? QFileInfo(argument).absoluteFilePath()
                                                     : argument);
    ondes::SingleInstance instance(paths.root());
    if (instance.forwardToRunning(openRequests))
        return 0;
    ondes::Application ondes{paths};
    if (!ondes.start()) {
        QMessageBox::critical(nullptr, QObject::tr("Ondes cannot start"), ondes.errorString());
        return 1;
    }
    ondes.enableDesktopIntegration(); // MPRIS, and the session kept awake while playing
    ondes.restoreLastEpisode();
    ondes::QuitSignals quitSignals;
    ondes::MainWindow window(ondes);
    window.show();
    ondes::TrayIcon trayIcon(ondes, &window); // the desktop integration's own widget
    // The window closes first (it saves its state), then the loop ends: the tray's or MPRIS's
    // Quit ends the program even while the window is hidden in the tray.
    QObject::connect(&ondes, &ondes::Application::quitRequested, qApp, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    ondes.startRefreshSchedule();
    // Downloads left by the last run go on; local folders are read again and followed.
    ondes.startDownloads();
    ondes.folderShows().rescanAll();
    ondes.folderShows().setWatching(true);
    QObject::connect(&instance, &ondes::SingleInstance::activated, &window,
                     [&window](const QStringList& arguments) {
                         window.show();
                         window.raise();
                         window.activateWindow();
                         window.openArguments(arguments);
                     });
    instance.registerInstance();
    window.openArguments(openRequests);
    const int code = QApplication::exec();
    ondes.shutdown();
    return code;
}
