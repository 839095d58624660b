#pragma once

// PersonSearchDialog: "Find More with This Person". Podcast Index lists the episodes a person
// appears in across shows; each can be previewed (its show's feed, stored nowhere) and its show
// subscribed to. It says so plainly when Podcast Index is off or fails.

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace ondes {

class DirectorySearch;
class HttpClient;
class Subscriber;

class PersonSearchDialog : public QDialog
{
    Q_OBJECT
public:
    PersonSearchDialog(DirectorySearch& search, HttpClient& http, Subscriber& subscriber,
                       const QString& person, QWidget* parent = nullptr);

    QTreeWidget* episodeList() const { return m_episodes; }
    QString statusText() const;
    // Opens the preview of the chosen episode's show (Enter, a double click).
    void previewCurrent();

private:
    void onFinished();

    DirectorySearch& m_search;
    HttpClient& m_http;
    Subscriber& m_subscriber;
    QString m_person;
    QLabel* m_status;
    QTreeWidget* m_episodes;
};

} // namespace ondes
