#include "libraryactions.h"

#include "addshowdialog.h"
#include "application.h"
#include "discoverdialog.h"
#include "discovery/directoryartwork.h"
#include "discovery/directorycache.h"
#include "discovery/directoryprovider.h"
#include "discovery/directorysearch.h"
#include "discovery/podcastindexdirectory.h"
#include "feed/opml.h"
#include "library/library.h"
#include "library/settings.h"
#include "personsearchdialog.h"
#include "secrets/secretstore.h"
#include "subscriptions/foldershows.h"
#include "subscriptions/refresher.h"
#include "subscriptions/subscriber.h"
#include "subscriptions/subscriptionlist.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>
#include <QStatusBar>
#include <QUrl>

namespace ondes {

LibraryActions::LibraryActions(Application& app, QWidget* window, QStatusBar* status)
    : QObject(window), m_app(app), m_window(window), m_status(status),
      m_addShow(new QAction(tr("&Add Show…"), this)),
      m_addFolder(new QAction(tr("Add &Local Folder…"), this)),
      m_discover(new QAction(tr("&Discover Shows…"), this)),
      m_refresh(new QAction(tr("&Refresh"), this)),
      m_import(new QAction(tr("&Import Subscriptions (OPML)…"), this)),
      m_export(new QAction(tr("&Export Subscriptions (OPML)…"), this))
{
    m_addShow->setShortcut(Qt::CTRL | Qt::Key_L);
    m_refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_addShow, &QAction::triggered, this, [this] { addShow(); });
    m_discover->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    connect(m_discover, &QAction::triggered, this, &LibraryActions::discover);
    connect(m_addFolder, &QAction::triggered, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            m_window, tr("Add a folder of audio files as a show"), QDir::homePath());
        if (!folder.isEmpty())
            addFolder(folder);
    });
    // Local folders are read again too: files may have come and gone.
    connect(m_refresh, &QAction::triggered, this, [this] {
        m_app.refresher().refreshAll();
        m_app.folderShows().rescanAll();
    });
    FolderShows& folders = m_app.folderShows();
    connect(&folders, &FolderShows::scanned, this, [this](qint64 showId, int added, int removed) {
        if (m_pendingFolder && added + removed >= 0) {
            m_pendingFolder = false;
            Q_EMIT showAdded(showId);
        }
    });
    connect(&folders, &FolderShows::failed, this, [this](const QString&, const QString& error) {
        m_pendingFolder = false;
        m_status->showMessage(error, 10000);
    });
    connect(m_import, &QAction::triggered, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(m_window, tr("Import subscriptions"), {},
                                         tr("OPML files (*.opml *.xml);;All files (*)"));
        if (!file.isEmpty())
            importOpml(file);
    });
    connect(m_export, &QAction::triggered, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(m_window, tr("Export subscriptions"),
                                         QStringLiteral("ondes.opml"), tr("OPML files (*.opml)"));
        if (!file.isEmpty())
            exportOpml(file);
    });

    Refresher& refresher = m_app.refresher();
    connect(&refresher, &Refresher::progress, this, [this](int done, int total) {
        m_status->showMessage(tr("Refreshing: %1 of %2 shows").arg(done).arg(total));
    });
    connect(&refresher, &Refresher::finished, this, [this](int failures) {
        m_status->showMessage(failures == 0
                                  ? tr("All shows are up to date.")
                                  : tr("%n show(s) could not be refreshed; their episodes are "
                                       "kept.",
                                       nullptr, failures),
                              failures == 0 ? 5000 : 0);
    });
}

void LibraryActions::addFolder(const QString& folder)
{
    m_pendingFolder = true;
    m_status->showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(folder)));
    m_app.folderShows().add(folder);
}

void LibraryActions::addTo(QMenu* menu)
{
    menu->addAction(m_addShow);
    menu->addAction(m_discover);
    menu->addAction(m_addFolder);
    menu->addAction(m_refresh);
    menu->addSeparator();
    menu->addAction(m_import);
    menu->addAction(m_export);
}

LibraryActions::~LibraryActions()
{
    // The search uses the cache to the end: it goes first (a child would go after the members).
    delete m_directorySearch;
    delete m_directoryCache;
    delete m_directoryArtwork;
}

DirectorySearch& LibraryActions::directorySearch()
{
    if (m_directorySearch)
        return *m_directorySearch;
    m_directoryCache = new DirectoryCache(m_app.paths().cacheDir() + QStringLiteral("/discovery"));
    m_directorySearch = new DirectorySearch(m_app.http(), m_directoryCache, this);
    const auto apply = [this] {
        m_directorySearch->setEnabled(DirectorySearch::enabledBySettings(
            m_app.settings(),
            m_directorySearch->provider(QStringLiteral("podcastindex"))->isUsable()));
    };
    apply();
    connect(&m_app, &Application::settingsChanged, this, [this, apply] {
        // The key may have changed with the settings: read it again.
        m_directorySearch->setPodcastIndexCredentials({}, {});
        apply();
        readDirectoryKey(apply);
    });
    readDirectoryKey(apply);
    return *m_directorySearch;
}

void LibraryActions::readDirectoryKey(const std::function<void()>& then)
{
    // The keyring is asked only when Podcast Index is switched on.
    if (!m_app.settings().discoveryProviderEnabled(QStringLiteral("podcastindex")))
        return;
    auto* secrets = new SecretStore(this);
    secrets->read(PodcastIndexDirectory::keyName(), this,
                  [this, secrets, then](const SecretResult& key) {
                      secrets->read(PodcastIndexDirectory::secretName(), this,
                                    [this, secrets, then, key](const SecretResult& secret) {
                                        secrets->deleteLater();
                                        if (key.ok() && secret.ok()) {
                                            m_directorySearch->setPodcastIndexCredentials(
                                                key.secret, secret.secret);
                                            then();
                                        }
                                    });
                  });
}

DirectoryArtwork& LibraryActions::directoryArtwork()
{
    if (!m_directoryArtwork)
        m_directoryArtwork =
            new DirectoryArtwork(m_app.paths().cacheDir() + QStringLiteral("/directory-art"));
    return *m_directoryArtwork;
}

void LibraryActions::findPerson(const QString& person)
{
    auto* dialog = new PersonSearchDialog(directorySearch(), m_app.http(), m_app.subscriber(),
                                          person, m_window);
    dialog->setArtwork(&directoryArtwork());
    dialog->setPlayer(&m_app.player());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LibraryActions::discover()
{
    auto* dialog = new DiscoverDialog(directorySearch(), m_app.http(), m_app.subscriber(),
                                      m_app.settings().discoveryCountry(), m_window);
    dialog->setArtwork(&directoryArtwork());
    dialog->setPlayer(&m_app.player());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DiscoverDialog::showAdded, this, &LibraryActions::showAdded);
    dialog->open();
}

void LibraryActions::addShow(const QString& address)
{
    auto* dialog = new AddShowDialog(m_app.subscriber(), m_window);
    const QString country = m_app.settings().discoveryCountry();
    dialog->setDirectorySearch(&directorySearch(), &m_app.http(),
                               country.isEmpty() ? DirectorySearch::systemCountry() : country);
    dialog->setArtwork(&directoryArtwork());
    dialog->setPlayer(&m_app.player());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddress(address);
    if (!address.isEmpty())
        dialog->start();
    connect(dialog, &AddShowDialog::showAdded, this, &LibraryActions::showAdded);
    dialog->open();
}

void LibraryActions::open(const QString& argument)
{
    const QUrl url(argument);
    const bool isFile =
        url.isLocalFile() || (url.scheme().isEmpty() && QFileInfo::exists(argument));
    if (!isFile) {
        addShow(argument);
        return;
    }
    const QString path = url.isLocalFile() ? url.toLocalFile() : argument;
    if (QFileInfo(path).isDir()) {
        addFolder(path);
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("opml")) {
        importOpml(path);
        return;
    }
    Subscriber& subscriber = m_app.subscriber();
    const int request = subscriber.importFile(path);
    auto* context = new QObject(this);
    connect(&subscriber, &Subscriber::subscribed, context,
            [this, request, context](int done, qint64 showId, int) {
                if (done != request)
                    return;
                context->deleteLater();
                Q_EMIT showAdded(showId);
            });
    connect(&subscriber, &Subscriber::failed, context,
            [this, request, context](int done, const QString& error) {
                if (done != request)
                    return;
                context->deleteLater();
                m_status->showMessage(error);
            });
}

void LibraryActions::importOpml(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->showMessage(tr("Cannot read %1: %2").arg(fileName, file.errorString()));
        return;
    }
    const OpmlParseResult parsed = Opml::parse(file.read(Opml::maxBytes + 1));
    if (!parsed.ok()) {
        m_status->showMessage(tr("%1 cannot be imported: %2").arg(fileName, parsed.error));
        return;
    }
    const QList<qint64> ids = SubscriptionList::importInto(m_app.library(), *parsed.document);
    m_status->showMessage(tr("Imported %n show(s).", nullptr, int(ids.size())));
    m_app.refresher().refresh(ids);
}

void LibraryActions::exportOpml(const QString& fileName)
{
    const OpmlDocument document = SubscriptionList::exportFrom(m_app.library());
    QSaveFile out(fileName);
    const QByteArray bytes = Opml::write(document);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        m_status->showMessage(tr("Cannot write %1: %2").arg(fileName, out.errorString()));
        return;
    }
    m_status->showMessage(tr("Exported %n show(s).", nullptr, int(document.outlines.size())), 5000);
}

} // namespace ondes
