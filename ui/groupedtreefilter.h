#pragma once

// The search box of the shortcut lists (the shortcuts window, Settings ▸ Shortcuts): a
// two-level tree, groups of items, filtered as one types.

class QString;
class QTreeWidget;

namespace ondes {

// Hides the items whose first two columns do not contain text (case ignored), and the groups
// left empty; an empty text shows everything.
void filterGroupedTree(QTreeWidget* tree, const QString& text);

} // namespace ondes
