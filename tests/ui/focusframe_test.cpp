// Issue 21, "every focus stop is visible": FocusFrameStyle draws a solid focus outline on list
// rows, buttons and panes, and the panes that were invisible stops (the description, the Up Next
// list) are focus stops. Rendered to images and compared pixel by pixel, focus on and off.

#include "descriptionbrowser.h"
#include "episodedetailsview.h"
#include "focusframestyle.h"
#include "mainwindow.h"
#include "queueview.h"
#include "ui/demowindowfixture.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QStyleOptionFocusRect>
#include <QTest>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include <memory>

namespace ondes {
namespace {

// How many pixels differ between two images of the same size.
int differingPixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return -1;
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            count += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    }
    return count;
}

QImage focusFrame(QStyle& style, QColor background, bool selectedRow)
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(background);
    QPainter painter(&image);
    QStyleOptionFocusRect option;
    option.rect = image.rect();
    option.palette = QApplication::palette();
    option.state = QStyle::State_Enabled | QStyle::State_HasFocus;
    if (selectedRow)
        option.backgroundColor = option.palette.color(QPalette::Highlight);
    style.drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, nullptr);
    return image;
}

TEST(FocusFrameStyle, DrawsASolidOutlineThatContrastsWithTheRow)
{
    FocusFrameStyle style(QStyleFactory::create(QStringLiteral("Fusion")));
    const QPalette palette = QApplication::palette();
    const QColor base = palette.color(QPalette::Base);
    const QImage plain = focusFrame(style, base, false);
    // Every pixel of the two-pixel border in the selection colour, the inside untouched.
    for (const QPoint at : {QPoint(0, 0), QPoint(1, 1), QPoint(20, 0), QPoint(20, 19),
                            QPoint(39, 10), QPoint(38, 10), QPoint(0, 10)})
        EXPECT_EQ(QColor(plain.pixel(at)), palette.color(QPalette::Highlight))
            << at.x() << "," << at.y();
    EXPECT_EQ(QColor(plain.pixel(20, 10)), base);
    EXPECT_EQ(QColor(plain.pixel(2, 2)), base);

    // On a selected row, a much darker shade that shows on the selection.
    const QColor highlight = palette.color(QPalette::Highlight);
    const QImage selected = focusFrame(style, highlight, true);
    const QColor onSelection(selected.pixel(0, 0));
    EXPECT_EQ(onSelection.rgb(), FocusFrameStyle::onSelection(highlight).rgb());
    EXPECT_LT(onSelection.lightness(), highlight.lightness() / 2);

    // Fusion alone draws nothing before a keyboard focus change: the frame this style fixes.
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    EXPECT_EQ(differingPixels(focusFrame(*fusion, base, false),
                              [&] {
                                  QImage empty(40, 20, QImage::Format_RGB32);
                                  empty.fill(base);
                                  return empty;
                              }()),
              0);
}

class FocusFrameWidgetTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_style =
            std::make_unique<FocusFrameStyle>(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    // The widget's window shown and active, the style on every widget of it.
    void showWithStyle(QWidget* window)
    {
        window->setStyle(m_style.get());
        for (QWidget* child : window->findChildren<QWidget*>())
            child->setStyle(m_style.get());
        window->show();
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    }
    static QImage shot(QWidget* widget)
    {
        QApplication::processEvents();
        return widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }
    std::unique_ptr<FocusFrameStyle> m_style;
};

TEST_F(FocusFrameWidgetTest, AListsCurrentRowShowsAFrameWhenTheListHasFocus)
{
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* list = new QListView;
    auto* other = new QPushButton(QStringLiteral("Elsewhere"));
    layout->addWidget(list);
    layout->addWidget(other);
    QStandardItemModel model;
    for (const char* text : {"First", "Second", "Third"})
        model.appendRow(new QStandardItem(QString::fromLatin1(text)));
    list->setModel(&model);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setCurrentIndex(model.index(1, 0));
    showWithStyle(&window);

    other->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return other->hasFocus(); }));
    const QRect row = list->visualRect(model.index(1, 0));
    const QImage without = shot(list->viewport()).copy(row);
    list->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->hasFocus(); }));
    const QImage with = shot(list->viewport()).copy(row);
    // The row's outline, all around it, in the selection colour.
    const QColor highlight = list->palette().color(QPalette::Highlight);
    EXPECT_GE(differingPixels(with, without), 2 * (row.width() + row.height()));
    EXPECT_EQ(QColor(with.pixel(0, row.height() / 2)), highlight);
    EXPECT_EQ(QColor(with.pixel(row.width() / 2, 0)), highlight);
    EXPECT_EQ(QColor(with.pixel(row.width() / 2, row.height() - 1)), highlight);
    EXPECT_NE(QColor(without.pixel(row.width() / 2, 0)), highlight);
}

TEST_F(FocusFrameWidgetTest, AFocusedDefaultButtonLooksFocused)
{
    QDialog dialog;
    auto* field = new QLineEdit;
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(field);
    layout->addWidget(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setDefault(true);
    showWithStyle(&dialog);
    // Focus in a field: OK is the default button, drawn as such, but not focused.
    field->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return field->hasFocus(); }));
    ASSERT_TRUE(ok->isDefault());
    const QImage unfocused = shot(ok);
    ok->setFocus();
    ASSERT_TRUE(QTest::qWaitFor([&] { return ok->hasFocus(); }));
    const QImage focused = shot(ok);
    EXPECT_GE(differingPixels(focused, unfocused), ok->width()) << "a focused OK looks the same";
}

TEST_F(FocusFrameWidgetTest, TheDescriptionAndTheUpNextListAreVisibleFocusStops)
{
    test::TestDataDir dir;
    Application app(dir.paths());
    ASSERT_TRUE(app.start());
    MainWindow window(app);
    showWithStyle(&window);
    DescriptionBrowser* description = window.detailsView()->descriptionBrowser();
    QListView* upNext = window.queueView()->listView();
    for (QWidget* pane : {static_cast<QWidget*>(description), static_cast<QWidget*>(upNext)}) {
        EXPECT_TRUE(pane->focusPolicy() & Qt::TabFocus) << pane->accessibleName().toStdString();
        window.episodeView()->setFocus();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window.episodeView()->hasFocus(); }));
        const QImage without = shot(pane);
        pane->setFocus(Qt::TabFocusReason);
        ASSERT_TRUE(QTest::qWaitFor([&] { return pane->hasFocus(); }));
        const QImage with = shot(pane);
        // The pane's frame, in the selection colour.
        const QColor highlight = pane->palette().color(QPalette::Highlight);
        EXPECT_EQ(QColor(with.pixel(with.width() / 2, 0)), highlight)
            << pane->accessibleName().toStdString();
        EXPECT_EQ(QColor(with.pixel(0, with.height() / 2)), highlight);
        // Two pixels wide: the frame makes room for it.
        EXPECT_EQ(QColor(with.pixel(with.width() / 2, 1)), highlight);
        EXPECT_EQ(QColor(with.pixel(1, with.height() / 2)), highlight);
        EXPECT_GE(differingPixels(with, without), with.width() + with.height())
            << pane->accessibleName().toStdString();
    }
    app.player().stop();
}

} // namespace
} // namespace ondes
