#pragma once

// AddShowDialog asks for an address (a feed, a page that links to feeds, or an episode page),
// follows the subscription as it goes, lets the listener pick a feed when a page offers
// several, and says plainly why it failed.

#include "feed/pageimporter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ondes {

class Subscriber;

class AddShowDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddShowDialog(Subscriber& subscriber, QWidget* parent = nullptr);

    void setAddress(const QString& address);
    // Starts subscribing to the address typed (what the Add button does).
    void start();
    qint64 showId() const { return m_showId; }
    QString statusText() const;

Q_SIGNALS:
    void showAdded(qint64 showId);

protected:
    void done(int result) override;

private:
    void onProgress(int request, const QString& message);
    void onChoice(int request, const QList<ondes::FeedLink>& feeds);
    void onSubscribed(int request, qint64 showId);
    void onFailed(int request, const QString& error);
    void setBusy(bool busy);

    Subscriber& m_subscriber;
    QLineEdit* m_address;
    QListWidget* m_feeds;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    int m_request = 0;
    qint64 m_showId = 0;
};

} // namespace ondes
