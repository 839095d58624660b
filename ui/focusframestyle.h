#pragma once

// FocusFrameStyle makes every keyboard focus stop plainly visible over the desktop's style:
// the focus frame (list rows, buttons, check boxes, tabs) is a solid two-pixel outline that
// contrasts with what is under it (the selection colour, or a much darker shade of it on a
// selected row), a focused button differs from the default one, and a focused list, tree or
// text pane (the description) has its two-pixel frame drawn in the selection colour. Focus shows
// from the start, not only after the first Tab.

#include <QProxyStyle>

namespace ondes {

class FocusFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // base: the style to draw everything else (null: the desktop's default style).
    explicit FocusFrameStyle(QStyle* base = nullptr);

    // Puts the style on the application, over the style it has.
    static void install();
    // The outline's width in pixels.
    static constexpr int kWidth = 2;
    // The outline's colour on a selected row.
    static QColor onSelection(const QColor& highlight);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void polish(QWidget* widget) override;
    using QProxyStyle::polish;
};

} // namespace ondes
