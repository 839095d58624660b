#pragma once

// Words after a person's name that are no part of their role, for RoleExtent: when the show
// airs ("dès le 17 janvier", "Monday to Thursday") and a French auxiliary opening the sentence's
// verb ("a discuté", "ont rejoint", "l’a remporté").

#include "feed/speakertext.h"

namespace ondes::speakers {

// Token i names when the show is on air: a weekday, "every", "chaque", "dès".
bool scheduleAt(const QString& text, const QList<Token>& tokens, qsizetype i);
// Token q is a French auxiliary before a past participle ("a discuté", "est né"), or "ont"/"sont"
// before a lower-case word.
bool auxiliaryAt(const QString& text, const QList<Token>& tokens, qsizetype q);

} // namespace ondes::speakers
