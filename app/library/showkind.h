#pragma once

// What a show is made from, stored in shows.kind as a word (showKindName). Features decide by it:
// only feeds and web shows are refreshed and listed in OPML exports, only folder shows are
// watched, demo and folder shows keep their files when downloads are cleaned up.

#include <QString>

namespace ondes {

enum class ShowKind {
    Feed,   // an RSS/Atom feed
    Web,    // episode pages walked from a web page (no feed)
    File,   // a feed document imported from a local file
    Folder, // a folder of audio files on this computer
    Demo,   // the built-in demo show
};

// The word stored in the library: "feed", "web", "file", "folder", "demo".
QString showKindName(ShowKind kind);
// A stored word back to the kind; an unknown word (a newer Ondes wrote it) reads as a feed.
ShowKind showKindFromName(const QString& name);

} // namespace ondes
