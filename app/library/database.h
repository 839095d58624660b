#pragma once

// Database owns the SQLite file: it opens it (WAL, foreign keys), applies the numbered
// migrations from the resources, and hands each thread its own connection.

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThreadPool>

#include <atomic>

class QThread;

namespace ondes {

class Database
{
    Q_DECLARE_TR_FUNCTIONS(ondes::Database)

public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens the file and migrates it. On failure errorString() says why and nothing was changed.
    bool open();
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

    // The calling thread's connection (created on first use, closed with the Database).
    QSqlDatabase connection();

    // Copies what the write-ahead log holds back into the library file, on a thread of its own
    // (the Database waits for it when it closes). Called after a commit made with
    // sql::Transaction::WalCopy::Later, so that the copy and its sync happen while the caller
    // answers. Readers and writers go on meanwhile; a process killed during the copy loses
    // nothing (the log keeps every committed page until a copy completes).
    void checkpointSoon();

    int schemaVersion();
    static int latestSchemaVersion();
    // The page size a library made from an empty file gets (bytes).
    static constexpr int kNewLibraryPageSize = 16384;

private:
    bool migrate(QSqlDatabase& db);
    bool applyMigration(QSqlDatabase& db, int version, const QString& sql);
    void closeAll();

    QString m_path;
    QString m_error;
    QString m_connectionPrefix;
    QMutex m_mutex;
    QHash<QThread*, QString> m_connections;
    QHash<QThread*, QMetaObject::Connection> m_threadWatches;
    int m_connectionCount = 0;
    QThreadPool m_checkpointer;
    std::atomic_bool m_checkpointQueued = false;
};

// Splits a migration file into statements, keeping CREATE TRIGGER … END; blocks whole.
QStringList splitSqlStatements(const QString& sql);

} // namespace ondes
