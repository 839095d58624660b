// A host known from the show (source "show", feed/showhosts.h) is marked as such in the details
// pane and in the Edit speakers dialog, unlike one guessed from the description.

#include "episodedetailsview.h"
#include "speakersdialog.h"
#include "support/qtprinters.h"

#include <gtest/gtest.h>

namespace ondes {
namespace {

SpeakerRow speakerRow(qint64 id, const QString& name, const QString& source)
{
    SpeakerRow row;
    row.personId = id;
    row.name = name;
    row.role = QStringLiteral("host");
    row.kind = QStringLiteral("host");
    row.source = source;
    return row;
}

TEST(WhoHosts, TheDetailsPaneSaysAHostComesFromTheShow)
{
    EpisodeDetailsView details;
    details.showPeople(
        {speakerRow(1, QStringLiteral("Jeanne Morel"), QStringLiteral("show")),
         speakerRow(2, QStringLiteral("Karim Haddad"), QStringLiteral("description"))},
        {});
    const QString text = details.speakersText();
    EXPECT_TRUE(text.contains(QStringLiteral("Jeanne Morel — host (the show's host)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Karim Haddad — host (guessed)")))
        << text.toStdString();
    EXPECT_EQ(SpeakersDialog::sourceText(QStringLiteral("show")), QStringLiteral("the show"));
    EXPECT_EQ(SpeakersDialog::sourceText(QStringLiteral("description")), QStringLiteral("guessed"));
}

} // namespace
} // namespace ondes
