#pragma once

// `ondes search --set-podcastindex-key KEY [--secret-stdin]` keeps the user's Podcast Index key
// and secret in the system keyring (SecretStore) and switches Podcast Index on; the secret is
// read from a prompt without echo, or from standard input, never from an argument.
// `ondes search --forget-podcastindex-key` removes both from the keyring.

#include <QString>
#include <QStringList>

namespace ondes::cli {

int podcastIndexKey(const QString& dataDir, const QStringList& arguments);

} // namespace ondes::cli
