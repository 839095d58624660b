#pragma once

// The four podcast directories as loopback servers for the discovery benchmarks: each answers a
// search with 50 shows of realistic descriptions (about 600 bytes), distinct feeds, so that
// 200 shows remain after merging.

#include "discovery/directoryprovider.h"
#include "discovery/directorysearch.h"
#include "support/directoryanswers.h"
#include "support/testhttpserver.h"

#include <QHostAddress>

#include <functional>

namespace ondes::bench {

struct LoopbackDirectories
{
    test::TestHttpServer apple;
    test::TestHttpServer index;
    test::TestHttpServer gpodder;
    test::TestHttpServer fyyd;

    // The servers listen on 127.0.0.N to N+3; dress changes each entry before it is served.
    explicit LoopbackDirectories(int firstHost,
                                 const std::function<void(test::DirectoryEntry&)>& dress = {})
        : apple(host(firstHost)), index(host(firstHost + 1)), gpodder(host(firstHost + 2)),
          fyyd(host(firstHost + 3))
    {
        auto entries = [&](const char* prefix) {
            auto list = test::directoryEntries(
                50, QLatin1String(prefix),
                QStringLiteral("https://%1.example").arg(QLatin1String(prefix)));
            for (auto& entry : list) {
                entry.description = entry.description.repeated(15);
                if (dress)
                    dress(entry);
            }
            return list;
        };
        using test::Route;
        const QByteArray json = "application/json";
        apple.setRoute(QStringLiteral("/search"),
                       Route::text(test::appleSearchAnswer(entries("apple")), json));
        index.setRoute(QStringLiteral("/api/1.0/search/byterm"),
                       Route::text(test::podcastIndexFeedsAnswer(entries("index")), json));
        gpodder.setRoute(QStringLiteral("/search.json"),
                         Route::text(test::gpodderAnswer(entries("gpodder")), json));
        fyyd.setRoute(QStringLiteral("/0.2/search/podcast"),
                      Route::text(test::fyydAnswer(entries("fyyd")), json));
    }

    // Every directory of search asks these servers; all four are on.
    void pointAt(DirectorySearch& search) const
    {
        search.provider(QStringLiteral("apple"))->setBaseUrl(apple.url({}));
        search.provider(QStringLiteral("podcastindex"))->setBaseUrl(index.url({}));
        search.provider(QStringLiteral("gpodder"))->setBaseUrl(gpodder.url({}));
        search.provider(QStringLiteral("fyyd"))->setBaseUrl(fyyd.url({}));
        search.setPodcastIndexCredentials(QStringLiteral("key"), QStringLiteral("secret"));
        search.setEnabled({QStringLiteral("apple"), QStringLiteral("podcastindex"),
                           QStringLiteral("gpodder"), QStringLiteral("fyyd")});
    }

private:
    static QHostAddress host(int last)
    {
        return QHostAddress(QStringLiteral("127.0.0.%1").arg(last));
    }
};

} // namespace ondes::bench
