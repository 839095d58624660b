#include "desktop/sleepinhibitor.h"

#include "playback/player.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

namespace {
const QString kScreenSaverService = QStringLiteral("org.freedesktop.ScreenSaver");
const QString kScreenSaverPath = QStringLiteral("/org/freedesktop/ScreenSaver");
} // namespace

SleepInhibitor::SleepInhibitor(Player& player, const QDBusConnection& connection, QObject* parent)
    : QObject(parent), m_player(player), m_connection(connection)
{
    connect(&m_player, &Player::stateChanged, this, &SleepInhibitor::update);
    update();
}

SleepInhibitor::~SleepInhibitor()
{
    m_wanted = false;
    release();
}

void SleepInhibitor::update()
{
    m_wanted = m_player.state() == Player::State::Playing;
    if (m_wanted && !m_cookie && !m_pending)
        inhibit();
    else if (!m_wanted && m_cookie)
        release();
}

void SleepInhibitor::inhibit()
{
    if (!m_available || !m_connection.isConnected())
        return;
    // Asynchronous: a missing or slow service must never hold the player up.
    QDBusMessage call = QDBusMessage::createMethodCall(
        kScreenSaverService, kScreenSaverPath, kScreenSaverService, QStringLiteral("Inhibit"));
    call << QStringLiteral("Ondes") << tr("Playing an episode");
    m_pending = true;
    auto* watcher = new QDBusPendingCallWatcher(m_connection.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher* call) {
                call->deleteLater();
                m_pending = false;
                const QDBusPendingReply<uint> reply = *call;
                if (reply.isError()) {
                    // No screensaver service on this session: stop asking.
                    m_available = false;
                    qCDebug(lcPlayback) << "cannot inhibit sleep:" << reply.error().message();
                    return;
                }
                m_cookie = reply.value();
                qCDebug(lcPlayback) << "sleep inhibited, cookie" << m_cookie;
                Q_EMIT inhibitedChanged(true);
                if (!m_wanted)
                    release();
            });
}

void SleepInhibitor::release()
{
    if (!m_cookie)
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(
        kScreenSaverService, kScreenSaverPath, kScreenSaverService, QStringLiteral("UnInhibit"));
    call << m_cookie;
    m_connection.send(call);
    m_cookie = 0;
    Q_EMIT inhibitedChanged(false);
}

} // namespace ondes
