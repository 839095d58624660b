#pragma once

// The SQL of the views whose episodes follow their states (New, In progress, Downloaded), on
// `episodes e`, in three forms, so that EpisodeQuery reads each from an index whatever its size:
//
// - members: the episodes' ids, from the view's own index (the unseen, unplayed episodes by
//   date; the positions; the downloaded files). A short view is listed from them and sorted.
// - walk: whether the row e belongs, asked of each row. A view holding a good part of the
//   library is listed by walking the sort order's index and keeping its rows: a page costs a
//   page, where listing from the members would read and sort every one of them at each page.
// - count: how many, read from the view's index alone.

#include "library/episodequery.h"

#include <QString>

namespace ondes {

struct EpisodeViewSql
{
    QString members; // SELECT of one column, the episode ids
    QString walk;    // a condition on e
    QString count;   // SELECT of one value
};

// The forms of New, In progress or Downloaded (All lists every episode: it has none).
EpisodeViewSql episodeViewSql(EpisodeView view);

} // namespace ondes
