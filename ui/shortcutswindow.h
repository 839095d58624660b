#pragma once

// ShortcutsWindow (F1 or ?): every action of the window with its current keys, grouped
// (Playback, Episodes, Library, Window), plus the keys of the lists and fields that cannot be
// changed; a field filters the list as you type. It follows changes made in the settings.

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace ondes {

class ShortcutMap;

class ShortcutsWindow : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsWindow(ShortcutMap& shortcuts, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QLineEdit* filterEdit() const { return m_filter; }
    // The keys the list shows for an action id, as text ("F5, Ctrl+R", or "None"); "" for an
    // unknown id.
    QString keysShown(const QString& id) const;
    // The width column's widest text takes, indentation and padding included.
    int widestText(int column) const;

private:
    void fill();
    void applyFilter(const QString& text);
    // Opens wide enough for every action's name beside its keys, within the screen.
    void fitToNames();

    ShortcutMap& m_shortcuts;
    QLineEdit* m_filter;
    QTreeWidget* m_list;
};

} // namespace ondes
