#pragma once

// SpeakerCorrections writes what the listener corrects about who speaks: a speaker removed
// from an episode, one added, a role changed, two people merged into one. Each is stored so
// that refreshes and a new reading of the description keep it (SpeakerWriter respects them),
// and each updates the search index of the episodes it touches. One transaction per change.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace ondes {

class SpeakerCorrections
{
    Q_DECLARE_TR_FUNCTIONS(ondes::SpeakerCorrections)

public:
    explicit SpeakerCorrections(QSqlDatabase db);

    // Fails (errorString()) when the person does not speak in the episode.
    bool removeSpeaker(qint64 episodeId, qint64 personId);
    // Adds name to the episode as the listener's, or makes an existing speaker of that name
    // (however written) the listener's; role nullopt keeps the role they had ("" for a new
    // one). Returns the person's id.
    std::optional<qint64> addSpeaker(qint64 episodeId, const QString& name,
                                     const std::optional<QString>& role);
    // Fails when the person does not speak in the episode.
    bool setRole(qint64 episodeId, qint64 personId, const QString& role);
    // fromId's episodes become intoId's, fromId's row goes; its name, when a feed gives it
    // again, links intoId.
    bool mergePeople(qint64 fromId, qint64 intoId);
    // The same, inside the caller's transaction (the migration that merges spelling variants).
    bool mergeWithin(qint64 fromId, qint64 intoId);

    QString errorString() const { return m_error; }

private:
    bool run(const std::function<bool()>& change);
    bool exec(const QString& statement, const QVariantList& values, int* rowsAffected = nullptr);
    bool reindex(const QList<qint64>& episodeIds);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace ondes
