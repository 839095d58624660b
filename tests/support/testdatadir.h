#pragma once

// A fresh, empty data folder for one test, removed afterwards.

#include "datapaths.h"

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

// The path of a file under tests/data.
QString testDataPath(const QString& relative);

} // namespace ondes::test
