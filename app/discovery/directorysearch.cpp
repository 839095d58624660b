#include "discovery/directorysearch.h"

#include "discovery/appledirectory.h"
#include "discovery/directorycache.h"
#include "discovery/fyyddirectory.h"
#include "discovery/gpodderdirectory.h"
#include "discovery/podcastindexdirectory.h"
#include "library/settings.h"

#include <QLocale>
#include <QTimer>

namespace ondes {

namespace {

// The documented base address, or the scheme, host and port of the environment's.
QUrl baseAddress(const char* variable, const QUrl& documented)
{
    const QString value = qEnvironmentVariable(variable).trimmed();
    if (value.isEmpty())
        return documented;
    const QUrl given(value);
    if (!given.isValid() || given.host().isEmpty()) {
        qWarning("%s is not a base address such as http://127.0.0.1:8080; using %s", variable,
                 qPrintable(documented.toString()));
        return documented;
    }
    QUrl base;
    base.setScheme(given.scheme());
    base.setHost(given.host());
    base.setPort(given.port());
    return base;
}

} // namespace

DirectorySearch::DirectorySearch(HttpClient& http, DirectoryCache* cache, QObject* parent)
    : QObject(parent), m_cache(cache)
{
    m_providers.append(new AppleDirectory(
        http, baseAddress("ONDES_DIRECTORY_APPLE", AppleDirectory::defaultBaseUrl()), this));
    m_podcastIndex = new PodcastIndexDirectory(
        http, baseAddress("ONDES_DIRECTORY_PODCASTINDEX", PodcastIndexDirectory::defaultBaseUrl()),
        this);
    m_providers.append(m_podcastIndex);
    m_providers.append(new GpodderDirectory(
        http, baseAddress("ONDES_DIRECTORY_GPODDER", GpodderDirectory::defaultBaseUrl()), this));
    m_providers.append(new FyydDirectory(
        http, baseAddress("ONDES_DIRECTORY_FYYD", FyydDirectory::defaultBaseUrl()), this));
    for (DirectoryProvider* provider : std::as_const(m_providers)) {
        connect(provider, &DirectoryProvider::finished, this,
                [this](const DirectoryAnswer& answer) { take(answer, false); });
    }
}

DirectorySearch::~DirectorySearch()
{
    cancel();
}

DirectoryProvider* DirectorySearch::provider(const QString& id) const
{
    for (DirectoryProvider* provider : m_providers) {
        if (provider->id() == id)
            return provider;
    }
    return nullptr;
}

void DirectorySearch::setEnabled(const QStringList& ids)
{
    m_enabled.clear();
    for (DirectoryProvider* provider : std::as_const(m_providers)) {
        if (ids.contains(provider->id()))
            m_enabled.append(provider->id());
    }
}

void DirectorySearch::setPodcastIndexCredentials(const QString& key, const QString& secret)
{
    m_podcastIndex->setCredentials(key, secret);
}

QStringList DirectorySearch::enabledBySettings(const Settings& settings, bool podcastIndexKey)
{
    QStringList ids;
    for (const char* id : {"apple", "podcastindex", "gpodder", "fyyd"}) {
        const QString name = QLatin1String(id);
        if (!settings.discoveryProviderEnabled(name))
            continue;
        if (name == QLatin1String("podcastindex") && !podcastIndexKey)
            continue;
        ids.append(name);
    }
    return ids;
}

QString DirectorySearch::systemCountry()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory()).toLower();
    return code.size() == 2 ? code : QStringLiteral("us");
}

QString DirectorySearch::systemLanguage()
{
    const QString name = QLocale::system().name(); // "fr_FR", "C"
    const QString language = name.section(QLatin1Char('_'), 0, 0).toLower();
    return language.size() == 2 ? language : QStringLiteral("en");
}

int DirectorySearch::start(const DirectoryQuery& query)
{
    cancel();
    m_query = query;
    m_merge.clear();
    m_episodes.clear();
    m_answers.clear();
    m_failures.clear();
    m_answered = 0;
    Q_EMIT cleared();
    QList<DirectoryAnswer> cached;
    QList<DirectoryProvider*> asked;
    m_withoutCategories.clear();
    for (DirectoryProvider* provider : std::as_const(m_providers)) {
        if (!m_enabled.contains(provider->id()) || !provider->supports(query.kind))
            continue;
        if (query.kind == DirectoryQuery::Kind::Top && !query.category.isEmpty() &&
            !provider->hasCategories()) {
            m_withoutCategories.append(provider->id()); // its chart would not be of this category
            continue;
        }
        m_waiting.append(provider->id());
        if (m_cache) {
            if (std::optional<DirectoryAnswer> answer = m_cache->find(provider->id(), query)) {
                cached.append(std::move(*answer));
                continue;
            }
        }
        asked.append(provider);
    }
    m_pending = int(m_waiting.size());
    for (DirectoryProvider* provider : std::as_const(asked))
        provider->start(query);
    // Kept answers come like the others, later, never inside start().
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, cached] {
        if (generation != m_generation)
            return;
        for (const DirectoryAnswer& answer : cached)
            take(answer, true);
        if (m_waiting.isEmpty() && m_pending == 0 && cached.isEmpty())
            Q_EMIT finished(); // nobody to ask
    });
    return m_pending;
}

QList<DirectoryShow> DirectorySearch::settledShows() const
{
    DirectoryMerge merge;
    for (const DirectoryProvider* provider : m_providers) {
        if (const auto it = m_answers.constFind(provider->id()); it != m_answers.constEnd())
            merge.add(provider->id(), *it);
    }
    return merge.shows();
}

void DirectorySearch::cancel()
{
    ++m_generation;
    for (DirectoryProvider* provider : std::as_const(m_providers))
        provider->cancel();
    m_waiting.clear();
    m_pending = 0;
}

void DirectorySearch::take(const DirectoryAnswer& answer, bool fromCache)
{
    if (!m_waiting.removeOne(answer.provider))
        return; // not asked, or already answered
    --m_pending;
    if (!answer.ok()) {
        m_failures.insert(answer.provider, answer.error);
        Q_EMIT providerFailed(answer.provider, answer.error);
    } else {
        ++m_answered;
        if (!fromCache && m_cache)
            m_cache->store(answer.provider, m_query, answer);
        if (!answer.shows.isEmpty()) {
            m_answers.insert(answer.provider, answer.shows);
            const DirectoryMerge::Change change = m_merge.add(answer.provider, answer.shows);
            Q_EMIT showsChanged(change.firstAdded, change.updated);
        }
        if (!answer.episodes.isEmpty()) {
            const qsizetype first = m_episodes.size();
            for (DirectoryEpisode episode : answer.episodes) {
                episode.provider = answer.provider;
                m_episodes.append(std::move(episode));
            }
            Q_EMIT episodesAdded(first);
        }
    }
    if (m_pending == 0)
        Q_EMIT finished();
}

} // namespace ondes
