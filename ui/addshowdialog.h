#pragma once

// AddShowDialog asks for an address (a feed, a page that links to feeds, or an episode page),
// follows the subscription as it goes, lets the listener pick a feed when a page offers
// several, and says plainly why it failed: a sentence quoting the address typed, the technical
// detail behind a Details button, the dialog growing to show it all.

#include "feed/pageimporter.h"
#include "subscriptions/subscriber.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace ondes {

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
    // The technical detail of the last failure ("" when none), and its button.
    QString detailText() const;
    QToolButton* detailsButton() const { return m_detailsButton; }

Q_SIGNALS:
    void showAdded(qint64 showId);

protected:
    void done(int result) override;

private:
    void onProgress(int request, const QString& message);
    void onChoice(int request, const QList<ondes::FeedLink>& feeds);
    void onSubscribed(int request, qint64 showId);
    void onFailed(int request, const QString& error, Subscriber::Failure why);
    void setStatus(const QString& text, const QString& detail = {});
    void setBusy(bool busy);
    // Grows the dialog when its text needs more height than it has.
    void fitToText();

    Subscriber& m_subscriber;
    QLineEdit* m_address;
    QListWidget* m_feeds;
    QLabel* m_status;
    QToolButton* m_detailsButton;
    QPlainTextEdit* m_detail;
    QDialogButtonBox* m_buttons;
    int m_request = 0;
    qint64 m_showId = 0;
};

} // namespace ondes
