#include "subscriptions/demoshow.h"

#include "feed/feedparser.h"
#include "library/library.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace ondes {

namespace {
const QString kResourceDir = QStringLiteral(":/demo");
const QString kFeedFile = QStringLiteral(":/demo/feed.xml");
} // namespace

QString DemoShow::feedUrl()
{
    return QStringLiteral("ondes:demo");
}

bool DemoShow::install(Library& library, const QString& audioDir, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QDir().mkpath(audioDir))
        return fail(tr("Cannot create %1.").arg(audioDir));

    QDirIterator clips(kResourceDir, {QStringLiteral("*.ogg"), QStringLiteral("*.mp3")},
                       QDir::Files);
    while (clips.hasNext()) {
        const QString source = clips.next();
        const QString target = audioDir + QLatin1Char('/') + QFileInfo(source).fileName();
        if (QFileInfo(target).size() == QFileInfo(source).size())
            continue;
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return fail(tr("Cannot write %1.").arg(target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                          QFile::ReadOther);
    }

    QFile feedFile(kFeedFile);
    if (!feedFile.open(QIODevice::ReadOnly))
        return fail(tr("The demo show is missing from this build."));
    FeedParseOptions options;
    // The feed names its clips relatively: they resolve to the copies on disk.
    options.baseUrl = QUrl::fromLocalFile(audioDir + QLatin1Char('/'));
    const FeedParseResult result = FeedParser::parse(feedFile.readAll(), options);
    if (!result.ok())
        return fail(tr("The demo show cannot be read: %1").arg(result.error));
    QString storeError;
    if (!library.storeFeed(feedUrl(), ShowKind::Demo, *result.feed, &storeError))
        return fail(storeError);
    return true;
}

} // namespace ondes
