#pragma once

// What the sub-commands share: printing lines and finding shows the way the user names them.

#include "library/librarytypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ondes {
class Application;
class Library;
} // namespace ondes

namespace ondes::cli {

void printLine(const QString& line);  // to stdout
void printError(const QString& line); // to stderr
void writeOut(const QByteArray& bytes);

// "1 new episode", "2 new episodes": a count with its noun (the command line speaks English).
QString counted(qint64 count, const char* one, const char* many);

// Opens the library; on failure prints why and returns false.
bool startApplication(Application& app);

// A show named on the command line: its id, its feed URL, or its title (case-insensitive).
std::optional<ShowRow> findShow(const Library& library, const QString& name);

} // namespace ondes::cli
