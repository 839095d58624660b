#pragma once

// The speaker decider: a logistic regression over the candidates' features (speakerfeatures.h),
// trained on the dev split of tests/data/speakers/real-shapes.json by tools/speakertrain.cpp.
// Its weights are generated into speakermodelweights.cpp (committed); see the corpus README for
// the one command that retrains it.

#include "feed/speakercandidates.h"

namespace ondes::speakers {

struct SpeakerModelWeights
{
    std::array<float, featureCount> weights;
    float keepThreshold; // a name the rules listed stays a speaker from this probability
    float addThreshold;  // a name the rules did not list becomes one from this probability
};

// Generated (speakermodelweights.cpp).
extern const SpeakerModelWeights speakerModelWeights;

// The probability that the candidate is a speaker of the episode.
double speakerProbability(const FeatureVector& features,
                          const SpeakerModelWeights& model = speakerModelWeights);

// False when the candidate's probability stays under `threshold` whatever its context features
// (isContextFeature()), which `withoutContext` leaves unset: those need not be read then.
bool mayReach(const FeatureVector& withoutContext, float threshold,
              const SpeakerModelWeights& model = speakerModelWeights);

// True when the candidate's probability stays under `threshold` or reaches it whatever its
// context features: those need not be read then (for the rules' speakers the model may reject).
bool contextDecides(const FeatureVector& withoutContext, float threshold,
                    const SpeakerModelWeights& model = speakerModelWeights);

// A rules' speaker named right after its label or a presenting participle ("Guests : X",
// "Hosted by X", "présentée par X"): certain, the model does not decide it (nor learns from it).
bool certainFromRules(const SpeakerCandidate& candidate);

// The speakers among the candidates: the rules' credits always, the rules' speakers the model
// does not reject, the other names the model accepts, in order of first appearance.
QList<Speaker> decideSpeakers(const QList<SpeakerCandidate>& candidates,
                              const SpeakerModelWeights& model = speakerModelWeights);

} // namespace ondes::speakers
