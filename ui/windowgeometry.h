#pragma once

// WindowGeometry says where the main window opens the first time (no saved geometry): at a
// comfortable 1280×760 when the screen has room for it, else as large as the screen's available
// area allows (panels excluded, room left for the window frame), centred in that area.

#include <QRect>
#include <QSize>

namespace ondes {

class WindowGeometry
{
public:
    static constexpr QSize kPreferredSize{1280, 760};
    // What the window manager's title bar and borders may take around the client area.
    static constexpr QSize kFrameAllowance{16, 40};

    // The client-area geometry within available (a screen's availableGeometry()).
    static QRect initial(const QRect& available);
};

} // namespace ondes
