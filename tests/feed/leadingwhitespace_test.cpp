// dropLeadingWhitespace: the white space some servers print before "<?xml" goes, a byte order
// mark stays in front, and bytes that arrive one at a time give the same result.

#include "feed/leadingwhitespace.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <gtest/gtest.h>

namespace ondes {
namespace {

// What is left of input once the document's first character is there; "(waiting)" if never.
QByteArray trimmedByteByByte(const QByteArray& input)
{
    QByteArray head;
    for (const char& c : input) {
        head.append(c);
        if (dropLeadingWhitespace(head))
            return head + input.sliced(&c - input.constData() + 1);
    }
    return QByteArray("(waiting) ") + head;
}

TEST(LeadingWhitespaceTest, DropsWhiteSpaceBeforeTheDocument)
{
    for (const QByteArray& input :
         {QByteArray("\n\n  \t\r\n<?xml version=\"1.0\"?><rss/>"), QByteArray("<?xml?><rss/>")}) {
        QByteArray head = input;
        EXPECT_TRUE(dropLeadingWhitespace(head));
        EXPECT_EQ(head, input.trimmed());
        EXPECT_EQ(trimmedByteByByte(input), input.trimmed());
    }
}

TEST(LeadingWhitespaceTest, KeepsTheByteOrderMarkInFront)
{
    const QByteArray utf8 = "\xEF\xBB\xBF<?xml version=\"1.0\"?><rss/>";
    const QList<QByteArray> inputs{utf8, QByteArray("\xEF\xBB\xBF\n \n") + utf8.sliced(3),
                                   QByteArray(" \r\n") + utf8};
    for (const QByteArray& input : inputs) {
        QByteArray head = input;
        EXPECT_TRUE(dropLeadingWhitespace(head));
        EXPECT_EQ(head, utf8);
        EXPECT_EQ(trimmedByteByByte(input), utf8);
    }
    // UTF-16: white space is two bytes there.
    const QByteArray le("\xFF\xFE<\0?\0", 6);
    const QByteArray leWithSpace = QByteArray("\xFF\xFE\n\0 \0", 6) + le.sliced(2);
    EXPECT_EQ(trimmedByteByByte(leWithSpace), le);
    const QByteArray be("\xFE\xFF\0<\0?", 6);
    const QByteArray beWithSpace = QByteArray("\xFE\xFF\0\r\0\n\0\t", 8) + be.sliced(2);
    EXPECT_EQ(trimmedByteByByte(beWithSpace), be);
}

TEST(LeadingWhitespaceTest, WaitsWhileThereIsOnlyWhiteSpace)
{
    QByteArray head = "  \n ";
    EXPECT_FALSE(dropLeadingWhitespace(head));
    EXPECT_TRUE(head.isEmpty()); // nothing piles up while a server sends only spaces
    head = "\n\xEF\xBB";
    EXPECT_FALSE(dropLeadingWhitespace(head)); // perhaps a byte order mark
    EXPECT_EQ(head, QByteArray("\xEF\xBB"));
    head = QByteArray("\xFF\xFE \0 ", 5);
    EXPECT_FALSE(dropLeadingWhitespace(head)); // half a UTF-16 space
    EXPECT_EQ(head, QByteArray("\xFF\xFE ", 3));
}

TEST(LeadingWhitespaceTest, LeavesOtherStartsAlone)
{
    // Not white space, not a byte order mark: libxml2 judges them as before.
    for (const QByteArray& input : {QByteArray("\x00\x01\x02\x03", 4), QByteArray("\xFF\x00<", 3),
                                    QByteArray("x <rss/>"), QByteArray("<\0r\0", 4)}) {
        QByteArray head = input;
        EXPECT_TRUE(dropLeadingWhitespace(head));
        EXPECT_EQ(head, input);
    }
}

} // namespace
} // namespace ondes
