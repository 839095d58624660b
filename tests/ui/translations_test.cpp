#include "application.h"
#include "library/episodelistmodel.h"
#include "library/settings.h"
#include "mainwindow.h"
#include "playback/player.h"
#include "support/qtprinters.h"
#include "support/testdatadir.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
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
    EXPECT_TRUE(episodes(2).startsWith(QStringLiteral("2 episode"))) << episodes(2).toStdString();
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

// Every message of every shipped .ts is translated: no empty, unfinished or obsolete entry, and
// numerus messages have both of French's forms.
TEST(TranslationFiles, EveryMessageIsTranslated)
{
    QFile file(QStringLiteral(ONDES_SOURCE_DIR "/translations/ondes_fr.ts"));
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
    EXPECT_GT(messages, 100);
}

} // namespace
} // namespace ondes
