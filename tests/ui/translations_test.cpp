#include "application.h"
#include "episodeactions.h"
#include "library/episodelistmodel.h"
#include "library/settings.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "settingsdialog.h"
#include "shortcutswindow.h"
#include "subscriptions/subscriber.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "support/testhttpserver.h"
#include "translations.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace ondes {
namespace {

QStringList menuTitles(const MainWindow& window)
{
    QStringList titles;
    for (const QAction* action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList headers(const QTreeView& view)
{
    QStringList titles;
    const QAbstractItemModel* model = view.model();
    for (int column = 0; column < model->columnCount(); ++column)
        titles << model->headerData(column, Qt::Horizontal).toString();
    return titles;
}

QString episodes(int count)
{
    return QCoreApplication::translate("ondes::PeopleListModel", "%n episode(s)", nullptr, count);
}

QString showsNotRefreshed(int count)
{
    return QCoreApplication::translate(
        "ondes::LibraryActions",
        "%n show(s) could not be refreshed; their episodes are kept.",
        nullptr, count);
}

class TranslationsTest : public ::testing::Test
{
protected:
    // The window is built after the language is chosen, as main() does.
    std::unique_ptr<MainWindow> openWindow(const QString& language)
    {
        EXPECT_EQ(Translations::install(*qApp, language), language);
        EXPECT_TRUE(m_app.start()) << m_app.errorString().toStdString();
        return std::make_unique<MainWindow>(m_app);
    }
    void TearDown() override
    {
        m_app.player().stop();
        // Back to the system's language and locale for whatever runs next in this process.
        Translations::install(*qApp, {});
    }

    // What Subscriber says when subscribing to address fails.
    QString subscribeError(const QString& address)
    {
        QSignalSpy failed(&m_app.subscriber(), &Subscriber::failed);
        m_app.subscriber().subscribe(address);
        if (!failed.wait(10000))
            return QStringLiteral("(no failure reported)");
        return failed.first().at(1).toString();
    }

    test::TestDataDir m_dir;
    Application m_app{m_dir.paths()};
};

TEST_F(TranslationsTest, FrenchMenusHeadersAndPlurals)
{
    const auto window = openWindow(QStringLiteral("fr"));
    const QStringList menus = menuTitles(*window);
    EXPECT_TRUE(menus.contains(QStringLiteral("&Fichier"))) << menus.join(u'|').toStdString();
    EXPECT_TRUE(menus.contains(QStringLiteral("&Lecture"))) << menus.join(u'|').toStdString();
    const QStringList columns = headers(*window->episodeView());
    for (const QString& title :
         {QStringLiteral("Titre"), QStringLiteral("Date"), QStringLiteral("Durée")})
        EXPECT_TRUE(columns.contains(title)) << columns.join(u'|').toStdString();
    EXPECT_EQ(episodes(1), QStringLiteral("1 épisode"));
    EXPECT_EQ(episodes(2), QStringLiteral("2 épisodes"));
    // French counts zero as singular.
    EXPECT_EQ(episodes(0), QStringLiteral("0 épisode"));
    EXPECT_EQ(QLocale().language(), QLocale::French);
}

TEST_F(TranslationsTest, EnglishKeepsTheSourceStrings)
{
    const auto window = openWindow(QStringLiteral("en"));
    const QStringList menus = menuTitles(*window);
    EXPECT_TRUE(menus.contains(QStringLiteral("&File"))) << menus.join(u'|').toStdString();
    const QStringList columns = headers(*window->episodeView());
    EXPECT_TRUE(columns.contains(QStringLiteral("Title"))) << columns.join(u'|').toStdString();
    EXPECT_TRUE(columns.contains(QStringLiteral("Duration"))) << columns.join(u'|').toStdString();
    EXPECT_EQ(episodes(2), QStringLiteral("2 episodes"));
}

// Qt's own strings come from Debian's qtbase_fr.qm: the standard buttons, and the key names in
// the shortcuts window and the menus.
TEST_F(TranslationsTest, FrenchHasQtsButtonsAndKeyNames)
{
    const auto window = openWindow(QStringLiteral("fr"));
    SettingsDialog* settings = window->openSettings();
    const QString cancel = settings->buttons()->button(QDialogButtonBox::Cancel)->text();
    EXPECT_EQ(QString(cancel).remove(u'&'), QStringLiteral("Annuler"));
    settings->close();
    ShortcutsWindow* shortcuts = window->openShortcutsWindow();
    EXPECT_EQ(shortcuts->keysShown(QStringLiteral("playback.playPause")), QStringLiteral("Espace"));
    EXPECT_TRUE(shortcuts->keysShown(QStringLiteral("playback.skipBack"))
                    .contains(QStringLiteral("Gauche")))
        << shortcuts->keysShown(QStringLiteral("playback.skipBack")).toStdString();
    EXPECT_EQ(QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
              QStringLiteral("Retour"));
    shortcuts->close();
}

TEST_F(TranslationsTest, EnglishPluralsAreProper)
{
    const auto window = openWindow(QStringLiteral("en"));
    EXPECT_EQ(episodes(1), QStringLiteral("1 episode"));
    EXPECT_EQ(episodes(2), QStringLiteral("2 episodes"));
    EXPECT_EQ(episodes(0), QStringLiteral("0 episodes"));
    EXPECT_TRUE(showsNotRefreshed(1).startsWith(QStringLiteral("1 show could not be refreshed")))
        << showsNotRefreshed(1).toStdString();
    EXPECT_TRUE(showsNotRefreshed(3).startsWith(QStringLiteral("3 shows could not be refreshed")))
        << showsNotRefreshed(3).toStdString();
}

TEST_F(TranslationsTest, FrenchPluralsAreProper)
{
    const auto window = openWindow(QStringLiteral("fr"));
    EXPECT_TRUE(showsNotRefreshed(1).startsWith(QStringLiteral("1 émission n'a pas pu")))
        << showsNotRefreshed(1).toStdString();
    EXPECT_TRUE(showsNotRefreshed(2).startsWith(QStringLiteral("2 émissions n'ont pas pu")))
        << showsNotRefreshed(2).toStdString();
}

// Queuing what is already queued says so, instead of "0 episodes added".
TEST_F(TranslationsTest, QueuingAgainSaysTheEpisodeIsAlreadyQueued)
{
    const auto window = openWindow(QStringLiteral("en"));
    const qint64 episodeId = window->episodeView()
                                 ->model()
                                 ->index(0, 0)
                                 .data(EpisodeListModel::EpisodeIdRole)
                                 .toLongLong();
    ASSERT_GT(episodeId, 0);
    EXPECT_EQ(window->episodeActions()->enqueue({episodeId}), 1);
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("1 episode added to the queue."));
    EXPECT_EQ(window->episodeActions()->enqueue({episodeId}), 0);
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("1 episode was already in the queue; nothing was added."));
    Translations::install(*qApp, QStringLiteral("fr"));
    EXPECT_EQ(window->episodeActions()->enqueue({episodeId}), 0);
    EXPECT_EQ(window->statusBar()->currentMessage(),
              QStringLiteral("1 épisode était déjà dans la file d’attente\u00a0; rien n’a "
                             "été ajouté."));
}

// Errors from the network, the feed parser and the address check read in French from end to end.
TEST_F(TranslationsTest, FrenchErrorsAreFrenchThroughout)
{
    const auto window = openWindow(QStringLiteral("fr"));
    test::TestHttpServer server;
    server.setRoute(QStringLiteral("/missing.xml"), test::Route::error(404));
    const QString missing = server.url(QStringLiteral("/missing.xml")).toDisplayString();
    EXPECT_EQ(
        subscribeError(missing),
        QStringLiteral("Impossible de télécharger %1\u00a0: introuvable (HTTP 404)").arg(missing));
    server.setRoute(QStringLiteral("/broken.xml"),
                    test::Route::text("<?xml version=\"1.0\"?><rss><channel><title>Cut",
                                      "application/rss+xml"));
    const QString broken = subscribeError(server.url(QStringLiteral("/broken.xml")).toString());
    EXPECT_TRUE(broken.contains(QStringLiteral(" n’est pas un flux de podcast\u00a0: ce n’est pas "
                                               "un flux\u00a0: le document est tronqué")))
        << broken.toStdString();
    EXPECT_EQ(subscribeError(QStringLiteral("pas une adresse")),
              QStringLiteral("pas une adresse n’est pas une adresse web"));
    EXPECT_EQ(
        subscribeError(QStringLiteral("ftp://example.invalid/feed")),
        QStringLiteral("les adresses ftp ne sont pas prises en charge (seulement http et https)"));
}

TEST(TranslationsInstall, SwitchingBackRemovesTheFrenchTranslator)
{
    Translations::install(*qApp, QStringLiteral("fr"));
    EXPECT_EQ(episodes(2), QStringLiteral("2 épisodes"));
    Translations::install(*qApp, QStringLiteral("en"));
    EXPECT_TRUE(episodes(2).startsWith(QStringLiteral("2 episode")));
    Translations::install(*qApp, {});
}

TEST(TranslationsInstall, AnUnknownLanguageFollowsTheSystem)
{
    const QString system = Translations::install(*qApp, {});
    EXPECT_EQ(Translations::install(*qApp, QStringLiteral("tlh")), system);
    Translations::install(*qApp, {});
}

TEST(TranslationsInstall, TheSessionVariableBeatsTheSetting)
{
    qputenv("ONDES_LANGUAGE", "fr");
    EXPECT_EQ(Translations::preferred(QStringLiteral("en")), QStringLiteral("fr"));
    qunsetenv("ONDES_LANGUAGE");
    EXPECT_EQ(Translations::preferred(QStringLiteral("en")), QStringLiteral("en"));
}

TEST(TranslationsInstall, TheLanguageSettingIsKept)
{
    test::TestDataDir dir;
    {
        Settings settings(dir.paths().settingsPath());
        EXPECT_EQ(settings.language(), QString());
        settings.setLanguage(QStringLiteral("fr"));
    }
    EXPECT_EQ(Settings(dir.paths().settingsPath()).language(), QStringLiteral("fr"));
}

// Every message of a shipped .ts is translated: no empty, unfinished or obsolete entry, and
// numerus messages have both forms (French's and English's both have two).
void expectEveryMessageTranslated(const QString& fileName, int atLeast)
{
    QFile file(QStringLiteral(ONDES_SOURCE_DIR "/translations/") + fileName);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString context;
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            ++messages;
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const std::string where =
                QString(context + QStringLiteral(": ") + source).toStdString();
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            EXPECT_NE(type, u"unfinished") << where;
            EXPECT_NE(type, u"obsolete") << where;
            EXPECT_NE(type, u"vanished") << where;
            if (!numerus) {
                EXPECT_FALSE(xml.readElementText().trimmed().isEmpty()) << where;
                continue;
            }
            QStringList forms;
            while (xml.readNextStartElement()) {
                EXPECT_EQ(xml.name(), u"numerusform") << where;
                forms << xml.readElementText();
            }
            ASSERT_EQ(forms.size(), 2) << where;
            for (const QString& form : forms) {
                EXPECT_FALSE(form.trimmed().isEmpty()) << where;
                EXPECT_TRUE(form.contains(QStringLiteral("%n"))) << where;
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, atLeast) << fileName.toStdString();
}

TEST(TranslationFiles, EveryFrenchMessageIsTranslated)
{
    expectEveryMessageTranslated(QStringLiteral("ondes_fr.ts"), 100);
}

// English is the source language: its file holds the plural forms only.
TEST(TranslationFiles, EveryEnglishPluralIsTranslated)
{
    expectEveryMessageTranslated(QStringLiteral("ondes_en.ts"), 15);
}

} // namespace
} // namespace ondes
