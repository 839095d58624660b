#pragma once

// QuitSignals turns SIGTERM, SIGINT and SIGHUP into a normal Qt quit, so a session logout or
// Ctrl+C still saves the playback position and the settings.

#include <QObject>

class QSocketNotifier;

namespace ondes {

class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject* parent = nullptr);
    ~QuitSignals() override;

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace ondes
