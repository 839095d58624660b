#pragma once

// gpodder.net (https://gpodder.net), no key needed:
//  - search: GET /search.json?q=…, a list of {url, title, author, description, subscribers,
//    logo_url, scaled_logo_url, website};
//  - top shows: GET /toplist/N.json, the same list, most subscribed first (one list for all
//    countries: gpodder.net has no charts per country).

#include "discovery/directoryprovider.h"

namespace ondes {

class GpodderDirectory : public DirectoryProvider
{
    Q_OBJECT

public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://gpodder.net")); }

    using DirectoryProvider::DirectoryProvider;

    QString id() const override { return QStringLiteral("gpodder"); }
    QString displayName() const override { return QStringLiteral("gpodder.net"); }
    bool supports(DirectoryQuery::Kind kind) const override;

protected:
    void run(const DirectoryQuery& query) override;
};

} // namespace ondes
