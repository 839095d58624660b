#pragma once

// What the speaker trainer (tools/speakertrain.cpp) writes: the generated sources of the
// decider's weights (speakermodelweights.cpp) and of its lexical table
// (speakerlexicalweights.cpp), and the words the table's keys stand for, for its comments.

#include "speakertrainmodel.h"

#include <QHash>
#include <QString>

namespace speakertrain {

// Names every key the tokens of `text` can make ("-1 avec", "pair , avec").
void nameKeys(const QString& text, QHash<quint32, QString>& names);

// Writes the named features' weights and the thresholds; `summary` goes in the header comment.
bool writeWeights(const QString& path, const Weights& w, double keep, double add,
                  const QString& summary);

// Writes the lexical table: `model`'s vocabulary sorted by key (empty without settings.lexical).
bool writeLexicalTable(const QString& path, const Model& model, const Settings& settings,
                       const QHash<quint32, QString>& names);

} // namespace speakertrain
