#pragma once

// EpisodeDetailsView shows one episode: title, show, date, duration, who speaks (name and
// role) and the description as safe rich text.

#include "library/librarytypes.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace ondes {

class EpisodeDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit EpisodeDetailsView(QWidget* parent = nullptr);

    void showEpisode(const EpisodeRow& episode, const QList<SpeakerRow>& speakers);
    void clear();

    QString titleText() const;
    QString speakersText() const;
    QString descriptionHtml() const;

Q_SIGNALS:
    // A speaker's name was clicked: show everything this person speaks in.
    void personActivated(qint64 personId);
    // A timestamp in the description was clicked.
    void seekRequested(qint64 episodeId, qint64 positionMs);

private:
    QLabel* m_title;
    QLabel* m_meta;
    QLabel* m_speakers;
    QTextBrowser* m_description;
    qint64 m_episodeId = 0;
};

} // namespace ondes
