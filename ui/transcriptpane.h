#pragma once

// TranscriptPane shows the transcript of an episode and follows its playback: the line playing
// is highlighted and kept in view. Scrolling or moving in the lines pauses following ("Follow
// Playback" then shows, a button and a key resume it); Enter or a click on a line asks to seek
// there. Ctrl+F finds in the transcript, Ctrl+C copies the selected lines, Esc leaves. Untimed
// transcripts (HTML, plain text) show their text without times and follow nothing. A position
// tick costs a binary search, and repaints two lines when the line playing changes.

#include "feed/transcriptdocument.h"
#include "feed/transcriptvoices.h"

#include <QWidget>

class QAction;
class QLabel;
class QToolButton;

namespace ondes {

class TranscriptFindBar;
class TranscriptModel;
class TranscriptView;

class TranscriptPane : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptPane(QWidget* parent = nullptr);

    void setTranscript(const TranscriptDocument& document);
    // No transcript: the view says "No transcript for this episode".
    void clear();
    // A line above the transcript ("Loading the transcript…", an error); empty hides it.
    void setStatus(const QString& text);
    QString statusText() const;
    void setPlaybackPosition(qint64 positionMs);

    bool hasTranscript() const;
    bool isFollowing() const { return m_following; }
    // Following again scrolls to the line playing.
    void setFollowing(bool following);
    // "Follow Playback": resumes following (the window gives it its key and menu entry).
    QAction* followAction() const { return m_followAction; }

    TranscriptView* view() const { return m_view; }
    TranscriptModel* model() const { return m_model; }
    TranscriptFindBar* findBar() const { return m_findBar; }
    QToolButton* followButton() const { return m_followButton; }
    int playingRow() const;
    // Ctrl+F: opens the find bar.
    void openFind();

Q_SIGNALS:
    void seekRequested(qint64 positionMs);
    // Esc in the lines: focus goes back where the listener came from.
    void leaveRequested();
    // The listener moved to a line of this voice (empty when unnamed).
    void speakerSelected(const QString& name);

private:
    void findNext(bool backwards, bool includeCurrent);
    void moveTo(int row);
    void updateFollowState();

    TranscriptModel* m_model;
    TranscriptView* m_view;
    TranscriptFindBar* m_findBar;
    QLabel* m_status;
    QToolButton* m_followButton;
    QAction* m_followAction;
    TranscriptVoices m_voices;
    qint64 m_positionMs = 0;
    bool m_following = true;
};

} // namespace ondes
