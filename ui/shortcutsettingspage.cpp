#include "shortcutsettingspage.h"

#include "groupedtreefilter.h"
#include "keyrecorder.h"
#include "shortcutmap.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ondes {

namespace {

constexpr int kShortcutIdRole = Qt::UserRole + 1;

QString keyText(const QKeySequence& key)
{
    return key.toString(QKeySequence::NativeText);
}

} // namespace

ShortcutSettingsPage::ShortcutSettingsPage(ShortcutMap& shortcuts, QWidget* parent)
    : SettingsPage(parent), m_shortcuts(shortcuts), m_filter(new QLineEdit(this)),
      m_list(new QTreeWidget(this)), m_actionName(new QLabel(this)),
      m_primary(new KeyRecorder(this)), m_alternative(new KeyRecorder(this)),
      m_clearPrimary(new QPushButton(tr("Clear"), this)),
      m_clearAlternative(new QPushButton(tr("Clear"), this)),
      m_reset(new QPushButton(tr("Reset to &Default"), this)),
      m_resetAll(new QPushButton(tr("Reset &All"), this)), m_message(new QLabel(this))
{
    m_filter->setPlaceholderText(tr("Find an action or a key"));
    m_filter->setClearButtonEnabled(true);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_list->setAccessibleName(tr("Actions and their shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_clearPrimary->setAutoDefault(false);
    m_clearAlternative->setAutoDefault(false);
    m_clearPrimary->setAccessibleName(tr("Clear the shortcut"));
    m_clearAlternative->setAccessibleName(tr("Clear the alternative shortcut"));
    m_reset->setAccessibleName(tr("Reset the selected action's shortcut to its default"));
    m_resetAll->setAccessibleName(tr("Reset every shortcut to its default"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Shortcut message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    auto* filterLabel = new QLabel(tr("F&ind:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setAccessibleName(tr("Find an action or a key"));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);

    QFont bold = m_actionName->font();
    bold.setBold(true);
    m_actionName->setFont(bold);
    m_actionName->setWordWrap(true);
    layout->addWidget(m_actionName);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    const auto withClear = [this](KeyRecorder* field, QPushButton* clear) {
        auto* row = new QHBoxLayout;
        row->addWidget(field, 1);
        row->addWidget(clear);
        auto* holder = new QWidget(this);
        holder->setLayout(row);
        row->setContentsMargins(0, 0, 0, 0);
        return holder;
    };
    QLabel* primaryLabel = addRow(form, tr("&Shortcut:"), withClear(m_primary, m_clearPrimary));
    primaryLabel->setBuddy(m_primary);
    QLabel* alternativeLabel =
        addRow(form, tr("Al&ternative:"), withClear(m_alternative, m_clearAlternative));
    alternativeLabel->setBuddy(m_alternative);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    buttons->addWidget(m_resetAll);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    fillList();
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showSelected(); });
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutSettingsPage::applyFilter);
    connect(m_primary, &KeyRecorder::keyRecorded, this,
            [this](const QKeySequence& key) { onRecorded(0, key); });
    connect(m_alternative, &KeyRecorder::keyRecorded, this,
            [this](const QKeySequence& key) { onRecorded(1, key); });
    connect(m_clearPrimary, &QPushButton::clicked, this, [this] { onRecorded(0, {}); });
    connect(m_clearAlternative, &QPushButton::clicked, this, [this] { onRecorded(1, {}); });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        const QString id = selectedAction();
        if (!id.isEmpty())
            showMessage(setPendingKeys(id, ShortcutMap::defaultKeys(id)));
    });
    connect(m_resetAll, &QPushButton::clicked, this, [this] {
        for (const QString& id : m_shortcuts.ids()) {
            m_pending.insert(id, ShortcutMap::defaultKeys(id));
            updateItem(id);
        }
        showSelected();
        showMessage(tr("Every shortcut is back to its default (once you apply)."));
    });
    load();
}

QString ShortcutSettingsPage::title() const
{
    return tr("Shortcuts");
}

void ShortcutSettingsPage::fillList()
{
    for (const ShortcutMap::Group group : ShortcutMap::groups()) {
        auto* groupItem = new QTreeWidgetItem(m_list, {ShortcutMap::groupName(group)});
        groupItem->setFlags(Qt::ItemIsEnabled);
        QFont bold = groupItem->font(0);
        bold.setBold(true);
        groupItem->setFont(0, bold);
        for (const ShortcutMap::Definition& d : ShortcutMap::definitions()) {
            if (d.group != group)
                continue;
            auto* item = new QTreeWidgetItem(groupItem, {ShortcutMap::description(d.id)});
            item->setData(0, kShortcutIdRole, d.id);
            m_items.insert(d.id, item);
        }
    }
    m_list->expandAll();
}

void ShortcutSettingsPage::load()
{
    m_pending = m_shortcuts.assignment();
    for (const QString& id : m_shortcuts.ids())
        updateItem(id);
    if (!m_list->currentItem() && !m_shortcuts.ids().isEmpty())
        selectAction(m_shortcuts.ids().constFirst());
    showSelected();
    showMessage({});
}

void ShortcutSettingsPage::updateItem(const QString& id)
{
    QTreeWidgetItem* item = m_items.value(id);
    if (!item)
        return;
    const QList<QKeySequence> keys = m_pending.value(id);
    const bool isDefault = keys == ShortcutMap::defaultKeys(id);
    item->setText(1, keys.isEmpty() ? tr("None") : ShortcutMap::toText(keys));
    QFont font = item->font(1);
    font.setItalic(!isDefault);
    item->setFont(1, font);
    item->setToolTip(1, isDefault
                            ? QString()
                            : tr("Changed; the default is %1")
                                  .arg(ShortcutMap::defaultKeys(id).isEmpty()
                                           ? tr("none")
                                           : ShortcutMap::toText(ShortcutMap::defaultKeys(id))));
}

void ShortcutSettingsPage::selectAction(const QString& id)
{
    if (QTreeWidgetItem* item = m_items.value(id))
        m_list->setCurrentItem(item);
}

QString ShortcutSettingsPage::selectedAction() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, kShortcutIdRole).toString() : QString();
}

void ShortcutSettingsPage::showSelected()
{
    const QString id = selectedAction();
    const bool editable = !id.isEmpty();
    const QList<QKeySequence> keys = m_pending.value(id);
    m_primary->setEnabled(editable);
    m_alternative->setEnabled(editable);
    m_clearPrimary->setEnabled(editable && !keys.value(0).isEmpty());
    m_clearAlternative->setEnabled(editable && !keys.value(1).isEmpty());
    m_reset->setEnabled(editable && m_pending.value(id) != ShortcutMap::defaultKeys(id));
    m_primary->setKey(keys.value(0));
    m_alternative->setKey(keys.value(1));
    const QString name = editable ? ShortcutMap::description(id) : QString();
    m_actionName->setText(name);
    m_primary->setAccessibleName(editable ? tr("Shortcut for %1").arg(name) : tr("Shortcut"));
    m_alternative->setAccessibleName(editable ? tr("Alternative shortcut for %1").arg(name)
                                              : tr("Alternative shortcut"));
}

void ShortcutSettingsPage::onRecorded(int slot, const QKeySequence& key)
{
    const QString id = selectedAction();
    if (id.isEmpty())
        return;
    QList<QKeySequence> wanted = m_pending.value(id);
    while (wanted.size() < 2)
        wanted << QKeySequence();
    wanted[slot] = key;
    QList<QKeySequence> keys;
    for (const QKeySequence& k : std::as_const(wanted)) {
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    }
    // A refused key changes nothing: the fields still show the keys kept.
    const QString refusal = setPendingKeys(id, keys);
    showMessage(refusal);
    showSelected();
}

QString ShortcutSettingsPage::setPendingKeys(const QString& id, const QList<QKeySequence>& keys)
{
    for (const QKeySequence& key : keys) {
        if (ShortcutMap::isReserved(key))
            return tr("%1 is kept for moving between controls and leaving fields; choose "
                      "another key.")
                .arg(keyText(key));
        const QString owner = m_shortcuts.conflictFor(key, id, m_pending);
        if (!owner.isEmpty())
            return tr("%1 is already the shortcut for “%2”. Choose another key, or change "
                      "that action's shortcut first.")
                .arg(keyText(key), ShortcutMap::description(owner));
    }
    m_pending.insert(id, keys);
    updateItem(id);
    if (id == selectedAction())
        showSelected();
    return {};
}

QString ShortcutSettingsPage::validate()
{
    const QHash<QString, QStringList> clashes = ShortcutMap::conflicts(m_pending);
    if (clashes.isEmpty())
        return {};
    setInvalidControl(m_list);
    const auto first = clashes.cbegin();
    QStringList names;
    for (const QString& id : first.value())
        names << ShortcutMap::description(id);
    return tr("%1 is given to several actions: %2.")
        .arg(QKeySequence(first.key(), QKeySequence::PortableText)
                 .toString(QKeySequence::NativeText),
             names.join(QStringLiteral(", ")));
}

void ShortcutSettingsPage::save()
{
    QHash<QString, QList<QKeySequence>> changes;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (it.value() != m_shortcuts.keys(it.key()))
            changes.insert(it.key(), it.value());
    }
    if (!changes.isEmpty())
        m_shortcuts.setAll(changes);
}

void ShortcutSettingsPage::applyFilter(const QString& text)
{
    filterGroupedTree(m_list, text);
}

void ShortcutSettingsPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace ondes
