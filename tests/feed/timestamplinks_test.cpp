#include "feed/timestamplinks.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

using namespace ondes;

namespace {

// "text@seconds" for each timestamp found, to compare in one line.
QStringList found(const char* text)
{
    const QString s = QString::fromUtf8(text);
    QStringList result;
    for (const TimestampMatch& match : TimestampLinks::find(s))
        result.append(s.mid(match.position, match.length) + QLatin1Char('@') +
                      QString::number(match.seconds));
    return result;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList result;
    for (const char* item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

TEST(TimestampLinksTest, FindsTheUsualForms)
{
    EXPECT_EQ(found("12:34 Intro"), list({"12:34@754"}));
    EXPECT_EQ(found("1:02:03 — la suite"), list({"1:02:03@3723"}));
    EXPECT_EQ(found("(05:10) Questions"), list({"05:10@310"}));
    EXPECT_EQ(found("[00:00:00] début, [01:15:30] fin"), list({"00:00:00@0", "01:15:30@4530"}));
    EXPECT_EQ(found("On en parle à 3:45, puis à 12:00."), list({"3:45@225", "12:00@720"}));
    EXPECT_EQ(found("at 3:45 we talk about cats"), list({"3:45@225"}));
    EXPECT_EQ(found("0:42"), list({"0:42@42"}));
    EXPECT_EQ(found("Long show, 125:30 in"), list({"125:30@7530"}));
    EXPECT_EQ(found("00:12:34.500 chapitre"), list({"00:12:34.500@754"}));
    EXPECT_EQ(found("10:00-Intro"), list({"10:00@600"}));
}

TEST(TimestampLinksTest, IgnoresWhatIsNotATimestamp)
{
    EXPECT_TRUE(found("Rendez-vous à 18h00, ou 18h30").isEmpty());
    EXPECT_TRUE(found("Score final 3-2, match du 12/03, version 1.2.3").isEmpty());
    EXPECT_TRUE(found("1:62:03 et 1:02:60 et 12:345").isEmpty()); // minutes/seconds > 59
    EXPECT_TRUE(found("format 16:9 ou 4:3").isEmpty());
    EXPECT_TRUE(found("1:02:03:04 and 12:34:5").isEmpty());
    EXPECT_TRUE(found("abc12:34 12:34abc x_12:34").isEmpty());
    EXPECT_TRUE(found("ratio 1,12:30 2.12:30 10-12:30").isEmpty());
    EXPECT_TRUE(found("12:34/56 12:34.5.6").isEmpty());
}

TEST(TimestampLinksTest, TimesOfDayAreNotLinked)
{
    EXPECT_TRUE(found("En direct à 18:30 CET").isEmpty());
    EXPECT_TRUE(found("Live at 7:30 pm, or 7:30pm, or 7:30 p.m.").isEmpty());
    EXPECT_TRUE(found("Début à 20:00 heures").isEmpty());
    EXPECT_TRUE(found("le 12:30").isEmpty());
    EXPECT_TRUE(found("Rendez-vous lundi à 18:30 !").isEmpty());
    EXPECT_TRUE(found("Le direct du 12/03 à 20:00").isEmpty());
    EXPECT_TRUE(found("Concert le 14 juillet à 21:00").isEmpty());
    EXPECT_TRUE(found("Join us tonight at 9:00").isEmpty());
    EXPECT_TRUE(found("Open until 11:00").isEmpty());
    // A weekday in an earlier sentence does not count.
    EXPECT_EQ(found("Enregistré lundi. À 12:30, on parle de vélo."), list({"12:30@750"}));
}

TEST(TimestampLinksTest, SeekUrls)
{
    EXPECT_EQ(TimestampLinks::seekUrl(754), QStringLiteral("seek:754"));
    EXPECT_EQ(TimestampLinks::seconds(QStringLiteral("seek:754")), 754);
    EXPECT_FALSE(TimestampLinks::seconds(QStringLiteral("seek:-3")));
    EXPECT_FALSE(TimestampLinks::seconds(QStringLiteral("seek:abc")));
    EXPECT_FALSE(TimestampLinks::seconds(QStringLiteral("https://example.org")));
}

TEST(TimestampLinksTest, LinkifiesPlainTextAndHtml)
{
    EXPECT_EQ(TimestampLinks::linkify(QStringLiteral("12:34 Intro & <suite>"), false),
              QStringLiteral("<p><a href=\"seek:754\">12:34</a> Intro &amp; &lt;suite&gt;</p>"));
    EXPECT_EQ(
        TimestampLinks::linkify(QStringLiteral("Ligne 1\n(05:10) ligne 2\n\nParagraphe"), false),
        QStringLiteral(
            "<p>Ligne 1<br>(<a href=\"seek:310\">05:10</a>) ligne 2</p><p>Paragraphe</p>"));
    // In HTML: text nodes only; not inside links nor attribute values.
    EXPECT_EQ(
        TimestampLinks::linkify(QStringLiteral("<p title=\"12:34\">À <b>1:02:03</b>, voir "
                                               "<a href=\"https://e.org/t=12:34\">12:34</a></p>"),
                                true),
        QStringLiteral("<p>À <b><a href=\"seek:3723\">1:02:03</a></b>, voir "
                       "<a href=\"https://e.org/t=12:34\">12:34</a></p>"));
}
