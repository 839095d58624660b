#pragma once

// CommandLine reads Ondes's arguments: the global options, then an optional sub-command that
// runs headless. With no sub-command Ondes starts its window.

#include <QString>
#include <QStringList>

namespace ondes::cli {

struct CommandLine
{
    QString dataDir;        // --data-dir DIR; empty: the XDG locations
    QString command;        // the sub-command, empty for the GUI
    QStringList arguments;  // what follows the sub-command
    QStringList positional; // GUI arguments (files, URLs)
    bool help = false;
    bool version = false;
    QString error; // set when the arguments cannot be understood
};

CommandLine parseCommandLine(const QStringList& arguments); // arguments without the program name
// The same from main()'s arguments, in the locale's encoding.
CommandLine parseCommandLine(int argc, char* argv[]);
bool isCommand(const QString& word);
QString usage();
QString versionText();
// Arguments that cannot be understood, --help and --version are answered at once: prints the
// message, the help or the version and returns the exit code; -1 when there is more to do.
int answerAtOnce(const CommandLine& commandLine);

// Whether a sub-command plays audio (`play`). The `ondes` program hands those to the window
// program (ondes-window), which links the audio libraries and runs them (cli/playcommand.h);
// runCommand() runs every other one.
bool needsAudio(const QString& command);
// Runs a sub-command that does not need audio; returns the process exit code.
int runCommand(const CommandLine& commandLine);

} // namespace ondes::cli
