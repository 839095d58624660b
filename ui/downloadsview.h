#pragma once

// DownloadsView is the Downloads panel: the queue with a progress bar per download, its rate and
// time left or its error, and buttons to pause, resume or retry, and cancel. Keys in the list:
// Space pauses or resumes, Delete cancels.

#include <QWidget>

class QListView;
class QPushButton;
class QLabel;

namespace ondes {

class DownloadListModel;
class DownloadManager;

class DownloadsView : public QWidget
{
    Q_OBJECT
public:
    explicit DownloadsView(DownloadManager& manager, QWidget* parent = nullptr);

    QListView* listView() const { return m_list; }
    DownloadListModel* model() const { return m_model; }

    void toggleCurrent(); // pause a running or queued one; resume a paused or failed one
    void cancelCurrent();

    // A side panel asks for modest room: the episode list's titles come first.
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();
    qint64 currentEpisode() const;

    DownloadManager& m_manager;
    DownloadListModel* m_model;
    QListView* m_list;
    QLabel* m_empty;
    QPushButton* m_toggle;
    QPushButton* m_cancel;
    QPushButton* m_pauseAll;
    QPushButton* m_resumeAll;
};

} // namespace ondes
