#pragma once

// The people a show names under spelling variants of one name ("Jerome L. Pettaway" and
// "Jerome Pettaway") become one row: the migration to schema 8 runs this once over libraries
// written before (since then PersonResolver keeps them together as they are stored).

#include <QSqlDatabase>
#include <QString>

namespace ondes {

// Inside the caller's transaction. The row kept is the one with the most episodes (then the
// longer name); the others are merged into it (SpeakerCorrections::mergeWithin).
bool mergeSpellingVariants(QSqlDatabase& db, QString* error);

} // namespace ondes
