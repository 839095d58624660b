#include "windowgeometry.h"

#include <QtGlobal>

namespace ondes {

QRect WindowGeometry::initial(const QRect& available)
{
    const QSize room = (available.size() - kFrameAllowance).expandedTo(QSize(1, 1));
    const QSize size = kPreferredSize.boundedTo(room);
    QRect geometry(QPoint(), size);
    geometry.moveCenter(available.center());
    // The frame's top edge (the title bar) stays on screen.
    geometry.moveTop(qMax(geometry.top(), available.top() + kFrameAllowance.height() - 8));
    return geometry;
}

} // namespace ondes
