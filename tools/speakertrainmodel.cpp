#include "speakertrainmodel.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace speakertrain {
namespace {

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

double dot(const Weights& w, const FeatureVector& x)
{
    double z = 0;
    for (int k = 0; k < featureCount; ++k)
        z += w[size_t(k)] * double(x[size_t(k)]);
    return z;
}

// The keys that `minCount` of the examples have, in increasing order.
std::vector<quint32> vocabulary(const std::vector<const Example*>& used, int minCount)
{
    QHash<quint32, int> counts;
    for (const Example* e : used) {
        for (int k = 0; k < e->lexical.count; ++k)
            ++counts[e->lexical.keys[size_t(k)]];
    }
    std::vector<quint32> keys;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= minCount)
            keys.push_back(it.key());
    }
    std::sort(keys.begin(), keys.end()); // QHash's order differs from run to run
    return keys;
}

} // namespace

double Model::probability(const Example& e) const
{
    double z = dot(weights, e.x);
    for (int k = 0; k < e.lexical.count; ++k)
        z += lexical.value(e.lexical.keys[size_t(k)], 0.0);
    return sigmoid(z);
}

Model train(const QList<Example>& examples, int leftOut, const Settings& settings)
{
    constexpr int rounds = 4000;
    constexpr double rate = 0.5;
    static const bool onlyOthers = qEnvironmentVariableIsSet("ONDES_TRAIN_OTHERS");
    std::vector<const Example*> used;
    for (const Example& e : examples) {
        if (e.decided && e.fold != leftOut && !(onlyOthers && e.fromRules))
            used.push_back(&e);
    }
    const std::vector<quint32> keys =
        settings.lexical ? vocabulary(used, settings.minCount) : std::vector<quint32>{};
    // Each example's keys as places in `keys` (those outside the vocabulary left out).
    std::vector<std::vector<int>> places(used.size());
    for (size_t i = 0; i < used.size() && !keys.empty(); ++i) {
        for (int k = 0; k < used[i]->lexical.count; ++k) {
            const quint32 key = used[i]->lexical.keys[size_t(k)];
            const auto at = std::lower_bound(keys.begin(), keys.end(), key);
            if (at != keys.end() && *at == key)
                places[i].push_back(int(at - keys.begin()));
        }
    }
    Weights w{};
    std::vector<double> lw(keys.size(), 0.0);
    const double n = double(used.size());
    for (int round = 0; round < rounds; ++round) {
        Weights grad{};
        std::vector<double> lgrad(keys.size(), 0.0);
        for (size_t i = 0; i < used.size(); ++i) {
            const Example& e = *used[i];
            double z = dot(w, e.x);
            for (const int p : places[i])
                z += lw[size_t(p)];
            const double err = sigmoid(z) - (e.speaker ? 1.0 : 0.0);
            for (int k = 0; k < featureCount; ++k)
                grad[size_t(k)] += err * double(e.x[size_t(k)]);
            for (const int p : places[i])
                lgrad[size_t(p)] += err;
        }
        for (int k = 0; k < featureCount; ++k) {
            const double reg = k == 0 ? 0.0 : settings.l2 * w[size_t(k)];
            w[size_t(k)] -= rate * (grad[size_t(k)] / n + reg);
        }
        for (size_t k = 0; k < lw.size(); ++k)
            lw[k] -= rate * (lgrad[k] / n + settings.lexicalL2 * lw[k]);
    }
    Model m;
    m.weights = w;
    for (size_t k = 0; k < keys.size(); ++k)
        m.lexical.insert(keys[k], lw[k]);
    return m;
}

QList<double> outOfFold(const QList<Example>& examples, const Settings& settings)
{
    QList<double> p(examples.size(), 0.0);
    for (int fold = 0; fold < 5; ++fold) {
        const Model m = train(examples, fold, settings);
        for (qsizetype k = 0; k < examples.size(); ++k) {
            if (examples.at(k).fold == fold)
                p[k] = m.probability(examples.at(k));
        }
    }
    return p;
}

double logLoss(const QList<Example>& examples, const QList<double>& p)
{
    double sum = 0;
    int n = 0;
    for (qsizetype k = 0; k < examples.size(); ++k) {
        if (!examples.at(k).decided)
            continue;
        const double q = std::clamp(p.at(k), 1e-9, 1 - 1e-9);
        sum -= examples.at(k).speaker ? std::log(q) : std::log(1 - q);
        ++n;
    }
    return n == 0 ? 0 : sum / n;
}

Score score(const QList<Example>& examples, const QList<double>& p, double keep, double add)
{
    Score s;
    for (qsizetype k = 0; k < examples.size(); ++k) {
        const Example& e = examples.at(k);
        const bool listed = e.decided ? p.at(k) >= (e.fromRules ? keep : add) : e.fromRules;
        if (listed)
            ++(e.speaker ? s.found : s.extra);
    }
    return s;
}

} // namespace speakertrain
