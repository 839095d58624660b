#pragma once

// Builds small RSS documents for the tests: numbered episodes with guids, dates and enclosures.

#include <QByteArray>
#include <QString>

namespace ondes::test {

struct FeedSpec
{
    QString title = QStringLiteral("Test show");
    int episodes = 3;      // episode N has guid "ep-N", title "Episode N", newest first
    int firstNumber = 1;
    qint64 firstDate = 1700000000; // episode N is published firstDate + N days
    QString newFeedUrl;
    QString extraChannelXml;
};

QByteArray buildFeed(const FeedSpec& spec);

} // namespace ondes::test
