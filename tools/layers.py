#!/usr/bin/env python3
"""Prints the include graph between Ondes's source folders and checks it against the layers.

Usage: tools/layers.py [--graph] [SOURCE_DIR]

Each folder may include only its own headers and those of folders in lower layers (see LAYERS and
docs/ARCHITECTURE.md). Reads every `#include "..."` line of app/ and ui/, resolves it the way the
build does (beside the file, then against app/ and ui/), and prints one line per folder-to-folder
edge with --graph. Exits 1 and names the offending lines when an include goes up or sideways
between folders that do not depend on each other, or when the folders form a cycle; 0 otherwise.
The build enforces the same rule with include paths (CMakeLists.txt: ondes_layer); this script
says it in words and finds cycles.
"""
import os
import re
import sys

# Folder -> the folders it may use (directly). Lower layers first.
BASE = ["app/feed", "app/net", "app/media", "app/secrets"]
FEATURES = ["app/subscriptions", "app/downloads", "app/playback", "app/discovery", "app/sync"]
LAYERS = {
    "app/feed": [],
    "app/net": [],
    "app/media": ["app/feed"],
    "app/secrets": [],
    "app/library": BASE,
    **{feature: ["app/library"] + BASE for feature in FEATURES},
    "app/desktop": ["app/subscriptions", "app/downloads", "app/playback", "app/library"] + BASE,
    "app": ["app/desktop"] + FEATURES + ["app/library"] + BASE,
    "app/cli": ["app", "app/desktop"] + FEATURES + ["app/library"] + BASE,
    "main": ["app/cli", "ui", "app", "app/desktop"] + FEATURES + ["app/library"] + BASE,
    "ui": ["app", "app/desktop"] + FEATURES + ["app/library"] + BASE,
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_graph(root):
    edges = {}  # (from, to) -> ["file: include", ...]
    for top in ("app", "ui"):
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            rel_dir = os.path.relpath(dirpath, root)
            if rel_dir.startswith("app/feed/data"):
                continue
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(dirpath, name)
                # The programs' entries sit above every folder: they start the CLI or the window.
                entries = (("app", "main.cpp"), ("app", "windowmain.cpp"))
                from_node = "main" if (rel_dir, name) in entries else rel_dir
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for included in INCLUDE.findall(text):
                    for base in (dirpath, os.path.join(root, "app"), os.path.join(root, "ui")):
                        target = os.path.normpath(os.path.join(base, included))
                        if os.path.exists(target):
                            to = os.path.relpath(os.path.dirname(target), root)
                            if to != rel_dir and from_node != to:
                                edges.setdefault((from_node, to), []).append(
                                    f"{os.path.join(rel_dir, name)}: {included}")
                            break
    return edges


def find_cycle(nodes, edges):
    succ = {n: sorted({b for (a, b) in edges if a == n}) for n in nodes}
    state, stack = {}, []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in succ.get(n, []):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if not state.get(m):
                found = visit(m)
                if found:
                    return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(nodes):
        if not state.get(n):
            found = visit(n)
            if found:
                return found
    return None


def main(argv):
    show_graph = "--graph" in argv
    args = [a for a in argv if not a.startswith("--")]
    root = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    edges = folder_graph(root)
    nodes = {a for a, _ in edges} | {b for _, b in edges}
    if show_graph:
        for (a, b), lines in sorted(edges.items()):
            print(f"{a:18} -> {b:18} {len(lines):3} includes")
    problems = 0
    for (a, b), lines in sorted(edges.items()):
        if a not in LAYERS:
            print(f"{a}: not a known folder (add it to LAYERS in tools/layers.py)")
            problems += 1
        elif b not in LAYERS[a]:
            problems += 1
            print(f"{a} may not use {b}:")
            for line in lines:
                print(f"    {line}")
    cycle = find_cycle(nodes, edges)
    if cycle:
        problems += 1
        print("cycle between folders: " + " -> ".join(cycle))
    print(f"{len(nodes)} folders, {len(edges)} edges, "
          + ("no cycle, no upward include" if not problems else f"{problems} problems"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
