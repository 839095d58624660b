#include "desktop/mpris.h"

#include "desktop/mprisplayer.h"
#include "desktop/mprisroot.h"

#include <QCoreApplication>
#include <QDBusConnectionInterface>
#include <QLoggingCategory>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcPlayback)

namespace {
const QString kServiceName = QStringLiteral("org.mpris.MediaPlayer2.ondes");
} // namespace

Mpris::Mpris(Player& player, PlayQueue& queue, Library& library, QObject* parent)
    : QObject(parent), m_root(new MprisRoot(this)),
      m_player(new MprisPlayer(this, player, queue, library)),
      m_connection(QStringLiteral("ondes-no-bus"))
{}

Mpris::~Mpris()
{
    if (isRegistered()) {
        m_connection.unregisterObject(MprisPlayer::objectPath());
        m_connection.unregisterService(m_serviceName);
    }
}

bool Mpris::registerOn(const QDBusConnection& connection)
{
    if (isRegistered())
        return true;
    if (!connection.isConnected()) {
        static bool logged = false;
        if (!logged) {
            qCInfo(lcPlayback) << "no session bus: MPRIS is off"
                               << connection.lastError().message();
            logged = true;
        }
        return false;
    }
    m_connection = connection;
    if (!m_connection.registerObject(MprisPlayer::objectPath(), this,
                                     QDBusConnection::ExportAdaptors)) {
        qCWarning(lcPlayback) << "cannot register the MPRIS object"
                              << m_connection.lastError().message();
        return false;
    }
    QString name = kServiceName;
    if (!m_connection.registerService(name)) {
        name = kServiceName + QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid());
        if (!m_connection.registerService(name)) {
            qCWarning(lcPlayback) << "cannot register" << name
                                  << m_connection.lastError().message();
            m_connection.unregisterObject(MprisPlayer::objectPath());
            return false;
        }
    }
    m_serviceName = name;
    qCInfo(lcPlayback) << "MPRIS on the session bus as" << name;
    return true;
}

} // namespace ondes
