#pragma once

// Builds small RSS documents for the tests: numbered episodes with guids, dates and enclosures.

#include <QByteArray>
#include <QString>

namespace ondes::test {

struct FeedSpec
{
    QString title = QStringLiteral("Test show");
    int episodes = 3; // episode N has guid "ep-N", title "Episode N", newest first
    int firstNumber = 1;
    qint64 firstDate = 1700000000; // episode N is published firstDate + N days
    QString newFeedUrl;
    QString extraChannelXml;
    // Each description is padded with escaped HTML prose to about this many bytes (a big feed
    // of realistic items: 15,000 episodes of 6 KB make a 100 MB document).
    int descriptionBytes = 0;
    // Each item also carries this many bytes of an element no reader knows (x:notes): a big
    // document without the cost of storing and indexing as much text.
    int paddingBytes = 0;
};

QByteArray buildFeed(const FeedSpec& spec);

} // namespace ondes::test
