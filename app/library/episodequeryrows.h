#pragma once

// One line of the episode list (EpisodeQuery): the columns to select for `episodes e` and the
// joins they read (its show, position, download and place in the queue), and the reader of one
// result row into its states.

#include "library/librarytypes.h"

class QSqlQuery;

namespace ondes::episodequeryrows {

extern const char* const kColumns; // "SELECT …" up to FROM
extern const char* const kJoins;   // after `FROM episodes e`
EpisodeListRow read(const QSqlQuery& q);

} // namespace ondes::episodequeryrows
