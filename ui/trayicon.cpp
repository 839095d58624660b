#include "trayicon.h"

#include "application.h"
#include "library/library.h"
#include "playback/player.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ondes {

TrayIcon::TrayIcon(Application& app, QWidget* window)
    : QObject(window), m_app(app), m_window(window), m_menu(new QMenu(window)),
      m_playPause(m_menu->addAction(tr("&Play"))), m_showHide(m_menu->addAction(tr("&Hide Ondes"))),
      m_quit(nullptr)
{
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    connect(m_playPause, &QAction::triggered, this, [this] { m_app.player().togglePlayPause(); });
    connect(m_showHide, &QAction::triggered, this, &TrayIcon::toggleWindow);
    connect(m_quit, &QAction::triggered, &m_app, &Application::requestQuit);
    connect(&m_app.player(), &Player::stateChanged, this, &TrayIcon::update);
    connect(&m_app.player(), &Player::currentEpisodeChanged, this, &TrayIcon::update);

    if (isAvailable()) {
        m_icon = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_icon->setContextMenu(m_menu);
        connect(m_icon, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        toggleWindow();
                    else if (reason == QSystemTrayIcon::MiddleClick)
                        m_app.player().togglePlayPause();
                });
        m_icon->show();
    }
    update();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

QString TrayIcon::toolTip() const
{
    Player& player = m_app.player();
    const qint64 episodeId = player.currentEpisode();
    const auto episode = episodeId != 0 ? m_app.library().episode(episodeId) : std::nullopt;
    if (!episode && !player.isPlayingStream())
        return tr("Ondes");
    return (player.isPlaying() ? tr("Playing: %1 — %2") : tr("Paused: %1 — %2"))
        .arg(episode ? episode->title : player.stream().title,
             episode ? episode->showTitle : player.stream().showTitle);
}

void TrayIcon::toggleWindow()
{
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    }
    update();
}

void TrayIcon::update()
{
    const bool playing = m_app.player().isPlaying();
    m_playPause->setText(playing ? tr("&Pause") : tr("&Play"));
    m_playPause->setEnabled(m_app.player().hasMedia());
    m_showHide->setText(m_window->isVisible() && !m_window->isMinimized() ? tr("&Hide Ondes")
                                                                          : tr("&Show Ondes"));
    if (m_icon)
        m_icon->setToolTip(toolTip());
}

} // namespace ondes
