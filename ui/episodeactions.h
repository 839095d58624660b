#pragma once

// EpisodeActions is the one set of things to do with episodes: play, add to and remove from the
// queue, mark played or unplayed (M toggles), download and delete the download. Each is a
// QAction acting on the episode list's selection — the Episode menu, the keys (the main window
// registers them with ShortcutMap) and the list's context menu hold the same QActions — and a
// method acting on the episodes it is given (the details pane's buttons). Every batch goes to
// the core in one call: one transaction for N episodes. Download problems go to the MessageBar,
// a failed download with Retry.

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QStatusBar;

namespace ondes {

class Application;
class EpisodeListView;
class MessageBar;

class EpisodeActions : public QObject
{
    Q_OBJECT
public:
    // status may be null: then nothing says how many episodes changed.
    EpisodeActions(Application& app, EpisodeListView* list, MessageBar* messages,
                   QStatusBar* status = nullptr);

    // On the list's current episode (Enter).
    QAction* playAction() const { return m_play; }
    // On the list's selection (the current episode when none is selected).
    QAction* enqueueAction() const { return m_enqueue; }
    QAction* dequeueAction() const { return m_dequeue; }
    QAction* togglePlayedAction() const { return m_togglePlayed; }
    QAction* markPlayedAction() const { return m_markPlayed; }
    QAction* markUnplayedAction() const { return m_markUnplayed; }
    QAction* downloadAction() const { return m_download; }
    QAction* deleteDownloadAction() const { return m_deleteDownload; }

    // The Episode menu of the window: every action.
    void addTo(QMenu* menu) const;

    // Plays the episode; a search hit for what was said in it plays from that line
    // (EpisodeListModel::saidLine).
    void play(qint64 episodeId);
    // Plays the episode from positionMs (a line of its transcript, a moment someone speaks).
    void playFrom(qint64 episodeId, qint64 positionMs);
    // Each returns how many episodes it changed.
    int enqueue(const QList<qint64>& episodeIds);
    int dequeue(const QList<qint64>& episodeIds);
    int setPlayed(const QList<qint64>& episodeIds, bool played);
    // Marks them played, or unplayed when they all are played already.
    int togglePlayed(const QList<qint64>& episodeIds);
    // Queues the downloads; what cannot be downloaded is said in the message bar.
    void download(const QList<qint64>& episodeIds);
    void cancelDownload(qint64 episodeId);
    void deleteDownloads(const QList<qint64>& episodeIds);

    // Enables the actions for the list's selection and its state (queued or not).
    void updateEnabled();

Q_SIGNALS:
    // download() was asked for (the Downloads panel shows itself).
    void downloadsRequested();
    // playFrom() started the episode there: the Transcript pane follows to that line.
    void playedFrom(qint64 episodeId, qint64 positionMs);

private:
    QList<qint64> selection() const;
    void say(const QString& text);

    Application& m_app;
    EpisodeListView* m_list;
    MessageBar* m_messages;
    QStatusBar* m_status;
    QAction* m_play;
    QAction* m_enqueue;
    QAction* m_dequeue;
    QAction* m_togglePlayed;
    QAction* m_markPlayed;
    QAction* m_markUnplayed;
    QAction* m_download;
    QAction* m_deleteDownload;
};

} // namespace ondes
