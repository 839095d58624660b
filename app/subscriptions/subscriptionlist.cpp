#include "subscriptions/subscriptionlist.h"

#include "library/library.h"

namespace ondes {

OpmlDocument SubscriptionList::exportFrom(const Library& library)
{
    OpmlDocument document;
    document.title = QStringLiteral("Ondes subscriptions");
    for (const ShowRow& show : library.shows()) {
        if (show.kind == ShowKind::Feed)
            document.outlines << OpmlOutline{
                show.title, show.feedUrl, show.link, QStringLiteral("rss"), {}};
    }
    return document;
}

QList<qint64> SubscriptionList::importInto(Library& library, const OpmlDocument& document)
{
    QList<QPair<QString, QString>> shows;
    for (const OpmlOutline& outline : document.outlines)
        shows << qMakePair(outline.xmlUrl, outline.title);
    return library.addShows(shows);
}

} // namespace ondes
