#pragma once

// EpisodeListModel is the episode list: a library-wide view (All, New, In progress,
// Downloaded), one show's episodes, one person's across shows, or search results; sorted by
// date, title or duration. It is lazy: rowCount() is a COUNT, and rows are read a page at a
// time (EpisodeQuery) when a view asks for them, keeping a few pages in a small LRU cache. No
// object is made per episode, so 100,000 episodes cost the same as 200.
//
// A change to one episode (played, position) updates its line in place. The views whose
// membership follows those states (New, In progress, Downloaded) keep their rows when an
// episode leaves them, until the list is chosen again or the library changes shape (a
// refresh): rows do not jump. A short one is read as a list of ids when chosen (kShortList
// rows at most). A long one (New in a library just subscribed to) is read a page at a time
// like All: an episode whose row was read stays in it when it leaves the view
// (EpisodeQuery::setKept); one that left or joined the view unread changes the list's length,
// counted again once the changes are in, and the list is read again (a reset) when it differs.

#include "library/episodepages.h"
#include "library/episodequery.h"
#include "library/librarytypes.h"
#include "library/saidlines.h"

#include <QAbstractTableModel>
#include <QItemSelection>
#include <QSet>

#include <functional>
#include <optional>

namespace ondes {

class Library;

class EpisodeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, TitleColumn, ShowColumn, DateColumn, DurationColumn, ColumnCount };
    enum Role {
        EpisodeIdRole = Qt::UserRole + 1,
        PlayedRole,
        PositionRole, // milliseconds
        StatesRole,   // EpisodeListRow::State flags
        ProgressRole, // position / duration, 0 to 1, for an episode in progress
        ShowIdRole,
        DurationRole,   // seconds
        NowPlayingRole, // NowPlaying: the player's current episode
        // In a search: the first transcript line with the words (SaidLines), read soon after
        // the row is first asked for (dataChanged then); invalid when none or not read yet.
        SaidLineRole, // the line's text
        SaidAtRole,   // where it starts, in milliseconds
    };
    enum class NowPlaying { No, Paused, Playing };
    static constexpr int kPageSize = EpisodePages::kPageSize;
    static constexpr int kCachedPages = EpisodePages::kCachedPages;
    // The most episodes kept in a view they left; past that, the view is read again.
    static constexpr int kMaxKept = 500;
    // The longest New, In progress or Downloaded list read whole when chosen.
    static constexpr int kShortList = 1000;

    explicit EpisodeListModel(Library& library, QObject* parent = nullptr);

    void setView(EpisodeView view);
    void setShow(qint64 showId);
    void setPerson(qint64 personId);
    // Lists the episodes matching text across shows; an empty text lists nothing. The other
    // setters leave search mode.
    void setSearch(const QString& text);
    std::optional<EpisodeView> view() const { return m_view; }
    qint64 showId() const { return m_showId; }
    qint64 personId() const { return m_personId; }
    bool isSearching() const { return !m_search.isEmpty(); }
    const QString& searchText() const { return m_search; }
    // In a search, the line of the episode's transcript that has the words (read now when not
    // known yet), where opening the hit plays from; nullopt otherwise.
    std::optional<TranscriptHit> saidLine(qint64 episodeId) const;
    // For tests and benchmarks: the transcript lines being read for the rows asked about.
    const SaidLines& saidLines() const { return *m_said; }

    // Finds the episode's row with one query; invalid when the list does not have it.
    QModelIndex indexOfEpisode(qint64 episodeId) const;
    // The episodes of these rows, in list order (ranges read from the indexes, not row by row).
    QList<qint64> episodeIds(const QItemSelection& selection) const;
    // The player's current episode (0: none), playing or paused: its row is marked and its
    // accessible description says so.
    void setNowPlaying(qint64 episodeId, bool playing);
    qint64 nowPlayingEpisode() const { return m_nowPlayingId; }

    // Reads the list again: the states of its rows (queue, downloads) or everything.
    void refreshStates();
    void reload();

    // The sort, by column; Title, Date and Duration sort, the others keep the current sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const;
    Qt::SortOrder sortOrder() const { return m_query.sortOrder(); }

    // For tests and benchmarks: how many pages the cache holds, how many were read.
    int cachedPageCount() const { return m_pages.cachedCount(); }
    int pageReads() const { return m_pages.reads(); }
    const EpisodeQuery& query() const { return m_query; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "New, in progress (40%), downloaded": the states as words, for tooltips and screen
    // readers.
    static QString describeStates(int states, double progress);

private:
    const EpisodeListRow* rowAt(int row) const;
    QVariant said(qint64 episodeId, int role) const;
    void onEpisodeChanged(qint64 episodeId);
    // dataChanged for the episode's line when a cached page holds it (others are read later).
    void updateCachedRow(qint64 episodeId);
    void setSource(const std::function<void()>& choose);
    // A long New, In progress or Downloaded list, read a page at a time.
    bool keepsWhatLeaves() const { return m_view && *m_view != EpisodeView::All && !m_snapshotted; }
    // After changes to episodes not read: the list read again if its length changed.
    void recountIfChanged();

    Library& m_library;
    EpisodeQuery m_query;
    std::optional<EpisodeView> m_view;
    qint64 m_showId = 0;
    qint64 m_personId = 0;
    QString m_search;
    SaidLines* m_said;
    int m_count = 0;
    // The rows read, a few pages of them.
    mutable EpisodePages m_pages;
    // The ids of a search's list or a short New, In progress or Downloaded, in order; empty for
    // the others.
    QList<qint64> m_snapshot;
    bool m_snapshotted = false;
    // In a long New, In progress or Downloaded: the episodes read into a page since it was
    // chosen.
    mutable QSet<qint64> m_readIds;
    bool m_recountPending = false;
    qint64 m_nowPlayingId = 0;
    bool m_nowPlayingActive = false;
};

} // namespace ondes
