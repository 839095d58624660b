#include "desktop/singleinstance.h"

#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QLoggingCategory>

namespace ondes {

Q_LOGGING_CATEGORY(lcInstance, "ondes.instance")

namespace {
const QString kInstancePath = QStringLiteral("/org/ondes/Ondes");
const QString kInterface = QStringLiteral("org.ondes.Ondes");
} // namespace

SingleInstance::SingleInstance(const QString& dataRoot, QObject* parent)
    : QObject(parent), m_service(serviceName(dataRoot))
{}

SingleInstance::~SingleInstance()
{
    if (m_registered) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(kInstancePath);
        bus.unregisterService(m_service);
    }
}

QString SingleInstance::serviceName(const QString& dataRoot)
{
    if (dataRoot.isEmpty())
        return QStringLiteral("org.ondes.Ondes");
    // Each data folder is its own library, with its own window.
    const QByteArray hash =
        QCryptographicHash::hash(QDir(dataRoot).absolutePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(16);
    return QStringLiteral("org.ondes.Ondes.Folder_") + QString::fromLatin1(hash);
}

bool SingleInstance::forwardToRunning(const QStringList& arguments) const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()->isServiceRegistered(m_service))
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(m_service, kInstancePath, kInterface,
                                                       QStringLiteral("Activate"));
    call << arguments;
    const QDBusMessage reply = bus.call(call, QDBus::Block, 5000);
    if (reply.type() == QDBusMessage::ErrorMessage) {
        qCWarning(lcInstance) << "the running instance did not answer:" << reply.errorMessage();
        return false;
    }
    return true;
}

bool SingleInstance::registerInstance()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcInstance) << "no session bus: running without single-instance support";
        return false;
    }
    if (!bus.registerObject(kInstancePath, this, QDBusConnection::ExportScriptableSlots))
        return false;
    if (!bus.registerService(m_service)) {
        bus.unregisterObject(kInstancePath);
        return false;
    }
    m_registered = true;
    return true;
}

void SingleInstance::Activate(const QStringList& arguments)
{
    Q_EMIT activated(arguments);
}

} // namespace ondes
