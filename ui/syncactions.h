#pragma once

// SyncActions: "Sync Now" for the window's menu (and its key), and Undo for a show that a sync
// removed because it was unsubscribed on another device: the message bar says so and offers to
// subscribe to it again here (the server learns it on the next sync, started at once).

#include <QObject>
#include <QStringList>

class QAction;

namespace ondes {

class Application;
class MessageBar;
struct SyncReport;

class SyncActions : public QObject
{
    Q_OBJECT
public:
    SyncActions(Application& app, MessageBar& messages, QObject* parent = nullptr);

    QAction* syncNowAction() const { return m_syncNow; }
    void syncNow();
    // Subscribes again to these shows removed by another device; false if one could not be.
    bool undoRemoval(const QStringList& feedUrls);

private:
    void onFinished(const ondes::SyncReport& report);

    Application& m_app;
    MessageBar& m_messages;
    QAction* m_syncNow;
};

} // namespace ondes
