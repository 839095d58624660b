#pragma once

// EpisodeActionsBar is the row of buttons under an episode's title: Listen, Download (or the
// download's progress with Cancel, or Delete download), Add to queue, Mark played; and the links
// to the previous and next episode of the show. It only says what was asked:
// EpisodeActionsController binds it to EpisodeActions.

#include "library/episodeneighbours.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace ondes {

enum class DownloadButtonState {
    Unavailable, // nothing to download (a local file, no enclosure)
    Available,
    Downloading, // queued, running or paused
    Failed,
    Downloaded,
};

class EpisodeActionsBar : public QWidget
{
    Q_OBJECT
public:
    explicit EpisodeActionsBar(QWidget* parent = nullptr);

    void setEpisode(qint64 episodeId, bool played, bool queued);
    void setDownloadState(DownloadButtonState state, int percent = -1);
    void setNeighbours(const Neighbours& neighbours);
    void clear();

    QPushButton* listenButton() const { return m_listen; }
    QPushButton* downloadButton() const { return m_download; }
    QPushButton* queueButton() const { return m_queue; }
    QPushButton* playedButton() const { return m_played; }
    QString neighboursText() const;

    // Narrow enough for its buttons in two rows: the details pane gives way before the list.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void listenRequested(qint64 episodeId);
    void downloadRequested(qint64 episodeId);
    void cancelDownloadRequested(qint64 episodeId);
    void deleteDownloadRequested(qint64 episodeId);
    void queueRequested(qint64 episodeId);
    void playedChangeRequested(qint64 episodeId, bool played);
    void episodeRequested(qint64 episodeId);

protected:
    bool event(QEvent* event) override;

private:
    // The buttons in one row when it fits the width, else two rows of two.
    void arrangeButtons();
    int rowWidth(int columns) const;
    void onDownloadClicked();

    QPushButton* m_listen;
    QPushButton* m_download;
    QPushButton* m_queue;
    QPushButton* m_played;
    QLabel* m_neighbours;
    QGridLayout* m_buttons;
    int m_columns = 0;
    qint64 m_episodeId = 0;
    bool m_isPlayed = false;
    DownloadButtonState m_downloadState = DownloadButtonState::Unavailable;
};

} // namespace ondes
