#include "cli/podcastindexkeycommand.h"

#include "cli/output.h"
#include "cli/secretprompt.h"
#include "discovery/podcastindexdirectory.h"
#include "library/datapaths.h"
#include "library/settings.h"
#include "secrets/secretstore.h"

#include <QRegularExpression>

namespace ondes::cli {

namespace {

const QString kPodcastIndexProvider = QStringLiteral("podcastindex");

QString keyCommandUsage()
{
    return QStringLiteral("usage: ondes search --set-podcastindex-key KEY [--secret-stdin]\n"
                          "       ondes search --forget-podcastindex-key");
}

int forget(const QString& dataDir)
{
    SecretStore secrets;
    for (const QString& name :
         {PodcastIndexDirectory::keyName(), PodcastIndexDirectory::secretName()}) {
        const SecretResult removed = secrets.removeNow(name);
        if (!removed.ok()) {
            printError(QStringLiteral("ondes search: the keyring did not remove the Podcast Index "
                                      "key: %1")
                           .arg(removed.error));
            return 1;
        }
    }
    Settings settings(DataPaths(dataDir).settingsPath());
    settings.setDiscoveryProviderEnabled(kPodcastIndexProvider, false);
    settings.sync();
    printLine(QStringLiteral("The Podcast Index key is removed from the keyring; Podcast Index "
                             "is off."));
    return 0;
}

} // namespace

int podcastIndexKey(const QString& dataDir, const QStringList& arguments)
{
    if (arguments == QStringList{QStringLiteral("--forget-podcastindex-key")})
        return forget(dataDir);
    QString key;
    bool fromStdin = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--set-podcastindex-key") && i + 1 < arguments.size() &&
            key.isEmpty()) {
            key = arguments.at(++i).trimmed();
        } else if (argument == QLatin1String("--secret-stdin")) {
            fromStdin = true;
        } else {
            printError(keyCommandUsage());
            return 2;
        }
    }
    if (key.isEmpty() || key.startsWith(QLatin1String("--")) ||
        key.contains(QRegularExpression(QStringLiteral("\\s")))) {
        printError(QStringLiteral("ondes search: the Podcast Index key is one word, such as "
                                  "UXKCGDSYGUUEVQJSYDZH (api.podcastindex.org gives it)"));
        return 2;
    }
    const QString secret =
        readSecretLine(fromStdin ? QString() : QStringLiteral("Podcast Index API secret: "))
            .trimmed();
    if (secret.isEmpty()) {
        printError(QStringLiteral("ondes search: no secret given (type it at the prompt, or "
                                  "give it on standard input with --secret-stdin)"));
        return 2;
    }
    SecretStore secrets;
    const SecretResult storedKey = secrets.writeNow(PodcastIndexDirectory::keyName(), key);
    const SecretResult stored =
        storedKey.ok() ? secrets.writeNow(PodcastIndexDirectory::secretName(), secret) : storedKey;
    if (!stored.ok()) {
        printError(QStringLiteral("ondes search: the keyring did not keep the Podcast Index key: "
                                  "%1")
                       .arg(stored.error));
        return 1;
    }
    Settings settings(DataPaths(dataDir).settingsPath());
    settings.setDiscoveryProviderEnabled(kPodcastIndexProvider, true);
    settings.sync();
    printLine(QStringLiteral("The Podcast Index key and secret are kept in the system keyring; "
                             "Podcast Index is on."));
    return 0;
}

} // namespace ondes::cli
