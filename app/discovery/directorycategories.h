#pragma once

// The categories of the charts, in one list for every directory: each has a key of Ondes's own
// ("news"), an English name to translate, Apple's genre id (the chart's /genre=ID) and the names
// Podcast Index's trending takes (cat=Name,Name). gpodder.net's toplist and fyyd have none.
// A query's category may also be a directory's own id ("1489"): Apple and Podcast Index take
// it as it is.

#include <QList>
#include <QString>

namespace ondes {

struct DirectoryCategory
{
    QString key;
    const char* name; // translated in the "ondes::DirectoryCategories" context
    QString appleGenre;
    QString podcastIndexNames;
};

namespace DirectoryCategories {

// Every category, in the order of their English names.
const QList<DirectoryCategory>& all();
const DirectoryCategory* find(const QString& key);
// The name in the user's language.
QString displayName(const DirectoryCategory& category);
// What Apple's chart and Podcast Index's trending take for a category: its genre id or names
// for a key, or the value itself for anything else (the directory's own id).
QString appleGenre(const QString& category);
QString podcastIndexCategory(const QString& category);

} // namespace DirectoryCategories

} // namespace ondes
