#pragma once

// Reading a password or an API secret on the command line: never from an argument (which other
// users see in the process list and the shell keeps in its history), always from standard input.

#include <QString>

namespace ondes::cli {

// A line from standard input; on a terminal, after prompt (on stderr) and without echo.
QString readSecretLine(const QString& prompt);

} // namespace ondes::cli
