#include "library/database.h"

#include "library/spellingvariants.h"
#include "library/sqltransaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace ondes {

Q_LOGGING_CATEGORY(lcDatabase, "ondes.library")

namespace {

QString migrationPath(int version)
{
    return QStringLiteral(":/migrations/%1.sql").arg(version, 4, 10, QLatin1Char('0'));
}

QString readMigration(int version)
{
    QFile file(migrationPath(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool exec(QSqlDatabase& db, const QString& statement, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// What a migration needs beyond SQL, run after its statements in the same transaction.
struct MigrationStep
{
    int version;
    bool (*run)(QSqlDatabase& db, QString* error);
};

const MigrationStep kMigrationSteps[] = {
    {8, mergeSpellingVariants},
};

} // namespace

QStringList splitSqlStatements(const QString& sql)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const auto lines = sql.split(QLatin1Char('\n'));
    for (const QString& rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (current.isEmpty() &&
            line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends =
            line.endsWith(QLatin1Char(';')) &&
            (!inTrigger || line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0);
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

Database::Database(QString path)
    : m_path(std::move(path)),
      m_connectionPrefix(QStringLiteral("ondes-%1").arg(reinterpret_cast<quintptr>(this), 0, 16))
{}

Database::~Database()
{
    m_checkpointer.waitForDone(); // its thread's connection closes as the thread ends
    closeAll();
}

int Database::latestSchemaVersion()
{
    // The highest numbered file. A number may have no file (two changes that took 0010 and
    // 0011 in parallel may land in either order): the migrations run in order, skipping it.
    int version = 0;
    const QStringList files =
        QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")});
    for (const QString& file : files)
        version = std::max(version, QFileInfo(file).completeBaseName().toInt());
    return version;
}

QSqlDatabase Database::connection()
{
    QMutexLocker lock(&m_mutex);
    QThread* thread = QThread::currentThread();
    auto it = m_connections.constFind(thread);
    if (it != m_connections.constEnd())
        return QSqlDatabase::database(*it);

    const QString name = m_connectionPrefix + QStringLiteral("-%1").arg(m_connectionCount++);
    // A worker thread's connection goes with the thread, before another thread can get its
    // address.
    m_threadWatches.insert(thread, QObject::connect(
                                       thread, &QThread::finished, thread,
                                       [this, thread] {
                                           QMutexLocker lock(&m_mutex);
                                           m_threadWatches.remove(thread);
                                           const QString name = m_connections.take(thread);
                                           QSqlDatabase::database(name, false).close();
                                           QSqlDatabase::removeDatabase(name);
                                       },
                                       Qt::DirectConnection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open()) {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    } else {
        qCWarning(lcDatabase) << "cannot open" << m_path << db.lastError().text();
    }
    m_connections.insert(thread, name);
    return db;
}

void Database::closeAll()
{
    QMutexLocker lock(&m_mutex);
    for (const QMetaObject::Connection& watch : std::as_const(m_threadWatches))
        QObject::disconnect(watch);
    m_threadWatches.clear();
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        // Only the owning thread may touch a connection; the others are just forgotten.
        if (it.key() == QThread::currentThread())
            QSqlDatabase::database(it.value(), false).close();
        QSqlDatabase::removeDatabase(it.value());
    }
    m_connections.clear();
}

void Database::checkpointSoon()
{
    // One copy waiting is enough: when it starts, it takes everything committed before.
    if (m_checkpointQueued.exchange(true))
        return;
    m_checkpointer.start([this] {
        m_checkpointQueued = false;
        QSqlQuery checkpoint(connection());
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCWarning(lcDatabase) << "cannot copy the log into" << m_path
                                  << checkpoint.lastError().text();
    });
}

int Database::schemaVersion()
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::open()
{
    m_error.clear();
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = Database::tr("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    // SQLite would open a read-only file read-only (or, in WAL mode, fail with a misleading
    // "damaged"); Ondes writes to its library all the time, so say what is wrong instead.
    // WAL also needs to create its -wal and -shm files beside the library.
    if ((info.exists() && !info.isWritable()) || !QFileInfo(info.absolutePath()).isWritable()) {
        m_error = QCoreApplication::translate(
                      "Database", "The library %1 is read-only: Ondes needs to write to the file "
                                  "and to its folder. It was left untouched.")
                      .arg(m_path);
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_error = Database::tr("Cannot open the library %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    bool fresh = false;
    {
        // Reading the schema fails on a file that is not a database. The full check reads every
        // page (a second on a 100,000-episode library), so it runs only before a migration.
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !check.next()) {
            m_error = Database::tr("The library %1 is damaged or is not an Ondes library; it "
                                   "was left untouched.")
                          .arg(m_path);
            return false;
        }
        fresh = check.value(0).toInt() == 0;
    }
    if (fresh) {
        // A new library gets 16 KB pages (SQLite's default is 4 KB); only an empty file can
        // still choose, so a library made before keeps its own. An episode row is a few KB of
        // text (its descriptions): with 4 KB pages most rows spilled onto overflow pages, and
        // adding a show wrote, logged and checkpointed four times as many pages. Adding a
        // 10,000-episode show costs 30 % less CPU in the merge (0.91 s instead of 1.31 s).
        QSqlQuery pageSize(db);
        pageSize.exec(QStringLiteral("PRAGMA page_size = %1").arg(kNewLibraryPageSize));
    }
    {
        QSqlQuery wal(db);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            m_error =
                Database::tr("Cannot use the library %1: %2").arg(m_path, wal.lastError().text());
            return false;
        }
    }
    return migrate(db);
}

bool Database::migrate(QSqlDatabase& db)
{
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current < 0) {
        m_error = Database::tr("Cannot read the schema version of %1.").arg(m_path);
        return false;
    }
    if (current > latest) {
        m_error = Database::tr("The library %1 was written by a newer version of Ondes (schema "
                               "%2; this version knows up to %3). It was left untouched.")
                      .arg(m_path)
                      .arg(current)
                      .arg(latest);
        return false;
    }
    if (current == latest)
        return true;

    if (current > 0) {
        QSqlQuery check(db);
        const bool healthy = check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
                             check.value(0).toString() == QLatin1String("ok");
        check.finish();
        if (!healthy) {
            m_error = Database::tr("The library %1 is damaged; it was left untouched.").arg(m_path);
            return false;
        }
        // Keep a copy of a library with data before changing its shape.
        const QString backup = m_path + QStringLiteral(".before-v%1").arg(latest);
        QFile::remove(backup);
        QString error;
        if (!exec(db,
                  QStringLiteral("VACUUM INTO '%1'")
                      .arg(QString(backup).replace(QLatin1Char('\''), QLatin1String("''"))),
                  &error)) {
            m_error = Database::tr("Cannot back up the library before upgrading it: %1").arg(error);
            return false;
        }
        qCInfo(lcDatabase) << "backed up" << m_path << "to" << backup;
    }
    for (int version = current + 1; version <= latest; ++version) {
        if (!QFile::exists(migrationPath(version)))
            continue;
        if (!applyMigration(db, version, readMigration(version)))
            return false;
    }
    return true;
}

bool Database::applyMigration(QSqlDatabase& db, int version, const QString& sql)
{
    sql::Transaction transaction(db);
    if (!transaction.begun()) {
        m_error =
            Database::tr("Cannot start migration %1: %2").arg(version).arg(transaction.error());
        return false;
    }
    QString error;
    const QStringList statements = splitSqlStatements(sql);
    for (const QString& statement : statements) {
        if (!exec(db, statement, &error)) {
            m_error = Database::tr("Migration %1 failed, the library was left as it was: %2")
                          .arg(version)
                          .arg(error);
            return false;
        }
    }
    for (const MigrationStep& step : kMigrationSteps) {
        if (step.version == version && !step.run(db, &error)) {
            m_error = Database::tr("Migration %1 failed, the library was left as it was: %2")
                          .arg(version)
                          .arg(error);
            return false;
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), &error)) {
        m_error = Database::tr("Migration %1 failed: %2").arg(version).arg(error);
        return false;
    }
    if (!transaction.commit()) {
        m_error = Database::tr("Migration %1 failed: %2").arg(version).arg(transaction.error());
        return false;
    }
    qCInfo(lcDatabase) << "applied migration" << version;
    return true;
}

} // namespace ondes
