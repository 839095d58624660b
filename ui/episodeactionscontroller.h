#pragma once

// EpisodeActionsController carries out what the details pane's EpisodeActionsBar asks for
// (listen, download / cancel / delete, queue, mark played) and keeps the bar in step with the
// episode: its download progress, its place in the queue, its neighbours. Download problems go
// to the window's MessageBar with a Retry.

#include <QList>
#include <QObject>

namespace ondes {

class Application;
class EpisodeActionsBar;
class MessageBar;

class EpisodeActionsController : public QObject
{
    Q_OBJECT
public:
    EpisodeActionsController(Application& app, EpisodeActionsBar* bar, MessageBar* messages,
                             QObject* parent = nullptr);

    // The episode the details pane shows; 0 for none.
    void setEpisode(qint64 episodeId);
    qint64 episode() const { return m_episodeId; }

    // Queues the downloads; what cannot be downloaded is said in the message bar.
    void download(const QList<qint64>& episodeIds);
    void deleteDownloads(const QList<qint64>& episodeIds);

Q_SIGNALS:
    // A previous/next link was followed.
    void episodeRequested(qint64 episodeId);

private:
    void refresh();

    Application& m_app;
    EpisodeActionsBar* m_bar;
    MessageBar* m_messages;
    qint64 m_episodeId = 0;
};

} // namespace ondes
