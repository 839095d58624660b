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

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

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

// How a role is compared: personKey() (case, accents, typographic apostrophes and dashes, "."
// and "," do not count), then without a leading article. The extractor drops a leading article
// by design ("a marine biologist at …" → "marine biologist at …", SpeakerExtractor's contract),
// while the labels keep the text as written ("a seasoned CTO"); "a writing duo" and "writing
// duo" are the same role. The same rule for every entry of both splits.
QString roleKey(const QString& role)
{
    QString key = personKey(role);
    for (const QStringView article :
         {QStringView(u"the "), QStringView(u"a "), QStringView(u"an "), QStringView(u"le "),
          QStringView(u"la "), QStringView(u"les "), QStringView(u"un "), QStringView(u"une "),
          QStringView(u"l'")}) {
        if (key.size() > article.size() + 1 && key.startsWith(article)) {
            key.remove(0, article.size());
            break;
        }
    }
    return key;
}

// The roles that count as right for a label: the label and its "also" roles; and "host" for a
// label that is a host's title alone ("Co-hosts", "Animatrice", "Présentation"), which the
// extractor writes "host" by its contract ("co-host Lily Fenwick", "l'animatrice X" → "host")
// and which every other such label of the corpus lists with "host" among its "also" roles.
QStringList rolesRightFor(const QJsonObject& label)
{
    static const QSet<QString> hostTitles = {
        QStringLiteral("host"),         QStringLiteral("hosts"),
        QStringLiteral("co-host"),      QStringLiteral("co-hosts"),
        QStringLiteral("cohost"),       QStringLiteral("cohosts"),
        QStringLiteral("animateur"),    QStringLiteral("animatrice"),
        QStringLiteral("animateurs"),   QStringLiteral("animatrices"),
        QStringLiteral("presentateur"), QStringLiteral("presentatrice"),
        QStringLiteral("presentation"), QStringLiteral("animation")};
    QStringList roles{roleKey(label.value(u"role").toString())};
    for (const QJsonValue& also : label.value(u"also").toArray())
        roles << roleKey(also.toString());
    if (hostTitles.contains(roles.constFirst()))
        roles << QStringLiteral("host");
    return roles;
}

QSet<QString> keysOf(const QJsonArray& people)
{
    QSet<QString> keys;
    for (const QJsonValue& p : people)
        keys.insert(personKey(p.toObject().value(u"name").toString()));
    return keys;
}

// The text around the first appearance of `name` (for the dev diagnostics), on one line.
std::string around(const QString& text, const QString& name)
{
    qsizetype at = text.indexOf(name);
    if (at < 0)
        at = text.indexOf(name.section(u' ', -1), 0, Qt::CaseInsensitive);
    if (at < 0)
        return "(not found as written)";
    const qsizetype from = std::max<qsizetype>(0, at - 90);
    QString piece = text.mid(from, at + name.size() + 160 - from);
    piece.replace(u'\n', QStringLiteral(" ⏎ "));
    return piece.simplified().toStdString();
}

// What the dev diagnostics print (never anything of test): ONDES_SPEAKERS_VERBOSE=1 every miss,
// extra, wrong kind and wrong role; ONDES_SPEAKERS_ROLES=1 only the wrong roles (each with the
// role expected, the role found and the text around the name), the wrong kinds and the credits
// gone wrong or missed.
struct Verbosity
{
    bool all = false;
    bool roles = false;
};

void measure(const QJsonObject& entry, Figures& figures, Verbosity show)
{
    const bool verbose = show.all;
    const SpeakerExtractor extractor;
    ++figures.descriptions;
    figures.french += entry.value(u"lang").toString() == u"fr" ? 1 : 0;
    figures.shows.insert(entry.value(u"show").toString());
    QHash<QString, QStringList> expected; // key → roles that count as right
    QHash<QString, QString> kinds;
    QHash<QString, QStringList> written; // the roles as labelled, for the diagnostics
    for (const QJsonValue& s : entry.value(u"speakers").toArray()) {
        const QJsonObject o = s.toObject();
        expected.insert(personKey(o.value(u"name").toString()), rolesRightFor(o));
        QStringList labelled{o.value(u"role").toString()};
        for (const QJsonValue& also : o.value(u"also").toArray())
            labelled << also.toString();
        written.insert(personKey(o.value(u"name").toString()), labelled);
        kinds.insert(personKey(o.value(u"name").toString()), o.value(u"kind").toString());
    }
    const QSet<QString> credits = keysOf(entry.value(u"credits").toArray());
    figures.creditsLabelled += int(credits.size());
    const QSet<QString> mentioned = keysOf(entry.value(u"mentioned").toArray());
    const QString text = entry.value(u"text").toString();
    QSet<QString> seen;
    QSet<QString> creditsSeen;
    for (const Speaker& speaker : extractor.extract(text)) {
        const QString key = personKey(speaker.name);
        if (speaker.kind == SpeakerKind::Credit) {
            creditsSeen.insert(key);
            if (credits.contains(key)) {
                ++figures.creditsFound;
            } else {
                ++figures.creditsWrong;
                if (verbose || show.roles)
                    std::cout << "  credit, wrongly: " << speaker.name.toStdString() << " ("
                              << speaker.role.toStdString() << ")\n      "
                              << around(text, speaker.name) << '\n';
            }
            continue;
        }
        seen.insert(key);
        if (!expected.contains(key)) {
            ++figures.extra;
            figures.creditsAsSpeakers += credits.contains(key) ? 1 : 0;
            figures.mentionedAsSpeakers += mentioned.contains(key) ? 1 : 0;
            if (show.roles && credits.contains(key))
                std::cout << "  credit listed as a speaker: " << speaker.name.toStdString() << " ("
                          << speaker.role.toStdString() << ")\n      " << around(text, speaker.name)
                          << '\n';
            else if (verbose)
                std::cout << "  extra: " << speaker.name.toStdString() << " ("
                          << speaker.role.toStdString() << ")"
                          << (mentioned.contains(key) ? " [mentioned]" : "")
                          << (credits.contains(key) ? " [credit]" : "") << "\n      "
                          << around(text, speaker.name) << '\n';
            continue;
        }
        ++figures.found;
        if (speakerKindName(speaker.kind) == kinds.value(key))
            ++figures.kindsRight;
        else if (verbose || show.roles)
            std::cout << "  kind of " << speaker.name.toStdString() << ": "
                      << speakerKindName(speaker.kind).toStdString() << " — expected "
                      << kinds.value(key).toStdString() << " (role \"" << speaker.role.toStdString()
                      << "\")\n";
        if (expected.value(key).contains(roleKey(speaker.role))) {
            ++figures.rolesRight;
        } else if (verbose || show.roles) {
            std::cout << "  role of " << speaker.name.toStdString() << ": \""
                      << speaker.role.toStdString() << "\"";
            if (show.roles) {
                std::cout << " — expected \"" << written.value(key).join(u" | ").toStdString()
                          << "\"\n      " << around(text, speaker.name);
            }
            std::cout << '\n';
        }
    }
    for (const QJsonValue& c : entry.value(u"credits").toArray()) {
        const QString name = c.toObject().value(u"name").toString();
        if (show.roles && !creditsSeen.contains(personKey(name)))
            std::cout << "  credit missed: " << name.toStdString() << " ("
                      << c.toObject().value(u"role").toString().toStdString() << ")\n      "
                      << around(text, name) << '\n';
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
    const Verbosity verbose{qEnvironmentVariableIsSet("ONDES_SPEAKERS_VERBOSE"),
                            qEnvironmentVariableIsSet("ONDES_SPEAKERS_ROLES")};
    Figures dev;
    Figures test;
    for (const QJsonValue& value : corpus) {
        const QJsonObject entry = value.toObject();
        const bool isTest = inTestSplit(entry.value(u"show").toString());
        if (verbose.all && !isTest)
            std::cout << "#" << dev.descriptions << " ["
                      << entry.value(u"show").toString().toStdString() << "]\n";
        measure(entry, isTest ? test : dev, isTest ? Verbosity{} : verbose);
    }
    dev.print("dev");
    test.print("test");

    EXPECT_GE(corpus.size(), 750);
    EXPECT_GE(dev.shows.size(), 270);
    EXPECT_GE(test.shows.size(), 145);
    // The figures reached (raise them as the extractor improves; never tune on test). Set on the
    // corpus grown to 761 descriptions (the 301 newest much harder than the rest), with the
    // people only told of left out and the decider retrained with the thresholds its trainer
    // chooses (tests/data/speakers/README.md), then the roles rules of the README's last two
    // rows, then French dev's interview formulas and lists and the English shapes, and the
    // decider retrained on that code (the committed weights are again what the trainer gives;
    // dev precision 0.980 → 0.978 with the weights trained on older code, recall 0.586 → 0.584),
    // then French shapes of several dev shows (programme lines, greetings, segments) and English
    // subjects described at length or introduced by a job, the decider retrained on that code
    // (0.980/0.588/0.862; with the older weights 0.979/0.614/0.855, not what the trainer gives).
    // Then lowered to what the same code and weights measure on the corpus grown to 972 (211 new
    // descriptions from 90 more shows, not trained on): 0.975/0.558/0.835, test 0.928/0.491/0.772;
    // raised by the roles rules (where roles stop and go on) to 0.978/0.559/0.857, test
    // 0.928/0.491/0.777; real names left in the corpus replaced: 0.979/0.559/0.858, test
    // 0.933/0.495/0.776. The weights stay those trained on the 761: retrained on the 972 they
    // drop shapes the unit tests hold ("Hosted by X.", middle initials; see the corpus README).
    // Raised by dev's misses grouped by shape (lists one a line under dashes, triangles and
    // play signs, counted headings, transcripts' speaker labels, headlines, receiving phrases,
    // segments by subject; same weights): 0.980/0.586/0.861, test 0.933/0.496/0.777. Then
    // retrained on the 972 after features that keep the plain shapes an earlier retraining had
    // dropped (a label or a presenting participle before a rules' speaker makes it certain,
    // initials and suffixes are no name words, a title of address, no imperative as a
    // candidate) and a title of several words before the one received ("talks to the former
    // Chief of the General Staff X"), thresholds under the trainer's out-of-fold precision
    // floor 0.975 (ONDES_TRAIN_FLOOR=0.975: keep >= 0.78, add >= 0.86): 0.981/0.595/0.852,
    // test 0.937/0.497/0.770; with credits run on after the line before and retrained on that
    // code (the same option): 0.982/0.595/0.852, test 0.937/0.496/0.770. Then lowered to what
    // the same code and weights measure on the corpus grown with descriptions of more shows,
    // labelled by hand and not trained on (tests/data/speakers/README.md): on 1,010,
    // 0.980/0.594/0.851, test 0.935/0.499/0.765; on 1,053, 0.975/0.595/0.850, test
    // 0.934/0.491/0.770; on 1,099, 0.975/0.593/0.848, test 0.935/0.491/0.769 (0.7686). With
    // the roles of the decider's added names, host and guest after a verb of talking, credit
    // names cut at the next label, roles stopped at ", along with", owners' possessives (same
    // weights; on the 972: 0.983/0.595/0.867, test 0.939/0.499/0.778), on 1,099:
    // 0.976/0.594/0.861, test 0.937/0.494/0.776. Retrained on the 1,099 (ONDES_TRAIN_FLOOR
    // 0.975: keep >= 0.82, add >= 0.88) it gave 0.977/0.583/0.868, test 0.942/0.492/0.771 and
    // four unit tests of plain shapes failed: not kept. Then families of dev's false positives
    // (complicity in making the show is a credit, pointers to another episode, whose tour or
    // album someone is with, gerund titles, "deLacy" particles): 0.985/0.595/0.862, test
    // 0.937/0.493/0.778 (no test extra was of those families). Then wrong spans: a common word
    // opening a name is cut off only before a given name, a surname with a job run into it is
    // no name, a dash ends the hosts of Radio France's "durée : … - par : A - Title":
    // 0.988/0.595/0.862, test 0.938/0.493/0.778.
    // Then lists going on after a job without a comma, the hour after a receiving verb, who
    // welcomes the listener and 31 common given names the lexicon lacked (same weights), on
    // their own: 0.976/0.601/0.861, test 0.937/0.494/0.776; merged with the families above:
    // 0.988/0.602/0.861, test 0.938/0.493/0.778.
    EXPECT_GE(dev.precision(), 0.987);
    EXPECT_GE(dev.recall(), 0.601);
    EXPECT_GE(dev.roles(), 0.860);
    EXPECT_GE(test.precision(), 0.937);
    EXPECT_GE(test.recall(), 0.493);
    EXPECT_GE(test.roles(), 0.775);
    // Credits are not speakers: none in dev on the first 972 descriptions, six on 1,099 (the
    // new dev descriptions' credits blocks; the labels stay as written before any run), two
    // since "avec la complicité de" inside the sentence crediting the show is a credit ("Un
    // podcast de X", labelled host four times in five, and "En présence de la réalisatrice X").
    // Test lists one on the first 761 descriptions, four on the grown corpus (summary figures;
    // which ones was not read): short of the target of none.
    EXPECT_LE(dev.creditsAsSpeakers, 2);
    EXPECT_LE(test.creditsAsSpeakers, 4);
    // Names read as credits that the labels call otherwise (producers told of in a sentence,
    // hosts named by a production word, names run together with the next label).
    EXPECT_LE(dev.creditsWrong, 7);
    EXPECT_LE(test.creditsWrong, 8); // measured, not read: test is never looked at entry by entry
}

} // namespace
} // namespace ondes
