#include "library/settings.h"

#include <QDir>
#include <QStandardPaths>

namespace ondes {

namespace {
const QString kVolume = QStringLiteral("playback/volume");
const QString kMuted = QStringLiteral("playback/muted");
const QString kLastEpisode = QStringLiteral("playback/lastEpisode");
const QString kDefaultRate = QStringLiteral("playback/defaultRate");
const QString kSkipBackward = QStringLiteral("playback/skipBackwardMs");
const QString kSkipForward = QStringLiteral("playback/skipForwardMs");
const QString kSmartRewindAfter = QStringLiteral("playback/smartRewindAfterMs");
const QString kSmartRewind = QStringLiteral("playback/smartRewindMs");
const QString kPlayedThreshold = QStringLiteral("playback/playedThresholdMs");
const QString kAutoAdvance = QStringLiteral("playback/autoAdvance");
const QString kSleepMinutes = QStringLiteral("playback/sleepTimerMinutes");
const QString kRefreshOnStart = QStringLiteral("refresh/onStart");
const QString kRefreshInterval = QStringLiteral("refresh/intervalHours");
const QString kDownloadFolder = QStringLiteral("downloads/folder");
const QString kParallelDownloads = QStringLiteral("downloads/parallel");
const QString kWriteTags = QStringLiteral("downloads/writeTags");
const QString kCleanupAfterDays = QStringLiteral("downloads/cleanupAfterDays");
const QString kRemoteImages = QStringLiteral("privacy/remoteImages");
const QString kDiscoveryGroup = QStringLiteral("discovery/");
const QString kDiscoveryCountry = QStringLiteral("discovery/country");
const QString kWindowGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kSplitterState = QStringLiteral("window/splitter");
const QString kEpisodeListSource = QStringLiteral("window/episodeListSource");
const QString kSelectedEpisode = QStringLiteral("window/selectedEpisode");
const QString kLanguage = QStringLiteral("ui/language");
const QString kSyncGroup = QStringLiteral("sync");
const QString kShortcutsGroup = QStringLiteral("shortcuts");
} // namespace

Settings::Settings(const QString& path) : m_settings(path, QSettings::IniFormat) {}

float Settings::volume() const
{
    return qBound(0.0f, m_settings.value(kVolume, 0.8f).toFloat(), 1.0f);
}

void Settings::setVolume(float volume)
{
    m_settings.setValue(kVolume, qBound(0.0f, volume, 1.0f));
}

bool Settings::muted() const
{
    return m_settings.value(kMuted, false).toBool();
}

void Settings::setMuted(bool muted)
{
    m_settings.setValue(kMuted, muted);
}

qint64 Settings::lastEpisodeId() const
{
    return m_settings.value(kLastEpisode, 0).toLongLong();
}

void Settings::setLastEpisodeId(qint64 episodeId)
{
    m_settings.setValue(kLastEpisode, episodeId);
}

double Settings::defaultPlaybackRate() const
{
    return qBound(0.5, m_settings.value(kDefaultRate, 1.0).toDouble(), 3.0);
}

void Settings::setDefaultPlaybackRate(double rate)
{
    m_settings.setValue(kDefaultRate, qBound(0.5, rate, 3.0));
}

qint64 Settings::skipBackwardMs() const
{
    return qMax<qint64>(0, m_settings.value(kSkipBackward, 10000).toLongLong());
}

void Settings::setSkipBackwardMs(qint64 ms)
{
    m_settings.setValue(kSkipBackward, qMax<qint64>(0, ms));
}

qint64 Settings::skipForwardMs() const
{
    return qMax<qint64>(0, m_settings.value(kSkipForward, 30000).toLongLong());
}

void Settings::setSkipForwardMs(qint64 ms)
{
    m_settings.setValue(kSkipForward, qMax<qint64>(0, ms));
}

qint64 Settings::smartRewindAfterMs() const
{
    return qMax<qint64>(0, m_settings.value(kSmartRewindAfter, 5 * 60 * 1000).toLongLong());
}

void Settings::setSmartRewindAfterMs(qint64 ms)
{
    m_settings.setValue(kSmartRewindAfter, qMax<qint64>(0, ms));
}

qint64 Settings::smartRewindMs() const
{
    return qMax<qint64>(0, m_settings.value(kSmartRewind, 3000).toLongLong());
}

void Settings::setSmartRewindMs(qint64 ms)
{
    m_settings.setValue(kSmartRewind, qMax<qint64>(0, ms));
}

qint64 Settings::playedThresholdMs() const
{
    return qMax<qint64>(0, m_settings.value(kPlayedThreshold, 30000).toLongLong());
}

void Settings::setPlayedThresholdMs(qint64 ms)
{
    m_settings.setValue(kPlayedThreshold, qMax<qint64>(0, ms));
}

bool Settings::autoAdvance() const
{
    return m_settings.value(kAutoAdvance, true).toBool();
}

void Settings::setAutoAdvance(bool on)
{
    m_settings.setValue(kAutoAdvance, on);
}

int Settings::sleepTimerMinutes() const
{
    return qBound(1, m_settings.value(kSleepMinutes, 30).toInt(), 24 * 60);
}

void Settings::setSleepTimerMinutes(int minutes)
{
    m_settings.setValue(kSleepMinutes, qBound(1, minutes, 24 * 60));
}

bool Settings::refreshOnStart() const
{
    return m_settings.value(kRefreshOnStart, true).toBool();
}

void Settings::setRefreshOnStart(bool on)
{
    m_settings.setValue(kRefreshOnStart, on);
}

int Settings::refreshIntervalHours() const
{
    return qBound(0, m_settings.value(kRefreshInterval, 6).toInt(), 24 * 7);
}

void Settings::setRefreshIntervalHours(int hours)
{
    m_settings.setValue(kRefreshInterval, qBound(0, hours, 24 * 7));
}

bool Settings::discoveryProviderEnabled(const QString& provider) const
{
    // Podcast Index needs the user's key: it is switched on when a key is saved.
    const bool byDefault = provider != QLatin1String("podcastindex");
    return m_settings.value(kDiscoveryGroup + provider, byDefault).toBool();
}

void Settings::setDiscoveryProviderEnabled(const QString& provider, bool on)
{
    m_settings.setValue(kDiscoveryGroup + provider, on);
}

QString Settings::discoveryCountry() const
{
    const QString country = m_settings.value(kDiscoveryCountry).toString().trimmed().toLower();
    const bool letters =
        country.size() == 2 && country.at(0).isLetter() && country.at(1).isLetter();
    return letters ? country : QString();
}

void Settings::setDiscoveryCountry(const QString& country)
{
    if (country.trimmed().isEmpty())
        m_settings.remove(kDiscoveryCountry);
    else
        m_settings.setValue(kDiscoveryCountry, country.trimmed().toLower());
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(kWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(kWindowState, state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(kSplitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray& state)
{
    m_settings.setValue(kSplitterState, state);
}

QString Settings::episodeListSource() const
{
    return m_settings.value(kEpisodeListSource).toString();
}

void Settings::setEpisodeListSource(const QString& source)
{
    m_settings.setValue(kEpisodeListSource, source);
}

qint64 Settings::selectedEpisodeId() const
{
    return m_settings.value(kSelectedEpisode, 0).toLongLong();
}

void Settings::setSelectedEpisodeId(qint64 episodeId)
{
    m_settings.setValue(kSelectedEpisode, episodeId);
}

QString Settings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void Settings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

void Settings::sync()
{
    m_settings.sync();
}

QString Settings::downloadFolder() const
{
    const QString folder = m_settings.value(kDownloadFolder).toString();
    if (!folder.isEmpty())
        return folder;
    if (!m_defaultDownloadFolder.isEmpty())
        return m_defaultDownloadFolder;
    QString music = QStandardPaths::writableLocation(QStandardPaths::MusicLocation);
    if (music.isEmpty())
        music = QDir::homePath() + QStringLiteral("/Music");
    return music + QStringLiteral("/Podcasts");
}

void Settings::setDownloadFolder(const QString& folder)
{
    m_settings.setValue(kDownloadFolder, folder);
}

int Settings::parallelDownloads() const
{
    return qBound(1, m_settings.value(kParallelDownloads, 2).toInt(), 8);
}

void Settings::setParallelDownloads(int downloads)
{
    m_settings.setValue(kParallelDownloads, qBound(1, downloads, 8));
}

bool Settings::writeTags() const
{
    return m_settings.value(kWriteTags, true).toBool();
}

void Settings::setWriteTags(bool on)
{
    m_settings.setValue(kWriteTags, on);
}

int Settings::cleanupAfterDays() const
{
    return qMax(0, m_settings.value(kCleanupAfterDays, 0).toInt());
}

void Settings::setCleanupAfterDays(int days)
{
    m_settings.setValue(kCleanupAfterDays, qMax(0, days));
}

SyncSettings Settings::syncSettings() const
{
    m_settings.beginGroup(kSyncGroup);
    SyncSettings sync;
    sync.service = m_settings.value(QStringLiteral("service")).toString();
    sync.server = m_settings.value(QStringLiteral("server")).toString();
    sync.user = m_settings.value(QStringLiteral("user")).toString();
    sync.deviceName = m_settings.value(QStringLiteral("device")).toString();
    sync.allowPlainHttp = m_settings.value(QStringLiteral("allowPlainHttp"), false).toBool();
    sync.intervalMinutes =
        qBound(0, m_settings.value(QStringLiteral("intervalMinutes"), 10).toInt(), 24 * 60);
    m_settings.endGroup();
    return sync;
}

void Settings::setSyncSettings(const SyncSettings& sync)
{
    m_settings.beginGroup(kSyncGroup);
    m_settings.setValue(QStringLiteral("service"), sync.service);
    m_settings.setValue(QStringLiteral("server"), sync.server);
    m_settings.setValue(QStringLiteral("user"), sync.user);
    m_settings.setValue(QStringLiteral("device"), sync.deviceName);
    m_settings.setValue(QStringLiteral("allowPlainHttp"), sync.allowPlainHttp);
    m_settings.setValue(QStringLiteral("intervalMinutes"), sync.intervalMinutes);
    m_settings.endGroup();
}

bool Settings::remoteImages() const
{
    return m_settings.value(kRemoteImages, false).toBool();
}

void Settings::setRemoteImages(bool on)
{
    m_settings.setValue(kRemoteImages, on);
}

QMap<QString, QString> Settings::shortcutOverrides() const
{
    QMap<QString, QString> overrides;
    m_settings.beginGroup(kShortcutsGroup);
    const QStringList ids = m_settings.childKeys();
    for (const QString& id : ids)
        overrides.insert(id, m_settings.value(id).toString());
    m_settings.endGroup();
    return overrides;
}

void Settings::setShortcutOverride(const QString& actionId, const QString& keys)
{
    m_settings.setValue(kShortcutsGroup + QLatin1Char('/') + actionId, keys);
}

void Settings::removeShortcutOverride(const QString& actionId)
{
    m_settings.remove(kShortcutsGroup + QLatin1Char('/') + actionId);
}

} // namespace ondes
