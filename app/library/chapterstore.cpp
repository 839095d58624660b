#include "library/chapterstore.h"

#include "library/sqlutil.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace ondes {

Q_DECLARE_LOGGING_CATEGORY(lcDatabase)

QList<Chapter> ChapterStore::read(const QSqlDatabase& db, qint64 episodeId, ChapterSource source)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT start_ms, title, href, image FROM chapters WHERE episode_id "
                             "= ? AND source = ? ORDER BY ordinal"));
    q.addBindValue(episodeId);
    q.addBindValue(int(source));
    QList<Chapter> chapters;
    if (!q.exec()) {
        qCWarning(lcDatabase) << "query failed:" << q.lastError().text() << q.lastQuery();
        return chapters;
    }
    while (q.next()) {
        Chapter chapter;
        chapter.start = double(q.value(0).toLongLong()) / 1000.0;
        chapter.title = q.value(1).toString();
        chapter.href = q.value(2).toString();
        chapter.image = q.value(3).toString();
        chapters << chapter;
    }
    return chapters;
}

ChapterStore::ChapterStore(QSqlDatabase db) : m_db(std::move(db)) {}

bool ChapterStore::write(qint64 episodeId, ChapterSource source, const QList<Chapter>& chapters,
                         QString* error, bool replace)
{
    const auto failed = [error](const QSqlQuery& q) {
        if (error)
            *error = q.lastError().text();
        return false;
    };
    if (!m_prepared) {
        m_clear = QSqlQuery(m_db);
        if (!m_clear.prepare(
                QStringLiteral("DELETE FROM chapters WHERE episode_id = ? AND source = ?")))
            return failed(m_clear);
        if (!m_insert.prepare(m_db, "INSERT INTO chapters (episode_id, source, ordinal, "
                                    "start_ms, title, href, image) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            if (error)
                *error = m_insert.errorString();
            return false;
        }
        m_prepared = true;
    }
    if (replace) {
        m_clear.addBindValue(episodeId);
        m_clear.addBindValue(int(source));
        if (!m_clear.exec())
            return failed(m_clear);
    }
    for (int i = 0; i < chapters.size(); ++i) {
        const Chapter& chapter = chapters.at(i);
        const double start = std::isfinite(chapter.start) ? qMax(0.0, chapter.start) : 0.0;
        m_insert.bind(1, episodeId);
        m_insert.bind(2, int(source));
        m_insert.bind(3, i);
        m_insert.bind(4, qint64(std::llround(start * 1000.0)));
        m_insert.bind(5, chapter.title);
        m_insert.bind(6, chapter.href);
        m_insert.bind(7, chapter.image);
        if (!m_insert.exec()) {
            if (error)
                *error = m_insert.errorString();
            return false;
        }
    }
    return true;
}

} // namespace ondes
