#include "playback/episodestart.h"

#include "library/library.h"

namespace ondes {

EpisodeStart::Plan EpisodeStart::plan(qint64 episodeId, RewindAfterLongPause rewind) const
{
    Plan plan;
    const auto episode = m_library.episode(episodeId);
    if (!episode) {
        plan.error = tr("This episode is no longer in the library.");
        return plan;
    }
    const QUrl url(episode->playableUrl());
    if (!url.isValid() || url.isEmpty()) {
        plan.error = tr("\"%1\" has no audio to play.").arg(episode->title);
        return plan;
    }
    if (const QString refused = refusedSource(*episode, url); !refused.isEmpty()) {
        plan.error = refused;
        return plan;
    }
    plan.url = url;
    plan.showId = episode->showId;
    plan.durationMs = episode->durationSeconds * 1000;
    // A played episode starts again from the beginning, and is in progress again.
    plan.restarts = episode->played;
    plan.resumeAtMs = episode->played ? 0 : episode->positionMs;
    if (plan.resumeAtMs > 0 && rewind == RewindAfterLongPause::Yes &&
        m_rewind.longPauseSince(m_library.positionSavedAt(episodeId) * 1000))
        plan.resumeAtMs = m_rewind.rewound(plan.resumeAtMs);
    plan.showRate = m_library.showPlaybackRate(plan.showId);
    return plan;
}

EpisodeStart::Plan EpisodeStart::streamPlan(const StreamItem& item)
{
    Plan plan;
    const QString scheme = item.url.scheme().toLower();
    if (!item.url.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        plan.error =
            tr("\"%1\" has no address Ondes can stream (only http and https).").arg(item.title);
        return plan;
    }
    plan.url = item.url;
    plan.durationMs = qMax<qint64>(0, item.durationMs);
    return plan;
}

QString EpisodeStart::refusedSource(const EpisodeRow& episode, const QUrl& url) const
{
    // A feed fetched from the network names audio on the network: a file: (or any other
    // scheme's) enclosure would make Ondes open a local file or device a stranger chose. The
    // episode's own download, local folders, the demo and feed files the listener opened are
    // local by nature.
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        return {};
    if (url.isLocalFile() && !episode.localFile.isEmpty() && url.toLocalFile() == episode.localFile)
        return {};
    const auto show = m_library.show(episode.showId);
    const QString feedScheme = show ? QUrl(show->feedUrl).scheme().toLower() : QString();
    if (feedScheme != QLatin1String("http") && feedScheme != QLatin1String("https"))
        return {};
    return tr("\"%1\" names its audio with an address Ondes does not open (%2): only http and "
              "https are played from a feed.")
        .arg(episode.title, scheme.isEmpty() ? url.toString() : scheme + QLatin1Char(':'));
}

} // namespace ondes
