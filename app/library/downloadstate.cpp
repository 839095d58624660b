#include "library/downloadstate.h"

namespace ondes {

QString downloadStateName(DownloadState state)
{
    switch (state) {
    case DownloadState::Queued:
        return QStringLiteral("queued");
    case DownloadState::Running:
        return QStringLiteral("running");
    case DownloadState::Paused:
        return QStringLiteral("paused");
    case DownloadState::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

std::optional<DownloadState> downloadStateFromName(const QString& name)
{
    for (const DownloadState state : {DownloadState::Queued, DownloadState::Running,
                                      DownloadState::Paused, DownloadState::Failed}) {
        if (name == downloadStateName(state))
            return state;
    }
    return std::nullopt;
}

} // namespace ondes
