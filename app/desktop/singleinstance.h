#pragma once

// SingleInstance keeps one Ondes window per data folder: a second `ondes URL|FILE` hands its
// arguments to the running instance over the session bus and leaves; the running one raises
// its window and opens them. With no session bus each start runs on its own.

#include <QObject>
#include <QStringList>

namespace ondes {

class SingleInstance : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.ondes.Ondes")
public:
    // dataRoot: the --data-dir folder, or empty for the default one.
    explicit SingleInstance(const QString& dataRoot, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The bus name of the instance that owns dataRoot.
    static QString serviceName(const QString& dataRoot);

    // True when another instance took the arguments (this process should then exit).
    bool forwardToRunning(const QStringList& arguments) const;
    // Claims the name; false when there is no bus or the name is taken.
    bool registerInstance();

public Q_SLOTS:
    Q_SCRIPTABLE void Activate(const QStringList& arguments);

Q_SIGNALS:
    void activated(const QStringList& arguments);

private:
    QString m_service;
    bool m_registered = false;
};

} // namespace ondes
