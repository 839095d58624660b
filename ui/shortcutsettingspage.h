#pragma once

// ShortcutSettingsPage: every action with its keys, grouped; the selected action's keys are
// recorded in two key-sequence fields, reset one by one or all together. A key another action
// already has is refused on the spot, with the name of that action. Saving goes through
// ShortcutMap, which applies the keys at once and keeps them in the settings.

#include "settingspage.h"

#include <QHash>
#include <QKeySequence>
#include <QList>

class QKeySequence;
class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ondes {

class ShortcutMap;

class ShortcutSettingsPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit ShortcutSettingsPage(ShortcutMap& shortcuts, QWidget* parent = nullptr);

    QString title() const override;
    void load() override;
    QString validate() override;
    void save() override;

    // The keys as they will be saved.
    QList<QKeySequence> pendingKeys(const QString& id) const { return m_pending.value(id); }
    // Makes id the action being edited.
    void selectAction(const QString& id);
    QString selectedAction() const;
    // What the listener's recording does: "" when taken, else why it was refused.
    QString setPendingKeys(const QString& id, const QList<QKeySequence>& keys);

    QLineEdit* filterEdit() const { return m_filter; }
    QKeySequenceEdit* primaryEdit() const { return m_primary; }
    QKeySequenceEdit* alternativeEdit() const { return m_alternative; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* resetAllButton() const { return m_resetAll; }
    QLabel* messageLabel() const { return m_message; }

private:
    void fillList();
    void updateItem(const QString& id);
    void showSelected();
    void onEdited();
    void applyFilter(const QString& text);
    void showMessage(const QString& text);

    ShortcutMap& m_shortcuts;
    QHash<QString, QList<QKeySequence>> m_pending;
    QHash<QString, QTreeWidgetItem*> m_items;
    QLineEdit* m_filter;
    QTreeWidget* m_list;
    QLabel* m_actionName;
    QKeySequenceEdit* m_primary;
    QKeySequenceEdit* m_alternative;
    QPushButton* m_reset;
    QPushButton* m_resetAll;
    QLabel* m_message;
    bool m_updating = false;
};

} // namespace ondes
