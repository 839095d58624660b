// Ondes: with a sub-command it runs headless; without one it opens its window.

#include "application.h"
#include "cli/commandline.h"
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

#include <cstdio>

int main(int argc, char* argv[])
{
    // libxml2 2.9 wants this once, before any thread parses.
    xmlInitParser();
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const ondes::cli::CommandLine commandLine = ondes::cli::parseCommandLine(arguments);
    if (!commandLine.error.isEmpty()) {
        std::fprintf(stderr, "ondes: %s\n", qPrintable(commandLine.error));
        return 2;
    }
    if (commandLine.help) {
        std::fputs(qPrintable(ondes::cli::usage()), stdout);
        return 0;
    }
    if (commandLine.version) {
        std::printf("%s\n", qPrintable(ondes::cli::versionText()));
        return 0;
    }
    if (!commandLine.command.isEmpty()) {
        QCoreApplication app(argc, argv);
        return ondes::cli::runCommand(commandLine);
    }

    const ondes::DataPaths paths(commandLine.dataDir);
    paths.confineLibraries();
    QApplication app(argc, argv);
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
