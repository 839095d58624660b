#pragma once

// The key that tells two directories' feed addresses for one show apart or together:
// http and https alike, the host in lower case, the default port and a trailing slash dropped,
// the fragment ignored. The path and query keep their case (servers tell them apart), and
// "www." stays distinct: www.example.org and example.org may be different servers.

#include <QString>

namespace ondes {

QString feedAddressKey(const QString& feedUrl);

} // namespace ondes
