#include "feed/speakermodel.h"

#include "feed/personkey.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace ondes::speakers {

namespace {

// The features weighted and summed, in order. Most are 0: their terms are skipped (adding 0
// leaves the sum as it is), two features at a time when both are.
double weightedSum(const FeatureVector& features, const SpeakerModelWeights& model)
{
    static_assert(sizeof(float) == sizeof(quint32));
    double z = 0;
    const auto add = [&](int k) {
        if (features[size_t(k)] != 0.0f)
            z += double(model.weights[size_t(k)]) * double(features[size_t(k)]);
    };
    int k = 0;
    for (; k + 2 <= featureCount; k += 2) {
        quint64 pair;
        std::memcpy(&pair, features.data() + k, sizeof pair);
        if (pair == 0)
            continue; // both +0.0
        add(k);
        add(k + 1);
    }
    for (; k < featureCount; ++k)
        add(k);
    return z;
}

// The context features' weights summed where they raise the sum (`raising`) or lower it: each
// feature is 0 or 1, so those are the sum's bounds.
double contextBound(const SpeakerModelWeights& model, bool raising)
{
    // The context features, found once (a call per feature per name cost more than the sum).
    static const std::vector<int> context = [] {
        std::vector<int> found;
        for (int k = 0; k < featureCount; ++k) {
            if (isContextFeature(Feature(k)))
                found.push_back(k);
        }
        return found;
    }();
    double z = 0;
    for (const int k : context) {
        const double w = double(model.weights[size_t(k)]);
        z += raising ? std::max(w, 0.0) : std::min(w, 0.0);
    }
    return z;
}

double logistic(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace

double speakerProbability(const FeatureVector& features, const SpeakerModelWeights& model)
{
    return logistic(weightedSum(features, model));
}

// The margins cover the rounding of a sum taken in another order.
bool mayReach(const FeatureVector& withoutContext, float threshold,
              const SpeakerModelWeights& model)
{
    const double z = weightedSum(withoutContext, model) + contextBound(model, true);
    return logistic(z) >= double(threshold) - 1e-6;
}

bool contextDecides(const FeatureVector& withoutContext, float threshold,
                    const SpeakerModelWeights& model)
{
    const double z = weightedSum(withoutContext, model);
    return logistic(z + contextBound(model, true)) < double(threshold) - 1e-6 ||
           logistic(z + contextBound(model, false)) >= double(threshold) + 1e-6;
}

bool certainFromRules(const SpeakerCandidate& candidate)
{
    return candidate.fromRules && candidate.hasFeatures &&
           candidate.features[size_t(Feature::Labelled)] > 0;
}

QList<Speaker> decideSpeakers(const QList<SpeakerCandidate>& candidates,
                              const SpeakerModelWeights& model)
{
    QList<Speaker> kept;
    QList<qsizetype> positions;
    QList<QString> keys; // personKey() of each kept speaker; null until needed
    for (const SpeakerCandidate& c : candidates) {
        bool keep = false;
        if (c.speaker.kind == SpeakerKind::Credit)
            keep = c.fromRules; // a credit is never made a speaker, nor a name a credit
        else if (!c.hasFeatures || certainFromRules(c))
            keep = c.fromRules;
        else
            keep = speakerProbability(c.features, model) >=
                   (c.fromRules ? model.keepThreshold : model.addThreshold);
        if (!keep)
            continue;
        if (!c.fromRules) { // the same person as one kept, written another way
            const QString key = personKey(c.speaker.name);
            bool known = false;
            for (qsizetype k = 0; k < kept.size() && !known; ++k) {
                if (keys.at(k).isNull())
                    keys[k] = personKey(kept.at(k).name); // read once, when first needed
                known = keys.at(k) == key;
            }
            if (known)
                continue;
        }
        // The rules' speakers come first, in their order; the others go in by position.
        qsizetype at = kept.size();
        if (!c.fromRules) {
            for (qsizetype k = 0; k < kept.size(); ++k) {
                if (positions.at(k) > c.position) {
                    at = k;
                    break;
                }
            }
        }
        kept.insert(at, c.speaker);
        positions.insert(at, c.position);
        keys.insert(at, QString());
    }
    return kept;
}

} // namespace ondes::speakers
