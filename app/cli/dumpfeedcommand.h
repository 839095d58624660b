#pragma once

// `ondes dump-feed [--base-url URL] [--max-episodes N] FILE|-`: parses a feed file (or standard
// input) and prints it as JSON with gPodder podcastparser's field names; the reason on standard
// error and a non-zero exit status when the document is not a feed.

#include <QStringList>

namespace ondes::cli {

// arguments: what follows "dump-feed" on the command line. Returns the exit status.
int dumpFeed(const QStringList& arguments);

} // namespace ondes::cli
