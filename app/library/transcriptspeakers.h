#pragma once

// The voices of a stored transcript as speakers of its episode (episode_people, source
// 'transcript'), merged with the feed's and the description's through the show's people
// (PersonResolver). The listener's corrections win: a speaker they removed is not brought back,
// their own rows stay as they are. Writing again replaces the transcript's rows, never adds a
// second one for the same person. Labels that name no one ("Speaker 2", "Host", "Q") are not
// speakers; a name in capitals ("INES VARGA") is written in title case.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace ondes {

class TranscriptSpeakers
{
    Q_DECLARE_TR_FUNCTIONS(ondes::TranscriptSpeakers)

public:
    explicit TranscriptSpeakers(QSqlDatabase db) : m_db(std::move(db)) {}

    // Inside the caller's transaction. False with errorString() set.
    bool write(qint64 episodeId, const QStringList& voices);
    QString errorString() const { return m_error; }

    // The voice as a person's name, or empty when it names no one.
    static QString personName(const QString& voice);

private:
    bool fail(const QString& why);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace ondes
