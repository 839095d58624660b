#include "focusframestyle.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionFocusRect>

namespace ondes {

namespace {

void drawOutline(QPainter* painter, const QRect& rect, const QColor& color)
{
    if (rect.width() < 2 * FocusFrameStyle::kWidth || rect.height() < 2 * FocusFrameStyle::kWidth)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const int w = FocusFrameStyle::kWidth;
    painter->drawRect(rect.left(), rect.top(), rect.width(), w);
    painter->drawRect(rect.left(), rect.bottom() - w + 1, rect.width(), w);
    painter->drawRect(rect.left(), rect.top() + w, w, rect.height() - 2 * w);
    painter->drawRect(rect.right() - w + 1, rect.top() + w, w, rect.height() - 2 * w);
    painter->restore();
}

} // namespace

QColor FocusFrameStyle::onSelection(const QColor& highlight)
{
    return highlight.darker(250);
}

int FocusFrameStyle::pixelMetric(PixelMetric metric, const QStyleOption* option,
                                 const QWidget* widget) const
{
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    // A list's or a text pane's frame wide enough for the whole outline.
    if (metric == PM_DefaultFrameWidth && qobject_cast<const QAbstractScrollArea*>(widget))
        return qMax(value, kWidth);
    return value;
}

FocusFrameStyle::FocusFrameStyle(QStyle* base) : QProxyStyle(base) {}

void FocusFrameStyle::install()
{
    if (!qobject_cast<FocusFrameStyle*>(QApplication::style()))
        QApplication::setStyle(new FocusFrameStyle(QStyleFactory::create(
            QApplication::style() ? QApplication::style()->name() : QString())));
}

void FocusFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                    QPainter* painter, const QWidget* widget) const
{
    if (element == PE_FrameFocusRect) {
        const QPalette::ColorGroup group =
            option->state & State_Enabled ? QPalette::Normal : QPalette::Disabled;
        const QColor highlight = option->palette.color(group, QPalette::Highlight);
        QColor color = highlight;
        // On a selected row the selection colour would vanish: a much darker shade of it shows.
        if (const auto* focus = qstyleoption_cast<const QStyleOptionFocusRect*>(option)) {
            if (focus->backgroundColor.isValid() && focus->backgroundColor == highlight)
                color = onSelection(highlight);
        }
        drawOutline(painter, option->rect, color);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // A focused list or text pane: its frame in the selection colour.
    if ((element == PE_Frame || element == PE_FrameLineEdit) && (option->state & State_HasFocus) &&
        qobject_cast<const QAbstractScrollArea*>(widget))
        drawOutline(painter, option->rect, option->palette.color(QPalette::Highlight));
}

void FocusFrameStyle::drawControl(ControlElement element, const QStyleOption* option,
                                  QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // Some styles (Fusion) show a focused button like the default one: the outline tells them
    // apart.
    if (element == CE_PushButton && (option->state & State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(*option);
        focus.rect = subElementRect(SE_PushButtonFocusRect, option, widget);
        drawPrimitive(PE_FrameFocusRect, &focus, painter, widget);
    }
}

void FocusFrameStyle::polish(QWidget* widget)
{
    QProxyStyle::polish(widget);
    // The base style draws some focus (sliders, spin boxes) only after a keyboard focus change;
    // here focus shows from the start.
    if (widget->isWindow())
        widget->setAttribute(Qt::WA_KeyboardFocusChange);
}

} // namespace ondes
