#pragma once

// Where an episode's download stands while it is in the download list, stored in
// downloads.state as a word (downloadStateName). A finished download leaves the list: the
// episode then has a local file.

#include <QString>

#include <optional>

namespace ondes {

enum class DownloadState {
    Queued,  // waiting for a free slot
    Running, // bytes arriving
    Paused,  // stopped by the listener; resumes from its part file
    Failed,  // stopped by an error; retried by the listener or the next refresh
};

// The word stored in the library and printed by the CLI: "queued", "running", "paused", "failed".
QString downloadStateName(DownloadState state);
// A stored word back to the state; nothing for a word that is not one.
std::optional<DownloadState> downloadStateFromName(const QString& name);

} // namespace ondes
