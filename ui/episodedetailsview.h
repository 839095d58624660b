#pragma once

// EpisodeDetailsView shows one episode: title, show, date, duration, who speaks (name, role,
// and whether the description only suggested them or the listener said so, with a link to
// correct them), the production credits under their own heading, the actions on it
// (EpisodeActionsBar), its chapters (each seeks there) and the description as safe rich text.

#include "feed/feedtypes.h"
#include "feed/transcriptvoices.h"
#include "library/librarytypes.h"

#include <QWidget>

class QLabel;

namespace ondes {

class DescriptionBrowser;
class EpisodeActionsBar;
class HttpClient;

class EpisodeDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit EpisodeDetailsView(QWidget* parent = nullptr);

    void showEpisode(const EpisodeRow& episode, const QList<SpeakerRow>& speakers,
                     const QList<CreditRow>& credits = {});
    // The title and the show · date · length line again (the length the media reported).
    void showSummary(const EpisodeRow& episode);
    // The speakers and credits again (after the listener corrected them).
    void showPeople(const QList<SpeakerRow>& speakers, const QList<CreditRow>& credits);
    void clear();
    // How much each voice of the shown episode's transcript speaks ("Who speaks how much:
    // Alice Martin 42 %, Bob 30 %"); none hides the line. showEpisode() leaves none.
    void setVoiceShares(const QList<SpeakerVoice>& voices);
    QString voiceSharesText() const;
    // The chapters of the shown episode (showEpisode() leaves none until this is called).
    void setChapters(const QList<Chapter>& chapters);
    qint64 episodeId() const { return m_episodeId; }
    // Listen, Download, Add to queue, Mark played, and the previous/next episode links.
    EpisodeActionsBar* actionsBar() const { return m_actions; }
    DescriptionBrowser* descriptionBrowser() const { return m_description; }

    QString titleText() const;
    QString speakersText() const;
    QString creditsText() const;
    QString descriptionHtml() const;
    QString chaptersText() const; // "0:00 Intro\n1:30 News…", plain
    QString chaptersHtml() const;

Q_SIGNALS:
    // A speaker's name was clicked: show everything this person speaks in.
    void personActivated(qint64 personId);
    // "Edit speakers…" was clicked: the listener wants to correct who speaks.
    void editSpeakersRequested(qint64 episodeId);
    // A timestamp in the description was clicked.
    void seekRequested(qint64 episodeId, qint64 positionMs);

private:
    QLabel* m_title;
    QLabel* m_meta;
    EpisodeActionsBar* m_actions;
    QLabel* m_speakers;
    QLabel* m_credits;
    QLabel* m_voiceShares;
    QLabel* m_chapters;
    DescriptionBrowser* m_description;
    qint64 m_episodeId = 0;
};

} // namespace ondes
