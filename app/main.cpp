// Ondes, the program users run: with a sub-command it runs headless; without one (or for a
// command that plays audio) it becomes the window program, ondes-window (windowmain.cpp), by
// exec with the same arguments. This program links neither Qt GUI, Qt Widgets nor Qt
// Multimedia, so a command starts without loading them.

#include "cli/commandline.h"

#include <QCoreApplication>

#include <libxml/parser.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <unistd.h>

namespace {

// Where ondes-window is, relative to this program's folder: installed
// (ONDES_WINDOW_PROGRAM_FROM_BINDIR, e.g. ../libexec/ondes/ondes-window), else beside it (the
// build folder).
std::filesystem::path windowProgram()
{
    std::error_code error;
    const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
    if (error)
        return {};
    const std::filesystem::path folder = self.parent_path();
    for (const std::filesystem::path& candidate :
         {folder / ONDES_WINDOW_PROGRAM_FROM_BINDIR, folder / "ondes-window"}) {
        if (::access(candidate.c_str(), X_OK) == 0)
            return candidate.lexically_normal();
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    const ondes::cli::CommandLine commandLine = ondes::cli::parseCommandLine(argc, argv);
    if (const int code = ondes::cli::answerAtOnce(commandLine); code >= 0)
        return code;
    if (!commandLine.command.isEmpty() && !ondes::cli::needsAudio(commandLine.command)) {
        // libxml2 2.9 wants this once, before any thread parses.
        xmlInitParser();
        QCoreApplication app(argc, argv);
        return ondes::cli::runCommand(commandLine);
    }
    // The window program keeps this argv[0], so it is still "ondes" to the desktop and to Qt.
    const std::filesystem::path window = windowProgram();
    if (window.empty()) {
        std::fprintf(stderr,
                     "ondes: cannot open the window: ondes-window is missing (looked in %s "
                     "and beside ondes)\n",
                     ONDES_WINDOW_PROGRAM_FROM_BINDIR);
        return 127;
    }
    ::execv(window.c_str(), argv);
    std::fprintf(stderr, "ondes: cannot start %s: %s\n", window.c_str(), std::strerror(errno));
    return 127;
}
