#pragma once

// A fresh, empty data folder for one test, removed afterwards (tests of the library and above).

#include "library/datapaths.h"
#include "support/testdatapath.h"

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

} // namespace ondes::test
