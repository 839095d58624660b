#include "feed/transcriptvoices.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace ondes;

namespace {

TranscriptCue voiceCue(qint64 start, qint64 end, const char* speaker, const char* text = "…")
{
    return TranscriptCue{start, end, QString::fromUtf8(speaker), QString::fromUtf8(text)};
}

TranscriptDocument voicesDocument(const QList<TranscriptCue>& cues)
{
    TranscriptDocument document;
    document.format = TranscriptDocument::Format::WebVtt;
    document.cues = cues;
    return document;
}

// Alice 0–3 s (two cues), Bob 3–5 s, an unnamed line 5–6 s, Alice 6–10 s.
TranscriptDocument voicesConversation()
{
    return voicesDocument({voiceCue(0, 1500, "Alice Martin"), voiceCue(1500, 3000, "Alice Martin"),
                           voiceCue(3000, 5000, "Bob"), voiceCue(5000, 6000, ""),
                           voiceCue(6000, 10000, "Alice Martin")});
}

} // namespace

TEST(TranscriptVoicesTest, MergesConsecutiveCuesOfOneVoiceIntoStretches)
{
    const TranscriptVoices voices(voicesConversation());
    ASSERT_EQ(voices.speakers().size(), 2);
    EXPECT_EQ(voices.speakers().at(0).name, QStringLiteral("Alice Martin"));
    EXPECT_EQ(voices.speakers().at(1).name, QStringLiteral("Bob"));
    ASSERT_EQ(voices.stretches().size(), 3);
    EXPECT_EQ(voices.stretches().at(0).speaker, 0);
    EXPECT_EQ(voices.stretches().at(0).startMs, 0);
    EXPECT_EQ(voices.stretches().at(0).endMs, 3000);
    EXPECT_EQ(voices.stretches().at(1).speaker, 1);
    EXPECT_EQ(voices.stretches().at(1).startMs, 3000);
    EXPECT_EQ(voices.stretches().at(1).endMs, 5000);
    // The unnamed line between Bob and Alice has no stretch and splits nothing else.
    EXPECT_EQ(voices.stretches().at(2).speaker, 0);
    EXPECT_EQ(voices.stretches().at(2).startMs, 6000);
    EXPECT_EQ(voices.stretches().at(2).endMs, 10000);
    EXPECT_EQ(voices.speakerOfCue(2), 1);
    EXPECT_EQ(voices.speakerOfCue(3), -1); // unnamed
    EXPECT_EQ(voices.speakerOfCue(4), 0);
    EXPECT_EQ(voices.speakerOfCue(5), -1);
    EXPECT_EQ(voices.speakers().at(0).stretchCount, 2);
    EXPECT_EQ(voices.speakers().at(1).stretchCount, 1);
}

TEST(TranscriptVoicesTest, AnUnnamedLineSplitsAVoicesStretch)
{
    const TranscriptVoices voices(voicesDocument(
        {voiceCue(0, 1000, "Alice"), voiceCue(1000, 2000, ""), voiceCue(2000, 3000, "Alice")}));
    ASSERT_EQ(voices.stretches().size(), 2);
    EXPECT_EQ(voices.stretches().at(1).startMs, 2000);
}

TEST(TranscriptVoicesTest, SharesOfTheSpeechAndOfTheEpisode)
{
    const TranscriptVoices voices(voicesConversation(), 20000);
    EXPECT_EQ(voices.speechMs(), 10000);
    const SpeakerVoice& alice = voices.speakers().at(0);
    const SpeakerVoice& bob = voices.speakers().at(1);
    EXPECT_EQ(alice.spokenMs, 7000);
    EXPECT_EQ(bob.spokenMs, 2000);
    // The unnamed second counts in the speech: shares need not add up to one.
    EXPECT_DOUBLE_EQ(alice.shareOfSpeech, 0.7);
    EXPECT_DOUBLE_EQ(bob.shareOfSpeech, 0.2);
    EXPECT_DOUBLE_EQ(alice.shareOfEpisode, 0.35);
    EXPECT_DOUBLE_EQ(bob.shareOfEpisode, 0.1);

    const TranscriptVoices withoutDuration(voicesConversation());
    EXPECT_EQ(withoutDuration.speakers().at(0).shareOfEpisode, -1);
}

TEST(TranscriptVoicesTest, CueAtAPosition)
{
    const TranscriptVoices voices(voicesDocument(
        {voiceCue(1000, 2000, "A"), voiceCue(2000, 3000, "B"), voiceCue(4000, 5000, "A")}));
    EXPECT_EQ(voices.cueAt(0), -1);
    EXPECT_EQ(voices.cueAt(999), -1);
    EXPECT_EQ(voices.cueAt(1000), 0);
    EXPECT_EQ(voices.cueAt(1999), 0);
    EXPECT_EQ(voices.cueAt(2000), 1);  // ends are exclusive
    EXPECT_EQ(voices.cueAt(3500), -1); // a gap
    EXPECT_EQ(voices.cueStartedBy(3500), 1);
    EXPECT_EQ(voices.cueAt(4000), 2);
    EXPECT_EQ(voices.cueAt(5000), -1);
    EXPECT_EQ(voices.cueStartedBy(999999), 2);
    EXPECT_EQ(voices.cueStartedBy(999), -1);
}

TEST(TranscriptVoicesTest, CuesWithoutAnEndLastUntilTheNextOne)
{
    // SRT-like cues without ends (endMs == startMs); the last one runs to the episode's end.
    const TranscriptVoices voices(voicesDocument({voiceCue(0, 0, "A"), voiceCue(2500, 2500, "B")}),
                                  8000);
    EXPECT_EQ(voices.cueEndMs(0), 2500);
    EXPECT_EQ(voices.cueEndMs(1), 8000);
    EXPECT_EQ(voices.cueAt(2499), 0);
    EXPECT_EQ(voices.cueAt(7999), 1);
    EXPECT_EQ(voices.speakers().at(1).spokenMs, 5500);

    // Without the duration the last one has no length: nothing is made up.
    const TranscriptVoices open(voicesDocument({voiceCue(0, 0, "A"), voiceCue(2500, 2500, "B")}));
    EXPECT_EQ(open.cueEndMs(1), 2500);
    EXPECT_EQ(open.cueAt(3000), -1);
}

TEST(TranscriptVoicesTest, CuesOutOfOrderAreReadInTimeOrder)
{
    const TranscriptVoices voices(voicesDocument(
        {voiceCue(5000, 6000, "B"), voiceCue(0, 1000, "A"), voiceCue(1000, 2000, "A")}));
    EXPECT_EQ(voices.cueAt(500), 1);
    EXPECT_EQ(voices.cueAt(5500), 0);
    ASSERT_EQ(voices.stretches().size(), 2);
    EXPECT_EQ(voices.stretches().at(0).startMs, 0);
    EXPECT_EQ(voices.stretches().at(0).endMs, 2000);
    EXPECT_EQ(voices.speakers().at(0).name, QStringLiteral("A"));
}

TEST(TranscriptVoicesTest, NextAndPreviousTimeAVoiceStartsTalking)
{
    const TranscriptVoices voices(voicesConversation());
    const int alice = voices.speakerIndex(QStringLiteral("Alice Martin"));
    const int bob = voices.speakerIndex(QStringLiteral(" Bob "));
    ASSERT_EQ(alice, 0);
    ASSERT_EQ(bob, 1);
    EXPECT_EQ(voices.speakerIndex(QStringLiteral("Carol")), -1);

    EXPECT_EQ(voices.nextStart(alice, 0), std::optional<qint64>(6000));
    EXPECT_EQ(voices.nextStart(alice, 5999), std::optional<qint64>(6000));
    EXPECT_EQ(voices.nextStart(alice, 6000), std::nullopt);
    EXPECT_EQ(voices.nextStart(bob, 0), std::optional<qint64>(3000));
    EXPECT_EQ(voices.nextStart(bob, 3000), std::nullopt);

    // Back to the start of the stretch playing, unless it began less than 2 s ago.
    EXPECT_EQ(voices.previousStart(alice, 9000), std::optional<qint64>(6000));
    EXPECT_EQ(voices.previousStart(alice, 7000), std::optional<qint64>(0));
    EXPECT_EQ(voices.previousStart(alice, 1000), std::nullopt);
    EXPECT_EQ(voices.previousStart(bob, 9000), std::optional<qint64>(3000));
    EXPECT_EQ(voices.previousStart(bob, 9000, 0), std::optional<qint64>(3000));
    EXPECT_EQ(voices.previousStart(-1, 9000), std::nullopt);
    EXPECT_EQ(voices.nextStart(7, 0), std::nullopt);
}

TEST(TranscriptVoicesTest, UntimedAndEmptyTranscriptsHaveNoVoicesAndNoCurrentCue)
{
    TranscriptDocument html;
    html.format = TranscriptDocument::Format::Html;
    html.timed = false;
    html.cues = {voiceCue(0, 0, "Alice", "Bonjour"), voiceCue(0, 0, "Bob", "Salut")};
    const TranscriptVoices untimed(html);
    EXPECT_FALSE(untimed.isTimed());
    EXPECT_TRUE(untimed.speakers().isEmpty());
    EXPECT_EQ(untimed.cueAt(0), -1);
    EXPECT_EQ(untimed.cueStartedBy(0), -1);

    const TranscriptVoices empty(voicesDocument({}));
    EXPECT_EQ(empty.cueAt(0), -1);
    EXPECT_EQ(empty.nextStart(0, 0), std::nullopt);
    EXPECT_EQ(empty.cueEndMs(0), 0);
}

TEST(TranscriptVoicesTest, ManyCuesAreLookedUpByTime)
{
    // 4,000 cues of 2.5 s alternating between three voices.
    QList<TranscriptCue> cues;
    const char* names[] = {"A", "B", "C"};
    for (int i = 0; i < 4000; ++i)
        cues << voiceCue(i * 2500, (i + 1) * 2500, names[i % 3]);
    const TranscriptVoices voices(voicesDocument(cues));
    EXPECT_EQ(voices.stretches().size(), 4000);
    for (int i = 0; i < 4000; i += 97)
        EXPECT_EQ(voices.cueAt(i * 2500 + 1234), i);
    EXPECT_EQ(voices.nextStart(voices.speakerIndex(QStringLiteral("C")), 1000),
              std::optional<qint64>(5000));
}
