// The main of every test program: a QApplication on the offscreen platform, then GoogleTest.

#include <QApplication>
#include <QLoggingCategory>

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
    QApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
