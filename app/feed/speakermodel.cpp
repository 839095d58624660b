#include "feed/speakermodel.h"

#include "feed/personkey.h"

#include <algorithm>
#include <cmath>

namespace ondes::speakers {

double speakerProbability(const FeatureVector& features, const SpeakerModelWeights& model)
{
    double z = 0;
    for (int k = 0; k < featureCount; ++k)
        z += double(model.weights[size_t(k)]) * double(features[size_t(k)]);
    return 1.0 / (1.0 + std::exp(-z));
}

bool mayReach(const FeatureVector& withoutContext, float threshold,
              const SpeakerModelWeights& model)
{
    // isContextFeature() of each feature, asked once (a call per feature per name cost more
    // than the sum).
    static const std::array<bool, featureCount> context = [] {
        std::array<bool, featureCount> all{};
        for (int k = 0; k < featureCount; ++k)
            all[size_t(k)] = isContextFeature(Feature(k));
        return all;
    }();
    double z = 0;
    for (int k = 0; k < featureCount; ++k) {
        const double w = double(model.weights[size_t(k)]);
        if (context[size_t(k)])
            z += std::max(w, 0.0); // each is 0 or 1
        else
            z += w * double(withoutContext[size_t(k)]);
    }
    // The margin covers the rounding of a sum taken in another order.
    return 1.0 / (1.0 + std::exp(-z)) >= double(threshold) - 1e-6;
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
