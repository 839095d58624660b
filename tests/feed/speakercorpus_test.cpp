// Speaker extraction measured on descriptions modelled on real published episode pages
// (tests/data/speakers/real-shapes.json; see the README there). Dev and test splits are
// reported separately; rules are tuned on dev only.

#include "feed/personkey.h"
#include "feed/speakerextractor.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>

namespace ondes {
namespace {

// The frozen split: FNV-1a over the show's UTF-8 bytes, then MurmurHash3's finaliser.
bool inTestSplit(const QString& show)
{
    quint32 h = 0x811c9dc5u;
    for (const char c : show.toUtf8()) {
        h ^= quint8(c);
        h *= 0x01000193u;
    }
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h % 3 == 0;
}

struct Figures
{
    int descriptions = 0;
    int french = 0;
    QSet<QString> shows;
    int found = 0; // speakers found that are labelled speakers
    int extra = 0; // found, but not labelled speakers
    int creditsAsSpeakers = 0;
    int mentionedAsSpeakers = 0;
    int missed = 0;
    int rolesRight = 0;
    int kindsRight = 0;
    int creditsFound = 0; // found as credits, labelled credits
    int creditsWrong = 0; // found as credits, not labelled credits
    int creditsLabelled = 0;

    double precision() const { return found == 0 ? 0 : double(found) / (found + extra); }
    double recall() const { return found == 0 ? 0 : double(found) / (found + missed); }
    double roles() const { return found == 0 ? 0 : double(rolesRight) / found; }
    void print(const char* name) const
    {
        std::printf("speakers on real shapes, %s: precision %.3f recall %.3f roles %.3f — %d "
                    "descriptions, %lld shows, %.0f %% French; %d found, %d extra (%d credits, "
                    "%d mentioned), %d missed\n",
                    name, precision(), recall(), roles(), descriptions, qlonglong(shows.size()),
                    descriptions == 0 ? 0.0 : 100.0 * french / descriptions, found, extra,
                    creditsAsSpeakers, mentionedAsSpeakers, missed);
        std::printf("  kinds right for %d of %d found; credits: %d of %d found, %d wrong\n",
                    kindsRight, found, creditsFound, creditsLabelled, creditsWrong);
    }
};

QSet<QString> keysOf(const QJsonArray& people)
{
    QSet<QString> keys;
    for (const QJsonValue& p : people)
        keys.insert(personKey(p.toObject().value(u"name").toString()));
    return keys;
}

void measure(const QJsonObject& entry, Figures& figures, bool verbose)
{
    const SpeakerExtractor extractor;
    ++figures.descriptions;
    figures.french += entry.value(u"lang").toString() == u"fr" ? 1 : 0;
    figures.shows.insert(entry.value(u"show").toString());
    QHash<QString, QStringList> expected; // key → roles that count as right
    QHash<QString, QString> kinds;
    for (const QJsonValue& s : entry.value(u"speakers").toArray()) {
        const QJsonObject o = s.toObject();
        QStringList roles{personKey(o.value(u"role").toString())};
        for (const QJsonValue& also : o.value(u"also").toArray())
            roles << personKey(also.toString());
        expected.insert(personKey(o.value(u"name").toString()), roles);
        kinds.insert(personKey(o.value(u"name").toString()), o.value(u"kind").toString());
    }
    const QSet<QString> credits = keysOf(entry.value(u"credits").toArray());
    figures.creditsLabelled += int(credits.size());
    const QSet<QString> mentioned = keysOf(entry.value(u"mentioned").toArray());
    const QString text = entry.value(u"text").toString();
    QSet<QString> seen;
    for (const Speaker& speaker : extractor.extract(text)) {
        const QString key = personKey(speaker.name);
        if (speaker.kind == SpeakerKind::Credit) {
            if (credits.contains(key)) {
                ++figures.creditsFound;
            } else {
                ++figures.creditsWrong;
                if (verbose)
                    std::cout << "  credit, wrongly: " << speaker.name.toStdString() << " ("
                              << speaker.role.toStdString() << ")\n";
            }
            continue;
        }
        seen.insert(key);
        if (!expected.contains(key)) {
            ++figures.extra;
            figures.creditsAsSpeakers += credits.contains(key) ? 1 : 0;
            figures.mentionedAsSpeakers += mentioned.contains(key) ? 1 : 0;
            if (verbose)
                std::cout << "  extra: " << speaker.name.toStdString() << " ("
                          << speaker.role.toStdString() << ")\n";
            continue;
        }
        ++figures.found;
        if (speakerKindName(speaker.kind) == kinds.value(key))
            ++figures.kindsRight;
        else if (verbose)
            std::cout << "  kind of " << speaker.name.toStdString() << ": "
                      << speakerKindName(speaker.kind).toStdString() << '\n';
        if (expected.value(key).contains(personKey(speaker.role)))
            ++figures.rolesRight;
        else if (verbose)
            std::cout << "  role of " << speaker.name.toStdString() << ": \""
                      << speaker.role.toStdString() << "\"\n";
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key())) {
            ++figures.missed;
            if (verbose)
                std::cout << "  missed: " << it.key().toStdString() << '\n';
        }
    }
}

TEST(SpeakerCorpus, RealShapesDevAndTestSplits)
{
    QFile file(QStringLiteral(ONDES_TEST_DATA_DIR "/speakers/real-shapes.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    const QJsonArray corpus = QJsonDocument::fromJson(file.readAll()).array();
    ASSERT_GE(corpus.size(), 300);

    // Only dev is shown description by description: test is measured, never read for tuning.
    const bool verbose = qEnvironmentVariableIsSet("ONDES_SPEAKERS_VERBOSE");
    Figures dev;
    Figures test;
    for (const QJsonValue& value : corpus) {
        const QJsonObject entry = value.toObject();
        const bool isTest = inTestSplit(entry.value(u"show").toString());
        if (verbose && !isTest)
            std::cout << "#" << dev.descriptions << " ["
                      << entry.value(u"show").toString().toStdString() << "]\n";
        measure(entry, isTest ? test : dev, verbose && !isTest);
    }
    dev.print("dev");
    test.print("test");

    EXPECT_GE(corpus.size(), 300);
    EXPECT_GE(dev.shows.size(), 95);
    EXPECT_GE(test.shows.size(), 50);
    // The figures reached (raise them as the extractor improves; never tune on test). Set on the
    // grown corpus (460 descriptions, the newer ones harder), the decider retrained on it (and on
    // corpus.json) with the thresholds its trainer chooses (tests/data/speakers/README.md).
    EXPECT_GE(dev.precision(), 0.96);
    EXPECT_GE(dev.recall(), 0.65);
    EXPECT_GE(dev.roles(), 0.82);
    EXPECT_GE(test.precision(), 0.93);
    EXPECT_GE(test.recall(), 0.58);
    EXPECT_GE(test.roles(), 0.73);
    // Credits are not speakers: in dev one credit of the grown corpus is listed as a speaker and
    // two names are wrongly read as credits (the rules', not the decider's). In test, since the
    // decider was trained on corpus.json too and proposes first names alone, two credits are
    // listed as speakers (a summary figure; which ones was not read): below the target of none.
    EXPECT_LE(dev.creditsAsSpeakers, 1);
    EXPECT_LE(test.creditsAsSpeakers, 2);
    EXPECT_LE(dev.creditsWrong, 2);
    EXPECT_LE(test.creditsWrong, 5); // measured, not read: test is never looked at entry by entry
}

} // namespace
} // namespace ondes
