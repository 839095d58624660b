#pragma once

// EpisodeActionsController binds the details pane's EpisodeActionsBar to EpisodeActions: each
// button does the shared action on the episode the pane shows (listen, download / cancel /
// delete, queue, mark played or unplayed), and the bar keeps in step with that episode: its
// download progress, its place in the queue, its played state, its neighbours.

#include <QObject>

namespace ondes {

class Application;
class EpisodeActions;
class EpisodeActionsBar;

class EpisodeActionsController : public QObject
{
    Q_OBJECT
public:
    EpisodeActionsController(Application& app, EpisodeActions& actions, EpisodeActionsBar* bar,
                             QObject* parent = nullptr);

    // The episode the details pane shows; 0 for none.
    void setEpisode(qint64 episodeId);
    qint64 episode() const { return m_episodeId; }

Q_SIGNALS:
    // A previous/next link was followed.
    void episodeRequested(qint64 episodeId);

private:
    void refresh();

    Application& m_app;
    EpisodeActionsBar* m_bar;
    qint64 m_episodeId = 0;
};

} // namespace ondes
