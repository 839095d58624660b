#pragma once

// EpisodeDetailsController keeps the details pane on the episode list's current episode: its
// description, people and chapters, shown again as the library and the player learn more (its
// real length, a chapters file), with remote images only when the settings allow them. A
// timestamp in the description plays the episode from there.

#include <QObject>

namespace ondes {

class Application;
class EpisodeDetailsView;
class EpisodeListView;

class EpisodeDetailsController : public QObject
{
    Q_OBJECT
public:
    EpisodeDetailsController(Application& app, EpisodeDetailsView& details,
                             EpisodeListView& episodes, QObject* parent = nullptr);

private:
    void showCurrentEpisode();
    void showChapters();

    Application& m_app;
    EpisodeDetailsView& m_details;
    EpisodeListView& m_episodes;
};

} // namespace ondes
