#!/usr/bin/env python3
"""Checks the Flatpak manifest without building it (that needs the network): it parses, names
the app id and command the CMake build installs, and provides every dependency that the CMake
build looks for, through the runtime/SDK or a module of its own.

    check-manifest.py MANIFEST.json CMakeLists.txt
"""
import json
import re
import sys

# What each runtime provides, of the packages Ondes's CMake looks for.
RUNTIME_PROVIDES = {
    "org.kde.Sdk": {"Qt6", "PkgConfig", "LibXml2", "GTest", "benchmark"},
}
# find_package / pkg_check_modules names -> the module that would build them.
MODULE_FOR = {"taglib": "taglib", "Qt6Keychain": "qtkeychain"}


def main():
    manifest_path, cmake_path = sys.argv[1], sys.argv[2]
    with open(manifest_path) as f:
        manifest = json.load(f)
    with open(cmake_path) as f:
        cmake = f.read()
    problems = []
    if manifest.get("id") != "org.ondes.Ondes":
        problems.append("id is not org.ondes.Ondes")
    if manifest.get("command") != "ondes":
        problems.append("command is not ondes")
    provided = RUNTIME_PROVIDES.get(manifest.get("sdk"), set())
    modules = {m["name"] for m in manifest.get("modules", [])}
    if "ondes" not in modules:
        problems.append("no ondes module")
    needed = set(re.findall(r"find_package\((\w+)", cmake))
    needed |= {m.lower() for m in re.findall(r"pkg_check_modules\(\w+ [^)]*?(\w+)>=", cmake)}
    for package in sorted(needed):
        if package in provided:
            continue
        module = MODULE_FOR.get(package)
        if module and module in modules:
            continue
        problems.append(f"nothing provides {package}")
    ondes = next((m for m in manifest.get("modules", []) if m["name"] == "ondes"), {})
    for option in ("-DONDES_BUILD_TESTS=OFF", "-DONDES_BUILD_BENCH=OFF"):
        if option not in ondes.get("config-opts", []):
            problems.append(f"ondes module lacks {option}")
    for problem in problems:
        print("flatpak manifest:", problem)
    print("flatpak manifest:", "ok" if not problems else f"{len(problems)} problem(s)",
          f"({len(needed)} CMake dependencies checked)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
