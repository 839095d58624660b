#pragma once

// ShortcutMap is the one registry of the window's keyboard shortcuts: every action has a stable
// id ("playback.playPause"), a group, a description and its default keys. It keeps the
// listener's overrides in the settings, puts the keys on the registered QActions (now and on the
// next start), and finds conflicts before they are made.

#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;

namespace ondes {

class Settings;

class ShortcutMap : public QObject
{
    Q_OBJECT
public:
    enum class Group { Playback, Episodes, Library, Window };
    // Where the keys work: anywhere in the main window, or only in the episode list (the
    // caller adds the action to that widget).
    enum class Scope { Window, EpisodeList };

    struct Definition
    {
        QString id;
        Group group;
        const char* description; // translated in the "ondes::ShortcutMap" context
        QList<QKeySequence> defaults;
        Scope scope = Scope::Window;
    };

    // Every action, in the order the shortcuts window and the settings list them.
    static const QList<Definition>& definitions();
    static const Definition* definition(const QString& id);
    static QList<QKeySequence> defaultKeys(const QString& id);
    static QString description(const QString& id);
    static QString groupName(Group group);
    static QList<Group> groups();
    // "F5, Ctrl+R" in the user's words, or "" for none.
    static QString toText(const QList<QKeySequence>& keys);
    // Keys that keep their own meaning everywhere (focus, leaving a field): never assignable.
    static bool isReserved(const QKeySequence& key);

    // settings may be null: then the defaults are used and nothing is saved.
    explicit ShortcutMap(Settings* settings, QObject* parent = nullptr);

    QStringList ids() const;
    // Puts the keys (the override, or the defaults) on the action and follows later changes.
    // The action's shortcut context is set from the definition's scope.
    void add(const QString& id, QAction* action);
    QAction* action(const QString& id) const;

    QList<QKeySequence> keys(const QString& id) const;
    bool isDefault(const QString& id) const;
    // Saves the keys as the listener's choice (or forgets the override when they are the
    // defaults) and applies them at once. Refuses (returns false) an unknown id, a reserved key
    // or a key another action has.
    bool setKeys(const QString& id, const QList<QKeySequence>& keys);
    // Several at once (ids left out keep their keys), so that two actions can swap keys.
    // Refuses the whole change when the result would have a conflict or a reserved key.
    bool setAll(const QHash<QString, QList<QKeySequence>>& changes);
    void resetAll();

    // The id of the action other than exceptId that has key in assignment (by default the
    // current keys), or "".
    QString conflictFor(const QKeySequence& key, const QString& exceptId,
                        const QHash<QString, QList<QKeySequence>>& assignment = {}) const;
    // Every key given to more than one action in assignment: "Ctrl+L" → its ids.
    static QHash<QString, QStringList>
    conflicts(const QHash<QString, QList<QKeySequence>>& assignment);
    QHash<QString, QList<QKeySequence>> assignment() const;

Q_SIGNALS:
    // The keys of an action changed (by the listener, a reset or a load).
    void keysChanged(const QString& id);

private:
    void store(const QString& id, const QList<QKeySequence>& keys);
    void apply(const QString& id);

    Settings* m_settings;
    QHash<QString, QList<QKeySequence>> m_overrides;
    QHash<QString, QPointer<QAction>> m_actions;
};

} // namespace ondes
