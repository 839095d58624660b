#include "discovery/directorycategories.h"

#include <QCoreApplication>

namespace ondes {

namespace DirectoryCategories {

const QList<DirectoryCategory>& all()
{
    // Apple's podcast genres (2019 and later) and the Podcast Index category names they match.
    static const QList<DirectoryCategory> categories{
        {QStringLiteral("arts"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Arts"),
         QStringLiteral("1301"), QStringLiteral("Arts")},
        {QStringLiteral("business"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Business"),
         QStringLiteral("1321"), QStringLiteral("Business")},
        {QStringLiteral("comedy"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Comedy"),
         QStringLiteral("1303"), QStringLiteral("Comedy")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Education"),
         QStringLiteral("1304"), QStringLiteral("Education")},
        {QStringLiteral("fiction"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Fiction"),
         QStringLiteral("1483"), QStringLiteral("Fiction")},
        {QStringLiteral("government"),
         QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Government"), QStringLiteral("1511"),
         QStringLiteral("Government")},
        {QStringLiteral("health"),
         QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Health & Fitness"),
         QStringLiteral("1512"), QStringLiteral("Health,Fitness")},
        {QStringLiteral("history"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "History"),
         QStringLiteral("1487"), QStringLiteral("History")},
        {QStringLiteral("kids"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Kids & Family"),
         QStringLiteral("1305"), QStringLiteral("Kids,Family")},
        {QStringLiteral("leisure"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Leisure"),
         QStringLiteral("1502"), QStringLiteral("Leisure")},
        {QStringLiteral("music"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Music"),
         QStringLiteral("1310"), QStringLiteral("Music")},
        {QStringLiteral("news"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "News"),
         QStringLiteral("1489"), QStringLiteral("News")},
        {QStringLiteral("religion"),
         QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Religion & Spirituality"),
         QStringLiteral("1314"), QStringLiteral("Religion,Spirituality")},
        {QStringLiteral("science"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Science"),
         QStringLiteral("1533"), QStringLiteral("Science")},
        {QStringLiteral("society"),
         QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Society & Culture"),
         QStringLiteral("1324"), QStringLiteral("Society,Culture")},
        {QStringLiteral("sports"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Sports"),
         QStringLiteral("1545"), QStringLiteral("Sports")},
        {QStringLiteral("technology"),
         QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "Technology"), QStringLiteral("1318"),
         QStringLiteral("Technology")},
        {QStringLiteral("truecrime"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "True Crime"),
         QStringLiteral("1488"), QStringLiteral("True Crime")},
        {QStringLiteral("tv"), QT_TRANSLATE_NOOP("ondes::DirectoryCategories", "TV & Film"),
         QStringLiteral("1309"), QStringLiteral("TV,Film")},
    };
    return categories;
}

const DirectoryCategory* find(const QString& key)
{
    for (const DirectoryCategory& category : all()) {
        if (category.key == key)
            return &category;
    }
    return nullptr;
}

QString displayName(const DirectoryCategory& category)
{
    return QCoreApplication::translate("ondes::DirectoryCategories", category.name);
}

QString appleGenre(const QString& category)
{
    const DirectoryCategory* known = find(category);
    return known ? known->appleGenre : category;
}

QString podcastIndexCategory(const QString& category)
{
    const DirectoryCategory* known = find(category);
    return known ? known->podcastIndexNames : category;
}

} // namespace DirectoryCategories

} // namespace ondes
