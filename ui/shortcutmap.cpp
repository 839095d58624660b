#include "shortcutmap.h"

#include "library/settings.h"
#include "shortcutdefaults.h"

#include <QAction>
#include <QCoreApplication>

#include <algorithm>

namespace ondes {

namespace {

QList<QKeySequence> withoutEmpty(const QList<QKeySequence>& keys)
{
    QList<QKeySequence> result;
    for (const QKeySequence& k : keys) {
        if (!k.isEmpty() && !result.contains(k))
            result << k;
    }
    return result;
}

} // namespace

const QList<ShortcutMap::Definition>& ShortcutMap::definitions()
{
    static const QList<Definition> all = shortcutDefaults();
    return all;
}

const ShortcutMap::Definition* ShortcutMap::definition(const QString& id)
{
    for (const Definition& d : definitions()) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QList<QKeySequence> ShortcutMap::defaultKeys(const QString& id)
{
    const Definition* d = definition(id);
    return d ? d->defaults : QList<QKeySequence>();
}

QString ShortcutMap::description(const QString& id)
{
    const Definition* d = definition(id);
    return d ? QCoreApplication::translate("ondes::ShortcutMap", d->description) : QString();
}

QString ShortcutMap::groupName(Group group)
{
    switch (group) {
    case Group::Playback:
        return tr("Playback");
    case Group::Episodes:
        return tr("Episodes");
    case Group::Library:
        return tr("Library");
    case Group::Window:
        return tr("Window");
    }
    return {};
}

QList<ShortcutMap::Group> ShortcutMap::groups()
{
    return {Group::Playback, Group::Episodes, Group::Library, Group::Window};
}

QString ShortcutMap::toText(const QList<QKeySequence>& keys)
{
    QStringList texts;
    for (const QKeySequence& k : keys)
        texts << k.toString(QKeySequence::NativeText);
    return texts.join(QStringLiteral(", "));
}

bool ShortcutMap::isReserved(const QKeySequence& key)
{
    static const QList<QKeySequence> reserved = {
        QKeySequence(Qt::Key_Tab), QKeySequence(Qt::Key_Backtab),
        QKeySequence(Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Backtab),
        QKeySequence(Qt::Key_Escape)};
    return reserved.contains(key);
}

ShortcutMap::ShortcutMap(Settings* settings, QObject* parent)
    : QObject(parent), m_settings(settings)
{
    if (!m_settings)
        return;
    const QMap<QString, QString> saved = m_settings->shortcutOverrides();
    for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
        // Ids of actions that no longer exist are ignored (and kept, harmlessly).
        if (definition(it.key()))
            m_overrides.insert(it.key(), withoutEmpty(QKeySequence::listFromString(
                                             it.value(), QKeySequence::PortableText)));
    }
}

QStringList ShortcutMap::ids() const
{
    QStringList result;
    for (const Definition& d : definitions())
        result << d.id;
    return result;
}

void ShortcutMap::add(const QString& id, QAction* action)
{
    const Definition* d = definition(id);
    Q_ASSERT_X(d, "ShortcutMap::add", "unknown shortcut id");
    if (!d || !action)
        return;
    action->setObjectName(id);
    // Single keys (Space, arrows, letters) still reach a text field: QLineEdit and the spin
    // boxes claim them through ShortcutOverride before a window shortcut can fire.
    action->setShortcutContext(d->scope == Scope::Window ? Qt::WindowShortcut
                                                         : Qt::WidgetWithChildrenShortcut);
    m_actions.insert(id, action);
    apply(id);
}

QAction* ShortcutMap::action(const QString& id) const
{
    return m_actions.value(id);
}

QList<QKeySequence> ShortcutMap::keys(const QString& id) const
{
    const auto it = m_overrides.constFind(id);
    return it != m_overrides.cend() ? *it : defaultKeys(id);
}

bool ShortcutMap::isDefault(const QString& id) const
{
    return keys(id) == defaultKeys(id);
}

bool ShortcutMap::setKeys(const QString& id, const QList<QKeySequence>& keys)
{
    return setAll({{id, keys}});
}

bool ShortcutMap::setAll(const QHash<QString, QList<QKeySequence>>& changes)
{
    QHash<QString, QList<QKeySequence>> result = assignment();
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (!definition(it.key()))
            return false;
        const QList<QKeySequence> wanted = withoutEmpty(it.value());
        if (std::any_of(wanted.cbegin(), wanted.cend(), &ShortcutMap::isReserved))
            return false;
        result.insert(it.key(), wanted);
    }
    if (!conflicts(result).isEmpty())
        return false;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (result.value(it.key()) != keys(it.key()))
            store(it.key(), result.value(it.key()));
    }
    return true;
}

void ShortcutMap::store(const QString& id, const QList<QKeySequence>& wanted)
{
    if (wanted == defaultKeys(id)) {
        m_overrides.remove(id);
        if (m_settings)
            m_settings->removeShortcutOverride(id);
    } else {
        m_overrides.insert(id, wanted);
        if (m_settings)
            m_settings->setShortcutOverride(
                id, QKeySequence::listToString(wanted, QKeySequence::PortableText));
    }
    apply(id);
}

void ShortcutMap::resetAll()
{
    const QStringList changed = m_overrides.keys();
    m_overrides.clear();
    for (const QString& id : changed) {
        if (m_settings)
            m_settings->removeShortcutOverride(id);
        apply(id);
    }
}

QHash<QString, QList<QKeySequence>> ShortcutMap::assignment() const
{
    QHash<QString, QList<QKeySequence>> result;
    for (const Definition& d : definitions())
        result.insert(d.id, keys(d.id));
    return result;
}

QString ShortcutMap::conflictFor(const QKeySequence& key, const QString& exceptId,
                                 const QHash<QString, QList<QKeySequence>>& assignment) const
{
    if (key.isEmpty())
        return {};
    const QHash<QString, QList<QKeySequence>> current =
        assignment.isEmpty() ? this->assignment() : assignment;
    // In definition order, so that the answer does not depend on hashing.
    for (const Definition& d : definitions()) {
        if (d.id != exceptId && current.value(d.id).contains(key))
            return d.id;
    }
    return {};
}

QHash<QString, QStringList>
ShortcutMap::conflicts(const QHash<QString, QList<QKeySequence>>& assignment)
{
    QHash<QString, QStringList> owners;
    for (const Definition& d : definitions()) {
        for (const QKeySequence& k : assignment.value(d.id))
            owners[k.toString(QKeySequence::PortableText)] << d.id;
    }
    for (auto it = owners.begin(); it != owners.end();) {
        if (it->size() < 2)
            it = owners.erase(it);
        else
            ++it;
    }
    return owners;
}

void ShortcutMap::apply(const QString& id)
{
    if (QAction* a = m_actions.value(id))
        a->setShortcuts(keys(id));
    Q_EMIT keysChanged(id);
}

} // namespace ondes
