#pragma once

// DataPaths says where Ondes keeps its files. With --data-dir DIR everything goes under DIR;
// otherwise the XDG locations from QStandardPaths are used.

#include <QString>

namespace ondes {

class DataPaths
{
public:
    // An empty root means the XDG locations.
    explicit DataPaths(QString root = {});

    QString root() const { return m_root; }
    QString dataDir() const;   // the library database and the demo show's audio
    QString configDir() const; // settings
    QString cacheDir() const;  // artwork, chapters JSON
    QString databasePath() const;
    QString settingsPath() const;
    QString demoDir() const;

    // With a root set, points the libraries that keep files of their own (GStreamer's plugin
    // registry, PulseAudio's cookie) inside it too. Call before any audio is set up.
    void confineLibraries() const;

private:
    QString m_root;
};

} // namespace ondes
