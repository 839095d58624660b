#pragma once

// DirectoryMerge gathers the shows several directories answered into one list, one entry per
// show (by feedAddressKey), in the order they first came; a show found again gains the new
// directory in its providers and the fields it lacked.

#include "discovery/directorytypes.h"

#include <QHash>
#include <QList>

namespace ondes {

class DirectoryMerge
{
public:
    struct Change
    {
        qsizetype firstAdded = 0; // shows [firstAdded, size()) are new
        QList<qsizetype> updated; // earlier shows that gained a provider or fields
    };

    // Adds a directory's shows (provider as in DirectoryAnswer::provider).
    Change add(const QString& provider, const QList<DirectoryShow>& shows);
    void clear();

    const QList<DirectoryShow>& shows() const { return m_shows; }
    qsizetype size() const { return m_shows.size(); }

private:
    QList<DirectoryShow> m_shows;
    QHash<QString, qsizetype> m_index; // feedAddressKey → position
};

} // namespace ondes
