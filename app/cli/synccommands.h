#pragma once

// `ondes sync`: sync once with the server set up and print what changed; `--status` says how
// sync stands; `--login URL USER [--nextcloud] [--device NAME] [--allow-http]` sets it up (the
// password from a prompt without echo, or from standard input: never an argument) and syncs;
// `--undo URL` subscribes again to a show another device removed. With --password-stdin a sync
// reads the password from standard input instead of the keyring.

#include <QString>
#include <QStringList>

namespace ondes::cli {

int sync(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
