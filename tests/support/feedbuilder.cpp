#include "support/feedbuilder.h"

#include <QDateTime>

namespace ondes::test {

namespace {

// Escaped HTML prose of about bytes bytes, different for each episode.
QString paddedDescription(int episode, int bytes)
{
    static const QStringList words =
        QStringLiteral(
            "émission radio société données réseau mémoire théâtre musique parole chanson récit "
            "histoire voyage forêt rivière lumière silence lettre journal matin soirée écoute")
            .split(u' ');
    QString text = QStringLiteral("&lt;p&gt;About episode %1: ").arg(episode);
    quint32 x = quint32(episode) * 2654435761u;
    while (text.size() < bytes) {
        x = x * 1103515245u + 12345u;
        text += words.at(int((x >> 8) % quint32(words.size())));
        text += (x % 17 == 0) ? QStringLiteral(".&lt;/p&gt;&lt;p&gt;") : QStringLiteral(" ");
    }
    return text + QStringLiteral("&lt;/p&gt;");
}

} // namespace

QByteArray buildFeed(const FeedSpec& spec)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
                                 "xmlns:itunes=\"http://www.itunes.com/dtds/"
                                 "podcast-1.0.dtd\"><channel>\n<title>%1</title>\n")
                      .arg(spec.title.toHtmlEscaped());
    if (!spec.newFeedUrl.isEmpty())
        xml +=
            QStringLiteral("<itunes:new-feed-url>%1</itunes:new-feed-url>\n").arg(spec.newFeedUrl);
    xml += spec.extraChannelXml;
    for (int i = spec.firstNumber + spec.episodes - 1; i >= spec.firstNumber; --i) {
        const QString date = QDateTime::fromSecsSinceEpoch(spec.firstDate + i * 86400LL, Qt::UTC)
                                 .toString(Qt::RFC2822Date);
        xml += QStringLiteral("<item><guid>ep-%1</guid><title>Episode %1</title>"
                              "<pubDate>%2</pubDate><itunes:duration>10:00</itunes:duration>"
                              "<enclosure url=\"https://media.example/ep-%1.mp3\" "
                              "type=\"audio/mpeg\" length=\"1000\"/>"
                              "<description>%3</description>%4</item>\n")
                   .arg(i)
                   .arg(date,
                        spec.descriptionBytes > 0 ? paddedDescription(i, spec.descriptionBytes)
                                                  : QStringLiteral("About episode %1.").arg(i),
                        spec.paddingBytes > 0
                            ? QStringLiteral("<x:notes xmlns:x=\"urn:ondes:test\">%1</x:notes>")
                                  .arg(QString(spec.paddingBytes, u'x'))
                            : QString());
    }
    xml += QStringLiteral("</channel></rss>\n");
    return xml.toUtf8();
}

} // namespace ondes::test
