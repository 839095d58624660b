#pragma once

// The path of a file under tests/data (every layer's tests may read them).

#include <QString>

namespace ondes::test {

QString testDataPath(const QString& relative);

} // namespace ondes::test
