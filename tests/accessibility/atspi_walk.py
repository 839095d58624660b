#!/usr/bin/python3
"""Ondes as a screen reader sees it, through AT-SPI (issue 21).

Run by run-atspi-walk.sh inside a private session bus and an X server of its own. It starts the
accessibility bus (at-spi-bus-launcher, which starts at-spi2-registryd), then `ondes` with Qt's
AT-SPI bridge on, and as a real client (pyatspi):

  * walks the main window, the Settings dialog and the Add Show dialog, and requires a name and
    a role for every focusable control on screen;
  * starts playback through the Listen button and requires the player bar's title to announce
    the episode's title (an accessible-name change event on it).

Exit status 0 when all holds, 1 with the faults listed otherwise, 77 when what it needs is
missing (the wrapper turns that into a failure in CI).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77


def log(*words):
    print(*words, flush=True)


def wait_for(predicate, timeout, step=0.1, pump=None):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if pump:
            pump()
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return None


def start_accessibility_bus():
    launcher = "/usr/libexec/at-spi-bus-launcher"
    if not os.path.exists(launcher):
        log("missing:", launcher, "(Debian package at-spi2-core)")
        sys.exit(SKIP)
    process = subprocess.Popen([launcher, "--launch-immediately"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def bus_address():
        result = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
             "org.a11y.Bus.GetAddress"], capture_output=True, text=True)
        return result.returncode == 0 and "unix:" in result.stdout

    if not wait_for(bus_address, 10):
        log("the accessibility bus did not start")
        process.kill()
        sys.exit(1)
    return process


def main():
    if len(sys.argv) != 2:
        log("usage: atspi_walk.py ONDES")
        return 2
    ondes = sys.argv[1]
    if not os.environ.get("DISPLAY"):
        log("no X display (run under xvfb-run)")
        return SKIP
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        log("no session bus (run under dbus-run-session)")
        return SKIP

    bus = start_accessibility_bus()
    try:
        import pyatspi  # after the bus is up: it connects on import
        from gi.repository import GLib
    except ImportError as error:
        log("missing:", error, "(Debian package python3-pyatspi)")
        bus.kill()
        return SKIP

    data = tempfile.mkdtemp(prefix="ondes-atspi-")
    environment = dict(os.environ, QT_ACCESSIBILITY="1", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                       QT_QPA_PLATFORM="xcb", LANGUAGE="en", LC_ALL="C.UTF-8")
    app_process = subprocess.Popen([ondes, "--data-dir", data], env=environment)
    faults = []
    try:
        faults = run_checks(pyatspi, GLib, app_process)
    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
        bus.terminate()
        shutil.rmtree(data, ignore_errors=True)
    if faults:
        log("FAIL:", len(faults), "fault(s)")
        for fault in faults:
            log("  -", fault)
        return 1
    log("PASS")
    return 0


def run_checks(pyatspi, GLib, app_process):
    context = GLib.MainContext.default()

    def pump():
        while context.iteration(False):
            pass

    desktop = pyatspi.Registry.getDesktop(0)

    def find_app():
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == "ondes":
                return app
        return None

    app = wait_for(find_app, 60, step=0.3)
    if app is None:
        return ["ondes did not appear on the accessibility bus (exit: %s)" % app_process.poll()]

    def states(accessible):
        try:
            return accessible.getState()
        except Exception:
            return None

    def showing(accessible):
        state = states(accessible)
        return state is not None and state.contains(pyatspi.STATE_SHOWING)

    def children(accessible):
        try:
            return [accessible.getChildAtIndex(i) for i in range(accessible.childCount)]
        except Exception:
            return []

    def walk(accessible, depth=0):
        if accessible is None or depth > 40:
            return
        yield accessible
        for child in children(accessible):
            if child is not None and showing(child):
                yield from walk(child, depth + 1)

    def window_named(part, role):
        for window in children(app):
            if (window is not None and part in (window.name or "") and
                    window.getRole() == role and showing(window)):
                return window
        return None

    def describe(accessible):
        path = []
        node = accessible
        while node is not None and len(path) < 6:
            try:
                path.append("%s '%s'" % (node.getRoleName(), node.name))
                node = node.parent
            except Exception:
                break
        return " < ".join(path)

    faults = []

    def check_window(title_part, role, label):
        window = wait_for(lambda: window_named(title_part, role), 15, pump=pump)
        if window is None:
            faults.append("%s: no window named like '%s'" % (label, title_part))
            return None
        checked = 0
        for accessible in walk(window):
            state = states(accessible)
            if state is None or not state.contains(pyatspi.STATE_FOCUSABLE):
                continue
            checked += 1
            role = accessible.getRole()
            name = (accessible.name or "").strip()
            if role in (pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_INVALID):
                faults.append("%s: no role: %s" % (label, describe(accessible)))
            if not name:
                faults.append("%s: no name: %s" % (label, describe(accessible)))
        log("%s: %d focusable controls checked" % (label, checked))
        if checked < 3:
            faults.append("%s: only %d focusable controls found" % (label, checked))
        return window

    def find(root, role, name_part):
        for accessible in walk(root):
            if accessible.getRole() == role and name_part in (accessible.name or ""):
                return accessible
        return None

    def press(accessible):
        action = accessible.queryAction()
        for index in range(action.nActions):
            if action.getName(index) in ("press", "click", "Press", "Click", "toggle"):
                action.doAction(index)
                return True
        if action.nActions:
            action.doAction(0)
            return True
        return False

    def menu_item(root, item_name, depth=0):
        # Menus are walked closed: their items are there, not on screen.
        if root is None or depth > 6:
            return None
        for child in children(root):
            if child is None:
                continue
            role = child.getRole()
            if role == pyatspi.ROLE_MENU_ITEM and (child.name or "").startswith(item_name):
                return child
            if role in (pyatspi.ROLE_MENU_BAR, pyatspi.ROLE_MENU, pyatspi.ROLE_POPUP_MENU,
                        pyatspi.ROLE_MENU_ITEM):
                found = menu_item(child, item_name, depth + 1)
                if found is not None:
                    return found
        return None

    def menu_bar(window):
        for accessible in walk(window):
            if accessible.getRole() == pyatspi.ROLE_MENU_BAR:
                return accessible
        return None

    main = check_window("Ondes", pyatspi.ROLE_FRAME, "main window")
    if main is None:
        return faults
    if os.environ.get("ONDES_ATSPI_DUMP"):
        def dump(node, depth=0):
            if node is None or depth > 12:
                return
            state = states(node)
            log("  " * depth + "%s '%s' focusable=%s showing=%s n=%d" % (
                node.getRoleName(), node.name,
                state.contains(pyatspi.STATE_FOCUSABLE) if state else None,
                state.contains(pyatspi.STATE_SHOWING) if state else None, node.childCount))
            if node.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM):
                return
            for child in children(node):
                dump(child, depth + 1)
        dump(main)
    bar = menu_bar(main)
    if bar is None:
        faults.append("main window: no menu bar")
        return faults

    for item_name, title, label in (("Add Show", "Add a show", "Add Show dialog"),
                                    ("Settings", "Settings", "Settings dialog")):
        item = menu_item(bar, item_name)
        if item is None:
            faults.append("%s: no menu item '%s'" % (label, item_name))
            continue
        press(item)
        dialog = check_window(title, pyatspi.ROLE_DIALOG, label)
        if dialog is not None:
            cancel = find(dialog, pyatspi.ROLE_PUSH_BUTTON, "Cancel") or find(
                dialog, pyatspi.ROLE_PUSH_BUTTON, "Close")
            if cancel is None or not press(cancel):
                faults.append("%s: no Cancel or Close button" % label)
            elif not wait_for(lambda: window_named(title, pyatspi.ROLE_DIALOG) is None, 10,
                              pump=pump):
                faults.append("%s: did not close" % label)

    # Playback: the player bar's title says the episode's title when it starts.
    names = []

    def on_name_change(event):
        # The event carries its source; its name is read as the event arrives.
        try:
            names.append((event.source.getRoleName(), event.source.name or ""))
        except Exception:
            pass

    pyatspi.Registry.registerEventListener(on_name_change,
                                           "object:property-change:accessible-name")
    episodes = (find(main, pyatspi.ROLE_TREE, "Episodes") or
                find(main, pyatspi.ROLE_TREE_TABLE, "Episodes") or
                find(main, pyatspi.ROLE_TABLE, "Episodes"))
    listen = find(main, pyatspi.ROLE_PUSH_BUTTON, "Listen") or find(
        main, pyatspi.ROLE_PUSH_BUTTON, "Play the episode")
    title = None
    if episodes is None:
        faults.append("playback: no episode list named 'Episodes'")
    if listen is None:
        faults.append("playback: no Listen button")
    if episodes is not None and listen is not None:
        # The selected episode's title: the second cell of the selected row.
        table = episodes.queryTable()
        row = -1
        for candidate in range(table.nRows):
            if table.isRowSelected(candidate):
                row = candidate
                break
        if row < 0:
            faults.append("playback: no episode selected")
        else:
            title = table.getAccessibleAt(row, 1).name
            log("playing:", title)
            press(listen)
            heard = wait_for(
                lambda: [n for n in names if n[0] == "label" and title in n[1]], 20, pump=pump)
            if not heard:
                faults.append("playback: the title '%s' was not announced (name changes: %s)" %
                              (title, names[-10:]))
            # The list marks the episode for a screen reader too: its cells' description.
            def described():
                for cell in children(episodes):
                    if cell is not None and cell.name == title:
                        return "Now playing" in (cell.description or "")
                return False
            if not wait_for(described, 10, pump=pump):
                faults.append("playback: the list's row of '%s' is not described as playing" %
                              title)
            label = find(main, pyatspi.ROLE_LABEL, title)
            if label is None:
                faults.append("playback: no label on screen shows the title '%s'" % title)
    pyatspi.Registry.deregisterEventListener(on_name_change,
                                             "object:property-change:accessible-name")
    return faults


if __name__ == "__main__":
    sys.exit(main())
