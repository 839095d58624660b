#include "support/feedbuilder.h"

#include <QDateTime>

namespace ondes::test {

QByteArray buildFeed(const FeedSpec& spec)
{
    QString xml = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        "xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel>\n<title>%1</title>\n")
                      .arg(spec.title.toHtmlEscaped());
    if (!spec.newFeedUrl.isEmpty())
        xml += QStringLiteral("<itunes:new-feed-url>%1</itunes:new-feed-url>\n").arg(spec.newFeedUrl);
    xml += spec.extraChannelXml;
    for (int i = spec.firstNumber + spec.episodes - 1; i >= spec.firstNumber; --i) {
        const QString date = QDateTime::fromSecsSinceEpoch(spec.firstDate + i * 86400LL, Qt::UTC)
                                 .toString(Qt::RFC2822Date);
        xml += QStringLiteral("<item><guid>ep-%1</guid><title>Episode %1</title>"
                              "<pubDate>%2</pubDate><itunes:duration>10:00</itunes:duration>"
                              "<enclosure url=\"https://media.example/ep-%1.mp3\" "
                              "type=\"audio/mpeg\" length=\"1000\"/>"
                              "<description>About episode %1.</description></item>\n")
                   .arg(i)
                   .arg(date);
    }
    xml += QStringLiteral("</channel></rss>\n");
    return xml.toUtf8();
}

} // namespace ondes::test
