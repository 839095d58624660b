#pragma once

// RefreshFailures tells in the message strip which shows a refresh could not bring up to date,
// by name and with the reason, and offers Retry for just those shows. (The Shows list marks
// them too: ShowListModel::RefreshErrorRole, drawn by ShowItemDelegate.)

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

namespace ondes {

class Library;
class MessageBar;
class Refresher;

class RefreshFailures : public QObject
{
    Q_OBJECT
public:
    // How many failed shows the message names; the rest are counted.
    static constexpr int kNamed = 3;
    // A reason longer than this is shortened (the show's tooltip keeps it whole).
    static constexpr int kMaxReasonLength = 120;

    RefreshFailures(Refresher& refresher, Library& library, MessageBar& messages,
                    QObject* parent = nullptr);

    // The message for these shows (id, error), as the strip shows it.
    QString message(const QList<QPair<qint64, QString>>& failures) const;

private:
    void onFinished();

    Refresher& m_refresher;
    Library& m_library;
    MessageBar& m_messages;
    QList<QPair<qint64, QString>> m_failures; // in the order they failed
};

} // namespace ondes
