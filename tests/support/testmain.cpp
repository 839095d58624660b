// The main of every test program: the application object its layer needs (ONDES_TEST_APPLICATION:
// QCoreApplication, QGuiApplication or QApplication, on the offscreen platform), then GoogleTest.

#include <QLoggingCategory>
#include <QtGlobal>

#define ONDES_STRINGIFY2(x) #x
#define ONDES_STRINGIFY(x) ONDES_STRINGIFY2(x)
#include ONDES_STRINGIFY(ONDES_TEST_APPLICATION)

#include <gtest/gtest.h>
#include <libxml/parser.h>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep the test output about the tests.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("ondes.*.debug=false\nondes.*.info=false"));
    xmlInitParser();
    ::testing::InitGoogleTest(&argc, argv);
    ONDES_TEST_APPLICATION app(argc, argv);
    return RUN_ALL_TESTS();
}
