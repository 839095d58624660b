#pragma once

// ShortcutSettingsPage: every action with its keys, grouped; the selected action's keys are
// recorded in two key fields (KeyRecorder: Space starts recording, the next key is taken),
// cleared, reset one by one or all together. A key another action already has, or a reserved
// one, is refused on the spot with the reason, and the action keeps the key it had; the message
// stays until the next key. Saving goes through ShortcutMap, which applies the keys at once and
// keeps them in the settings.

#include "settingspage.h"

#include <QHash>
#include <QKeySequence>
#include <QList>

class QKeySequence;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ondes {

class KeyRecorder;
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
    KeyRecorder* primaryEdit() const { return m_primary; }
    KeyRecorder* alternativeEdit() const { return m_alternative; }
    QPushButton* clearPrimaryButton() const { return m_clearPrimary; }
    QPushButton* clearAlternativeButton() const { return m_clearAlternative; }
    QPushButton* resetButton() const { return m_reset; }
    QPushButton* resetAllButton() const { return m_resetAll; }
    QLabel* messageLabel() const { return m_message; }

private:
    void fillList();
    void updateItem(const QString& id);
    void showSelected();
    // The listener recorded key in one field (slot 0: the shortcut, 1: the alternative), or
    // cleared it (an empty key).
    void onRecorded(int slot, const QKeySequence& key);
    void applyFilter(const QString& text);
    void showMessage(const QString& text);

    ShortcutMap& m_shortcuts;
    QHash<QString, QList<QKeySequence>> m_pending;
    QHash<QString, QTreeWidgetItem*> m_items;
    QLineEdit* m_filter;
    QTreeWidget* m_list;
    QLabel* m_actionName;
    KeyRecorder* m_primary;
    KeyRecorder* m_alternative;
    QPushButton* m_clearPrimary;
    QPushButton* m_clearAlternative;
    QPushButton* m_reset;
    QPushButton* m_resetAll;
    QLabel* m_message;
};

} // namespace ondes
