#pragma once

// The full episode row every Library query reads: the columns to select (FROM episodes e,
// joined with its show s and its position p) and the reader of one result row.

#include "library/librarytypes.h"

class QSqlQuery;

namespace ondes::episoderows {

extern const char* const kColumns;
EpisodeRow read(const QSqlQuery& q);

} // namespace ondes::episoderows
