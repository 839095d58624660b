#include "library/transcriptlinks.h"

#include "library/sqlutil.h"

#include <QSqlError>
#include <QVariant>

namespace ondes {

QList<Transcript> TranscriptLinks::read(const QSqlDatabase& db, qint64 episodeId)
{
    QSqlQuery q(db);
    QList<Transcript> links;
    if (!sql::exec(q,
                   QStringLiteral("SELECT url, type, language, rel FROM episode_transcript_links "
                                  "WHERE episode_id = ? ORDER BY ordinal"),
                   {episodeId}))
        return links;
    while (q.next())
        links << Transcript{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString()};
    return links;
}

TranscriptLinks::TranscriptLinks(QSqlDatabase db) : m_db(std::move(db)) {}

bool TranscriptLinks::write(qint64 episodeId, const QList<Transcript>& links, QString* error,
                            bool replace)
{
    const auto failed = [error](const QSqlQuery& q) {
        if (error)
            *error = q.lastError().text();
        return false;
    };
    if (!m_prepared) {
        m_clear = QSqlQuery(m_db);
        if (!m_clear.prepare(
                QStringLiteral("DELETE FROM episode_transcript_links WHERE episode_id = ?")))
            return failed(m_clear);
        if (!m_insert.prepare(m_db,
                              "INSERT OR IGNORE INTO episode_transcript_links (episode_id, "
                              "ordinal, url, type, language, rel) VALUES (?, ?, ?, ?, ?, ?)")) {
            if (error)
                *error = m_insert.errorString();
            return false;
        }
        m_prepared = true;
    }
    if (replace) {
        m_clear.addBindValue(episodeId);
        if (!m_clear.exec())
            return failed(m_clear);
    }
    int ordinal = 0;
    for (const Transcript& link : links) {
        if (link.url.trimmed().isEmpty())
            continue;
        m_insert.bind(1, episodeId);
        m_insert.bind(2, ordinal++);
        m_insert.bind(3, link.url.trimmed());
        m_insert.bind(4, link.type.trimmed());
        m_insert.bind(5, link.language.trimmed());
        m_insert.bind(6, link.rel.trimmed());
        if (!m_insert.exec()) {
            if (error)
                *error = m_insert.errorString();
            return false;
        }
    }
    return true;
}

} // namespace ondes
