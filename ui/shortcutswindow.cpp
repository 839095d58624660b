#include "shortcutswindow.h"

#include "groupedtreefilter.h"
#include "shortcutmap.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ondes {

namespace {

constexpr int kActionIdRole = Qt::UserRole + 1;

} // namespace

ShortcutsWindow::ShortcutsWindow(ShortcutMap& shortcuts, QWidget* parent)
    : QDialog(parent), m_shortcuts(shortcuts), m_filter(new QLineEdit(this)),
      m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Find an action or a key"));
    m_filter->setAccessibleName(tr("Find an action or a key"));
    m_filter->setClearButtonEnabled(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto* filterLabel = new QLabel(tr("F&ind:"), this);
    filterLabel->setBuddy(m_filter);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto* note = new QLabel(tr("Change them in Settings ▸ Shortcuts. Keys without Ctrl or Alt "
                               "do not act while you type in a field."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsWindow::applyFilter);
    connect(&m_shortcuts, &ShortcutMap::keysChanged, this, [this] {
        fill();
        applyFilter(m_filter->text());
    });
    fill();
    fitToNames();
}

int ShortcutsWindow::widestText(int column) const
{
    const int padding = m_list->fontMetrics().averageCharWidth() * 3;
    int widest = 0;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_list->topLevelItem(g);
        widest =
            qMax(widest, QFontMetrics(group->font(column)).horizontalAdvance(group->text(column)));
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem* item = group->child(i);
            widest = qMax(widest,
                          QFontMetrics(item->font(column)).horizontalAdvance(item->text(column)) +
                              (column == 0 ? m_list->indentation() : 0));
        }
    }
    return widest + padding;
}

void ShortcutsWindow::fitToNames()
{
    const QMargins margins = layout()->contentsMargins();
    const int listWidth = widestText(0) + widestText(1) + 2 * m_list->frameWidth() +
                          m_list->verticalScrollBar()->sizeHint().width();
    QSize size = sizeHint().expandedTo(
        QSize(listWidth + margins.left() + margins.right(), fontMetrics().height() * 30));
    if (const QScreen* shown = screen())
        size = size.boundedTo(shown->availableGeometry().size() - QSize(16, 40));
    resize(size);
}

void ShortcutsWindow::fill()
{
    m_list->clear();
    auto addGroup = [this](const QString& name) {
        auto* group = new QTreeWidgetItem(m_list, {name});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        return group;
    };
    for (const ShortcutMap::Group group : ShortcutMap::groups()) {
        QTreeWidgetItem* groupItem = addGroup(ShortcutMap::groupName(group));
        for (const ShortcutMap::Definition& d : ShortcutMap::definitions()) {
            if (d.group != group)
                continue;
            const QList<QKeySequence> keys = m_shortcuts.keys(d.id);
            auto* item = new QTreeWidgetItem(
                groupItem, {ShortcutMap::description(d.id),
                            keys.isEmpty() ? tr("None") : ShortcutMap::toText(keys)});
            item->setData(0, kActionIdRole, d.id);
        }
    }
    // Keys that belong to one list or field, and cannot be changed.
    QTreeWidgetItem* fixed = addGroup(tr("Lists and fields"));
    const auto text = [](std::initializer_list<QKeySequence> keys) {
        return ShortcutMap::toText(QList<QKeySequence>(keys));
    };
    const QList<QPair<QString, QString>> fixedKeys = {
        {tr("Clear the search (in the search field)"), text({QKeySequence(Qt::Key_Escape)})},
        {tr("Go to the results (in the search field)"), text({QKeySequence(Qt::Key_Down)})},
        {tr("Play the current result (in the search field)"), text({QKeySequence(Qt::Key_Return)})},
        {tr("Move the queued episode up or down (in Up Next)"),
         text({QKeySequence(Qt::CTRL | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_Down)})},
        {tr("Remove from the queue (in Up Next)"), text({QKeySequence(Qt::Key_Delete)})},
        {tr("Play the queued episode (in Up Next)"), text({QKeySequence(Qt::Key_Return)})},
        {tr("Next or previous control"),
         text({QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)})},
        {tr("Open a menu or a tab"), tr("Alt + the underlined letter")},
    };
    for (const auto& [action, keys] : fixedKeys)
        new QTreeWidgetItem(fixed, {action, keys});
    m_list->expandAll();
}

QString ShortcutsWindow::keysShown(const QString& id) const
{
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, kActionIdRole).toString() == id)
                return group->child(i)->text(1);
        }
    }
    return {};
}

void ShortcutsWindow::applyFilter(const QString& text)
{
    filterGroupedTree(m_list, text);
}

} // namespace ondes
