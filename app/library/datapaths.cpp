#include "library/datapaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ondes {

namespace {

QString xdg(QStandardPaths::StandardLocation location)
{
    // With QCoreApplication's names unset, QStandardPaths would not add "ondes" itself.
    return QStandardPaths::writableLocation(location) + QStringLiteral("/ondes");
}

} // namespace

DataPaths::DataPaths(QString root) : m_root(root.isEmpty() ? QString() : QDir(root).absolutePath())
{}

QString DataPaths::dataDir() const
{
    return m_root.isEmpty() ? xdg(QStandardPaths::GenericDataLocation)
                            : m_root + QStringLiteral("/data");
}

QString DataPaths::configDir() const
{
    return m_root.isEmpty() ? xdg(QStandardPaths::GenericConfigLocation)
                            : m_root + QStringLiteral("/config");
}

QString DataPaths::cacheDir() const
{
    return m_root.isEmpty() ? xdg(QStandardPaths::GenericCacheLocation)
                            : m_root + QStringLiteral("/cache");
}

QString DataPaths::databasePath() const
{
    return dataDir() + QStringLiteral("/library.sqlite");
}

QString DataPaths::settingsPath() const
{
    return configDir() + QStringLiteral("/ondes.conf");
}

QString DataPaths::demoDir() const
{
    return dataDir() + QStringLiteral("/demo");
}

void DataPaths::confineLibraries() const
{
    if (m_root.isEmpty())
        return;
    QDir().mkpath(cacheDir());
    QDir().mkpath(configDir());
    if (qEnvironmentVariableIsEmpty("GST_REGISTRY"))
        qputenv("GST_REGISTRY",
                QFile::encodeName(cacheDir() + QStringLiteral("/gstreamer-registry.bin")));
    if (qEnvironmentVariableIsEmpty("PULSE_COOKIE"))
        qputenv("PULSE_COOKIE", QFile::encodeName(configDir() + QStringLiteral("/pulse-cookie")));
}

} // namespace ondes
