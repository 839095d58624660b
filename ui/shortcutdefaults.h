#pragma once

// The default keys of every action of the window, in the order the shortcuts window and the
// settings list them: the table ShortcutMap starts from. Descriptions are marked for
// translation in the "ondes::ShortcutMap" context.

#include "shortcutmap.h"

#include <QList>

namespace ondes {

QList<ShortcutMap::Definition> shortcutDefaults();

} // namespace ondes
