#pragma once

// fyyd (https://api.fyyd.de, API version 0.2), no key needed:
//  - search: GET /0.2/search/podcast?term=…&count=N (title=… for titles only);
//  - top shows: GET /0.2/feature/podcast/hot?count=N&language=LL[&category_id=ID].
// Both answer {"status": 1, "msg": "ok", "meta": {…}, "data": [podcast…]}, a podcast carrying
// xmlURL, title, author, description, imgURL, language, lastpub, episode_count, htmlURL.

#include "discovery/directoryprovider.h"

namespace ondes {

class FyydDirectory : public DirectoryProvider
{
    Q_OBJECT

public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.fyyd.de")); }

    using DirectoryProvider::DirectoryProvider;

    QString id() const override { return QStringLiteral("fyyd"); }
    QString displayName() const override { return QStringLiteral("fyyd"); }
    bool supports(DirectoryQuery::Kind kind) const override;

protected:
    void run(const DirectoryQuery& query) override;
};

} // namespace ondes
