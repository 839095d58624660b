#pragma once

// Where the window gets an episode's transcript: given to MainWindow::setTranscriptLookup().
// It returns the stored transcript of the episode, or nothing (the Transcript pane then says
// "No transcript for this episode"). The default knows none.

#include "feed/transcriptdocument.h"

#include <functional>
#include <optional>

namespace ondes {

using TranscriptLookup = std::function<std::optional<TranscriptDocument>(qint64 episodeId)>;

} // namespace ondes
