// A library file that is garbage, damaged or read-only: Ondes refuses to start on it with a
// message that says what is wrong, and the file is left byte for byte as it was. (A foreign
// text file and a newer schema are in tests/library/database_test.cpp.)

#include "application.h"
#include "library/database.h"
#include "support/skiporfail.h"
#include "support/testdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <unistd.h>

namespace ondes {
namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// A real library, made by starting Ondes once on the folder.
QByteArray makeLibrary(const test::TestDataDir& dir)
{
    {
        Application app{dir.paths()};
        EXPECT_TRUE(app.start()) << app.errorString().toStdString();
    }
    return readAll(dir.paths().databasePath());
}

QByteArray garbage(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random.bounded(256));
    return bytes;
}

// Starts Ondes on the folder, expecting a refusal that names the library.
void expectRefused(const test::TestDataDir& dir, const QByteArray& content, const char* what)
{
    const QString path = dir.paths().databasePath();
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    ASSERT_TRUE(writeAll(path, content));
    {
        Application app{dir.paths()};
        EXPECT_FALSE(app.start()) << what << " was accepted";
        EXPECT_TRUE(app.errorString().contains(path)) << qPrintable(app.errorString());
        EXPECT_TRUE(app.errorString().contains(QLatin1String("damaged")))
            << what << ": " << qPrintable(app.errorString());
    }
    EXPECT_EQ(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256),
              QCryptographicHash::hash(content, QCryptographicHash::Sha256))
        << what << " was changed";
}

TEST(CorruptDatabase, GarbageIsRefusedAndLeftUntouched)
{
    for (quint32 seed : {1u, 2u, 3u}) {
        test::TestDataDir dir;
        expectRefused(dir, garbage(64 * 1024, seed), "garbage");
    }
    // Garbage behind a valid SQLite header.
    test::TestDataDir dir;
    expectRefused(dir, QByteArray("SQLite format 3", 16) + garbage(32 * 1024, 4),
                  "a header followed by garbage");
}

TEST(CorruptDatabase, ADamagedLibraryIsRefusedAndLeftUntouched)
{
    test::TestDataDir source;
    const QByteArray library = makeLibrary(source);
    ASSERT_GT(library.size(), 8 * 4096);

    // Garbage over the pages after the first (the header and schema stay readable).
    QByteArray damaged = library;
    const QByteArray noise = garbage(damaged.size() - 4096, 5);
    damaged.replace(4096, noise.size(), noise);
    test::TestDataDir first;
    expectRefused(first, damaged, "a library with garbage pages");

    // Cut in the middle, as a full disk or a crash of a copy leaves it.
    test::TestDataDir second;
    expectRefused(second, library.left(library.size() / 2 / 4096 * 4096 + 100),
                  "a truncated library");
}

// Makes every file under root read-only and its folders read-only, for everybody.
void makeReadOnly(const QString& root)
{
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::setPermissions(path, QFileInfo(path).isDir()
                                        ? QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                              QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther
                                        : QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    QFile::setPermissions(root, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                    QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
}

void makeWritable(const QString& root)
{
    QFile::setPermissions(root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
}

TEST(ReadOnlyDatabase, IsRefusedWithAClearMessageAndLeftUntouched)
{
    test::TestDataDir dir;
    const QByteArray library = makeLibrary(dir);
    const QString path = dir.paths().databasePath();
    ASSERT_FALSE(library.isEmpty());
    makeReadOnly(dir.path());

    QString error;
    if (geteuid() != 0) {
        Application app{dir.paths()};
        EXPECT_FALSE(app.start());
        error = app.errorString();
    } else {
        // Permissions do not stop root: run Ondes as nobody, as a user without rights would.
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty()) {
            makeWritable(dir.path());
            ONDES_SKIP_OR_FAIL("running as root without setpriv to drop privileges");
        }
        QProcess ondes;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), dir.path());
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        ondes.setProcessEnvironment(environment);
        ondes.start(setpriv, {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                              QStringLiteral("--clear-groups"), QStringLiteral(ONDES_EXECUTABLE),
                              QStringLiteral("--data-dir"), dir.path(), QStringLiteral("shows")});
        ASSERT_TRUE(ondes.waitForFinished(60000));
        EXPECT_NE(ondes.exitCode(), 0);
        error = QString::fromUtf8(ondes.readAllStandardError());
    }
    EXPECT_TRUE(error.contains(QLatin1String("read-only"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(path)) << qPrintable(error);
    EXPECT_EQ(readAll(path), library) << "the read-only library was changed";
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    makeWritable(dir.path()); // so that the folder can be removed
}

} // namespace
} // namespace ondes
