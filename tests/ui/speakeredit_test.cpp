// Correcting who speaks from the window: the details pane's "Edit speakers…" dialog removes,
// adds and re-roles speakers, the People view merges two people; both views follow.

#include "episodedetailsview.h"
#include "library/library.h"
#include "library/peoplelistmodel.h"
#include "peopleactions.h"
#include "speakersdialog.h"
#include "support/qtprinters.h"
#include "ui/demowindowfixture.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableWidget>

namespace ondes {
namespace {

class SpeakerEditTest : public test::DemoWindowFixture
{
protected:
    // The episode count the People view shows for name, or -1 when it does not list them.
    int listedCount(const QString& name) const
    {
        const QAbstractItemModel* model = m_window->peopleView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(PeopleListModel::NameRole).toString() == name)
                return index.data(PeopleListModel::EpisodeCountRole).toInt();
        }
        return -1;
    }
    QModelIndex listed(const QString& name) const
    {
        const QAbstractItemModel* model = m_window->peopleView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PeopleListModel::NameRole).toString() == name)
                return model->index(row, 0);
        }
        return {};
    }
    int dialogRow(const SpeakersDialog& dialog, const QString& name) const
    {
        for (int row = 0; row < dialog.table()->rowCount(); ++row) {
            if (dialog.table()->item(row, SpeakersDialog::NameColumn)->text() == name)
                return row;
        }
        return -1;
    }
};

TEST_F(SpeakerEditTest, TheDetailsPaneCorrectsSpeakersAndThePeopleViewFollows)
{
    Library& library = m_app.library();
    const auto nadia = library.findPerson(QStringLiteral("Nadia Benali"));
    ASSERT_TRUE(nadia);
    // The People tab, listing Nadia's episodes; the newest is the one whose speakers were
    // guessed from its description.
    m_window->selectPerson(nadia->id);
    QTreeView* episodes = m_window->episodeView();
    episodes->setCurrentIndex(episodes->model()->index(0, 0));
    EpisodeDetailsView* details = m_window->detailsView();
    ASSERT_EQ(details->titleText(),
              QStringLiteral("Conseiller à distance : le métier a-t-il changé ?"));
    EXPECT_TRUE(details->speakersText().contains(QStringLiteral("Thomas Lefèvre")));
    EXPECT_TRUE(details->speakersText().contains(QStringLiteral("(guessed)")))
        << details->speakersText().toStdString();
    EXPECT_EQ(listedCount(QStringLiteral("Thomas Lefèvre")), 2);

    // "Edit speakers…" in the details pane opens the dialog for this episode.
    auto* speakersLabel = details->findChild<QLabel*>();
    for (auto* label : details->findChildren<QLabel*>()) {
        if (label->accessibleName() == QStringLiteral("Speakers"))
            speakersLabel = label;
    }
    ASSERT_TRUE(speakersLabel->text().contains(QStringLiteral("edit:speakers")));
    Q_EMIT speakersLabel->linkActivated(QStringLiteral("edit:speakers"));
    SpeakersDialog* dialog = m_window->peopleActions()->speakersDialog();
    ASSERT_TRUE(dialog);
    EXPECT_EQ(dialog->episodeId(), details->episodeId());
    EXPECT_EQ(dialog->table()->rowCount(), 2);

    // Remove Thomas.
    const int thomasRow = dialogRow(*dialog, QStringLiteral("Thomas Lefèvre"));
    ASSERT_GE(thomasRow, 0);
    dialog->table()->setCurrentCell(thomasRow, SpeakersDialog::NameColumn);
    QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
    EXPECT_FALSE(details->speakersText().contains(QStringLiteral("Thomas Lefèvre")))
        << details->speakersText().toStdString();
    EXPECT_EQ(listedCount(QStringLiteral("Thomas Lefèvre")), 1);
    EXPECT_EQ(dialog->table()->rowCount(), 1);

    // Add Zoé, with a role.
    dialog->nameField()->setText(QStringLiteral("Zoé Arnaud"));
    dialog->roleField()->setText(QStringLiteral("chroniqueuse"));
    QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
    EXPECT_TRUE(
        details->speakersText().contains(QStringLiteral("Zoé Arnaud — chroniqueuse (yours)")))
        << details->speakersText().toStdString();
    EXPECT_EQ(listedCount(QStringLiteral("Zoé Arnaud")), 1);
    EXPECT_TRUE(dialog->nameField()->text().isEmpty());
    const int zoeRow = dialogRow(*dialog, QStringLiteral("Zoé Arnaud"));
    ASSERT_GE(zoeRow, 0);
    EXPECT_EQ(dialog->table()->item(zoeRow, SpeakersDialog::KindColumn)->text(),
              QStringLiteral("columnist"));

    // An empty name is refused with a reason.
    EXPECT_FALSE(dialog->addFromFields());
    EXPECT_FALSE(dialog->errorText().isEmpty());

    // Change Nadia's role.
    const int nadiaRow = dialogRow(*dialog, QStringLiteral("Nadia Benali"));
    ASSERT_GE(nadiaRow, 0);
    dialog->table()
        ->item(nadiaRow, SpeakersDialog::RoleColumn)
        ->setText(QStringLiteral("politiste"));
    EXPECT_TRUE(
        details->speakersText().contains(QStringLiteral("Nadia Benali — politiste (yours)")))
        << details->speakersText().toStdString();
    dialog->close();

    // Merge Zoé into Nadia from the People view.
    QListView* people = m_window->peopleView();
    const QModelIndex zoe = listed(QStringLiteral("Zoé Arnaud"));
    ASSERT_TRUE(zoe.isValid());
    people->selectionModel()->select(zoe, QItemSelectionModel::ClearAndSelect);
    people->selectionModel()->setCurrentIndex(listed(QStringLiteral("Nadia Benali")),
                                              QItemSelectionModel::Select);
    QAction* merge = m_window->peopleActions()->mergeAction();
    ASSERT_TRUE(merge->isEnabled());
    EXPECT_EQ(merge->text(), QStringLiteral("&Merge into “Nadia Benali”"));
    merge->trigger();
    EXPECT_EQ(listedCount(QStringLiteral("Zoé Arnaud")), -1);
    EXPECT_EQ(listedCount(QStringLiteral("Nadia Benali")), 2);
    EXPECT_FALSE(details->speakersText().contains(QStringLiteral("Zoé Arnaud")))
        << details->speakersText().toStdString();
    EXPECT_TRUE(details->speakersText().contains(QStringLiteral("Nadia Benali")));
}

TEST_F(SpeakerEditTest, CreditsHaveTheirOwnHeadingAndAreNotPeople)
{
    ParsedFeed feed;
    feed.title = QStringLiteral("Radio");
    ParsedEpisode episode;
    episode.guid = QStringLiteral("c1");
    episode.title = QStringLiteral("Crédits");
    episode.published = 1900000000;
    episode.description = Utf8Text::fromString(
        QStringLiteral("Présentation : Claire Dubois. Réalisation : Paul Martin."));
    feed.episodes << episode;
    const auto stored =
        m_app.library().storeFeed(QStringLiteral("https://example.org/r"), ShowKind::Feed, feed);
    ASSERT_TRUE(stored);
    m_window->selectShow(stored->showId);
    QTreeView* episodes = m_window->episodeView();
    episodes->setCurrentIndex(episodes->model()->index(0, 0));
    EpisodeDetailsView* details = m_window->detailsView();
    ASSERT_EQ(details->titleText(), QStringLiteral("Crédits"));
    EXPECT_TRUE(details->creditsText().startsWith(QStringLiteral("Credits")))
        << details->creditsText().toStdString();
    EXPECT_TRUE(details->creditsText().contains(QStringLiteral("Paul Martin")));
    EXPECT_FALSE(details->speakersText().contains(QStringLiteral("Paul Martin")));
    EXPECT_FALSE(m_app.library().findPerson(QStringLiteral("Paul Martin")));
}

} // namespace
} // namespace ondes
