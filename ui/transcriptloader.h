#pragma once

// TranscriptLoader gives the window's transcript views the library's stored transcripts, and
// gets the shown episode's transcript when the library has none yet: once, on demand (while the
// Transcript panel is open, or when the episode plays: Application fetches then), never for an
// episode without one. The pane says while it is fetched and why it could not be; once it is
// stored, the pane, the voice band and the details pane show it.

#include <QObject>

namespace ondes {

class Application;
class TranscriptController;
class TranscriptPane;

class TranscriptLoader : public QObject
{
    Q_OBJECT
public:
    TranscriptLoader(Application& app, TranscriptController* controller, TranscriptPane* pane,
                     QObject* parent = nullptr);

    // The Transcript panel was shown or hidden: shown, it gets the shown episode's transcript.
    void setPanelVisible(bool visible);

private:
    void onShownEpisodeChanged(qint64 episodeId);
    void fetchIfMissing(qint64 episodeId);

    Application& m_app;
    TranscriptController* m_controller;
    TranscriptPane* m_pane;
    bool m_panelVisible = false;
};

} // namespace ondes
