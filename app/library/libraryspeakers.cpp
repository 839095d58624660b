// Library: production credits and the listener's corrections of who speaks (library.h). The
// SQL of the corrections is SpeakerCorrections'.

#include "feed/personkey.h"
#include "library/database.h"
#include "library/library.h"
#include "library/personresolver.h"
#include "library/speakercorrections.h"
#include "library/sqlutil.h"

namespace ondes {

QList<CreditRow> Library::credits(qint64 episodeId) const
{
    QSqlQuery q(m_database.connection());
    if (!sql::exec(q,
                   QStringLiteral("SELECT name, role, source FROM episode_credits "
                                  "WHERE episode_id = ? ORDER BY ordinal"),
                   {episodeId}))
        return {};
    return sql::all(q, [](const QSqlQuery& row) {
        return CreditRow{row.value(0).toString(), row.value(1).toString(), row.value(2).toString()};
    });
}

std::optional<SpeakerRow> Library::findSpeaker(qint64 episodeId, const QString& name) const
{
    const QString key = personKey(name);
    const QList<SpeakerRow> rows = speakers(episodeId);
    for (const SpeakerRow& row : rows) {
        if (personKey(row.name) == key)
            return row;
    }
    for (const SpeakerRow& row : rows) {
        if (personVariantKey(personKey(row.name)) == personVariantKey(key))
            return row;
    }
    return std::nullopt;
}

namespace {

bool report(bool done, const SpeakerCorrections& corrections, QString* error)
{
    if (!done && error)
        *error = corrections.errorString();
    return done;
}

} // namespace

bool Library::removeSpeaker(qint64 episodeId, qint64 personId, QString* error)
{
    SpeakerCorrections corrections(m_database.connection());
    if (!report(corrections.removeSpeaker(episodeId, personId), corrections, error))
        return false;
    Q_EMIT speakersChanged(episodeId);
    Q_EMIT peopleChanged();
    return true;
}

std::optional<qint64> Library::addSpeaker(qint64 episodeId, const QString& name,
                                          const std::optional<QString>& role, QString* error)
{
    SpeakerCorrections corrections(m_database.connection());
    const auto personId = corrections.addSpeaker(episodeId, name, role);
    if (!report(personId.has_value(), corrections, error))
        return std::nullopt;
    Q_EMIT speakersChanged(episodeId);
    Q_EMIT peopleChanged();
    return personId;
}

bool Library::setSpeakerRole(qint64 episodeId, qint64 personId, const QString& role, QString* error)
{
    SpeakerCorrections corrections(m_database.connection());
    if (!report(corrections.setRole(episodeId, personId, role), corrections, error))
        return false;
    Q_EMIT speakersChanged(episodeId);
    return true;
}

bool Library::mergePeople(qint64 fromId, qint64 intoId, QString* error)
{
    const QList<EpisodeRow> episodes = episodesWithPerson(fromId);
    SpeakerCorrections corrections(m_database.connection());
    if (!report(corrections.mergePeople(fromId, intoId), corrections, error))
        return false;
    for (const EpisodeRow& episode : episodes)
        Q_EMIT speakersChanged(episode.id);
    Q_EMIT peopleChanged();
    return true;
}

} // namespace ondes
