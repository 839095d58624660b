#pragma once

// Which sync servers Ondes talks to: https, or http on the loopback (a server on this computer),
// or http elsewhere when the user allowed plain HTTP for that server.

#include <QString>
#include <QUrl>

namespace ondes::syncserverpolicy {

bool isLoopback(const QUrl& server);
// Empty when Ondes may use the server; else the sentence that says why not.
QString refusal(const QUrl& server, bool allowPlainHttp);

} // namespace ondes::syncserverpolicy
