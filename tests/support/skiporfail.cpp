#include "support/skiporfail.h"

#include <QByteArray>
#include <QtGlobal>

namespace ondes::test {

bool runsInCi()
{
    const QByteArray value = qgetenv("CI").trimmed().toLower();
    return value == "true" || value == "1";
}

std::string missingInCiMessage(const std::string& reason)
{
    return reason + " — CI=true: a test that cannot run fails instead of skipping (.ci/deps "
                    "installs what the tests need, .ci/test runs them under D-Bus and PulseAudio)";
}

} // namespace ondes::test
