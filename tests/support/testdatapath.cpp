#include "support/testdatapath.h"

namespace ondes::test {

QString testDataPath(const QString& relative)
{
    return QStringLiteral(ONDES_TEST_DATA_DIR "/") + relative;
}

} // namespace ondes::test
