#pragma once

// SpeakersDialog lets the listener correct who speaks in one episode: remove a speaker, add
// one (name and role), change a role (edit the Role cell). Each change is saved at once as the
// listener's (Library: kept across refreshes); the details pane and the People view follow.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ondes {

class Library;

class SpeakersDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, KindColumn, SourceColumn };

    SpeakersDialog(Library& library, qint64 episodeId, const QString& episodeTitle,
                   QWidget* parent = nullptr);

    qint64 episodeId() const { return m_episodeId; }
    QTableWidget* table() const { return m_table; }
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* roleField() const { return m_role; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QString errorText() const;

    // What the buttons do.
    bool addFromFields();
    bool removeCurrent();

    // How the source of a speaker reads: "feed tag", "guessed", "yours" (translated).
    static QString sourceText(const QString& source);
    // "host", "guest"… as the listener's language says them.
    static QString kindText(const QString& kind);

private:
    void reload();
    void onItemChanged(int row, int column);
    void showError(const QString& error);

    Library& m_library;
    qint64 m_episodeId;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QLineEdit* m_role;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_error;
    bool m_loading = false;
};

} // namespace ondes
