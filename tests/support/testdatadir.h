#pragma once

// A fresh, empty data folder for one test, removed afterwards (tests of the library and above).

#include "library/datapaths.h"
#include "support/testdatapath.h"

#include <QDirIterator>
#include <QStringList>
#include <QTemporaryDir>

namespace ondes::test {

class TestDataDir
{
public:
    TestDataDir() { m_dir.setAutoRemove(true); }
    QString path() const { return m_dir.path(); }
    DataPaths paths() const { return DataPaths(m_dir.path()); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
};

// `--data-dir DIR ARGUMENTS…`: the arguments of an `ondes` process working on dir.
inline QStringList withDataDir(const TestDataDir& dir, const QStringList& arguments)
{
    return QStringList{QStringLiteral("--data-dir"), dir.path()} + arguments;
}

// The first ".part" file under folder (a download under way), or empty while there is none.
inline QString findPart(const QString& folder)
{
    QDirIterator it(folder, {QStringLiteral("*.part")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}

} // namespace ondes::test
