#pragma once

// The speaker trainer's learner (tools/speakertrain.cpp): an L2-regularised logistic regression
// over the named features (speakerfeatures.h) and, with Settings::lexical, over the words
// around each name (speakerlexicalcontext.h), each group with its own L2 strength. Full-batch
// gradient descent from zero weights: the same examples give the same weights.

#include "feed/speakerfeatures.h"

#include <QHash>
#include <QList>
#include <QString>

namespace speakertrain {

using ondes::speakers::featureCount;
using ondes::speakers::FeatureVector;
using ondes::speakers::LexicalKeys;

struct Example
{
    FeatureVector x;
    LexicalKeys lexical;
    bool speaker = false; // labelled a speaker
    bool decided = false; // the model decides it (else the rules' answer stands)
    bool fromRules = false;
    int fold = 0; // by show
    QString name;
    QString context; // the text around its first appearance (ONDES_TRAIN_VERBOSE)
    QString entry;   // its entry: dev number and language (ONDES_TRAIN_VERBOSE)
};

struct Settings
{
    double l2 = 0.002; // the named features'
    bool lexical = false;
    int minCount = 3; // a key enters the vocabulary when this many training candidates have it
    double lexicalL2 = 0.01; // the lexical weights'
};

using Weights = std::array<double, featureCount>;

struct Model
{
    Weights weights{};
    QHash<quint32, double> lexical; // the vocabulary's keys and their weights

    double probability(const Example& e) const;
};

// Trained on the examples the model decides, leaving out one fold (-1: none).
Model train(const QList<Example>& examples, int leftOut, const Settings& settings);

// Out-of-fold probabilities: each fold's candidates scored by a model trained on the others
// (its vocabulary too built from the others only).
QList<double> outOfFold(const QList<Example>& examples, const Settings& settings);

// Mean log-loss of `p` over the candidates the model decides.
double logLoss(const QList<Example>& examples, const QList<double>& p);

struct Score
{
    int found = 0;
    int extra = 0;
    double precision() const { return found + extra == 0 ? 0 : double(found) / (found + extra); }
    // F-beta with beta = 0.5: precision weighs four times as much as recall.
    double fHalf(int speakers) const
    {
        const double p = precision();
        const double r = double(found) / speakers;
        return p + r == 0 ? 0 : 1.25 * p * r / (0.25 * p + r);
    }
};

// What the decider lists with these thresholds and probabilities.
Score score(const QList<Example>& examples, const QList<double>& p, double keep, double add);

} // namespace speakertrain
