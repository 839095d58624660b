#include "keyboardfocus.h"

#include "episodelistview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenuBar>

namespace ondes {

KeyboardFocus::KeyboardFocus(QMainWindow* window, EpisodeListView* episodes, QLineEdit* search,
                             QAction* play)
    : QObject(window), m_window(window), m_episodes(episodes), m_search(search), m_play(play),
      m_menuBar(new QAction(tr("Open the Menu Bar"), this))
{
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_episodes->currentIndex().isValid())
            m_play->trigger();
    });

    // The search field's ↓, and Space on a focused button (pressed, not the window's play/pause).
    qApp->installEventFilter(this);

    window->addAction(m_menuBar);
    connect(m_menuBar, &QAction::triggered, this, [this] {
        QMenuBar* bar = m_window->menuBar();
        for (QAction* menu : bar->actions()) {
            if (menu->isVisible() && menu->isEnabled()) {
                bar->setActiveAction(menu);
                return;
            }
        }
    });
}

void KeyboardFocus::focusInto(QWidget* widget)
{
    if (!widget)
        return;
    if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
        const QAbstractItemModel* model = view->model();
        if (model && !view->currentIndex().isValid() && model->rowCount(view->rootIndex()) > 0)
            view->setCurrentIndex(model->index(0, 0, view->rootIndex()));
    }
    widget->setFocus(Qt::ShortcutFocusReason);
}

void KeyboardFocus::focusEpisodes()
{
    focusInto(m_episodes);
}

QAction* KeyboardFocus::addPanel(QDockWidget* dock, QWidget* focusTarget)
{
    QAction* toggle = dock->toggleViewAction();
    auto* action = new QAction(toggle->text(), this);
    action->setCheckable(true);
    action->setChecked(toggle->isChecked());
    connect(toggle, &QAction::toggled, action, &QAction::setChecked);
    connect(toggle, &QAction::changed, action,
            [action, toggle] { action->setText(toggle->text()); });
    connect(action, &QAction::triggered, this, [this, action, dock, focusTarget] {
        togglePanel(dock, focusTarget);
        action->setChecked(!dock->isHidden());
    });
    return action;
}

void KeyboardFocus::togglePanel(QDockWidget* dock, QWidget* focusTarget)
{
    const QWidget* focus = QApplication::focusWidget();
    const bool shown = !dock->isHidden();
    if (shown && focus && dock->isAncestorOf(focus)) {
        dock->hide();
        focusEpisodes();
        return;
    }
    dock->show();
    dock->raise(); // brings its tab forward when it shares the area with another panel
    QWidget* into = focusTarget && focusTarget->isVisibleTo(dock) && focusTarget->isEnabled()
                        ? focusTarget
                        : firstFocusStop(dock);
    if (into) {
        focusInto(into);
    } else if (shown) {
        // Nothing in it takes focus: the key hides what it showed.
        dock->hide();
        focusEpisodes();
    }
}

QWidget* KeyboardFocus::firstFocusStop(QWidget* container)
{
    for (QWidget* w = container->nextInFocusChain();
         w && w != container && container->isAncestorOf(w); w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(container) && w->isEnabled())
            return w;
    }
    return nullptr;
}

bool KeyboardFocus::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* button = qobject_cast<QAbstractButton*>(watched);
        if (button && key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier &&
            button->window() == m_window) {
            event->accept(); // the key press goes to the button
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            focusEpisodes();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ondes
