#pragma once

// DirectoryCache keeps each directory's successful answers for a few hours (3 by default), in
// memory and, when given a folder, in files there (one small JSON file per query), so that the
// same search soon after, or in the next run, asks nobody. Failures are never kept.

#include "discovery/directorytypes.h"

#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace ondes {

class DirectoryCache
{
public:
    // folder: where the files go (created when needed); "" keeps answers in memory only.
    explicit DirectoryCache(QString folder = {});

    void setMaxAgeSeconds(qint64 seconds) { m_maxAgeSeconds = seconds; }
    // The clock, in Unix seconds (tests move it).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    std::optional<DirectoryAnswer> find(const QString& provider, const DirectoryQuery& query);
    void store(const QString& provider, const DirectoryQuery& query, const DirectoryAnswer& answer);
    QString folder() const { return m_folder; }

    // What identifies a query of one directory ("apple|search|fr||0|50|podcast").
    static QString keyOf(const QString& provider, const DirectoryQuery& query);

private:
    struct Entry
    {
        qint64 savedAt = 0;
        DirectoryAnswer answer;
    };
    QString fileOf(const QString& key) const;
    std::optional<Entry> readFile(const QString& key) const;
    void writeFile(const QString& key, const Entry& entry) const;

    QString m_folder;
    qint64 m_maxAgeSeconds = 3 * 60 * 60;
    std::function<qint64()> m_now;
    QHash<QString, Entry> m_memory;
};

} // namespace ondes
