#pragma once

// QueueView is the "Up next" panel: the queued episodes in play order. Ctrl+Up/Down moves the
// current one, Delete takes it off, Enter (or a double-click) plays it now.

#include <QWidget>

class QListView;
class QPushButton;

namespace ondes {

class PlayQueue;
class QueueModel;
class Library;

class QueueView : public QWidget
{
    Q_OBJECT
public:
    QueueView(PlayQueue& queue, Library& library, QWidget* parent = nullptr);

    QListView* listView() const { return m_list; }
    QueueModel* model() const { return m_model; }

    void moveCurrent(int delta);
    void removeCurrent();
    void playCurrent();

    // A side panel asks for modest room: the episode list's titles come first.
    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();

    PlayQueue& m_queue;
    QueueModel* m_model;
    QListView* m_list;
    QPushButton* m_remove;
    QPushButton* m_clear;
};

} // namespace ondes
