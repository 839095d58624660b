#!/usr/bin/env bash
# The AT-SPI walk (atspi_walk.py) on a private session bus and an X server of its own. Whatever
# it needs and lacks (77) skips it on a developer's machine and fails it in CI, where .ci/deps
# installs it all (python3-pyatspi, at-spi2-core, xvfb, dbus).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ondes=${1:?usage: run-atspi-walk.sh ONDES}

missing=()
for tool in dbus-run-session xvfb-run /usr/bin/python3 /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
status=77
if [ ${#missing[@]} -eq 0 ]; then
    # Once more when the first walk fails: it failed 2 times in about 6 full-suite runs on a
    # loaded machine, after 2 s and passing alone each time (a bus or X server that did not
    # come up while the suite started). What it checks (names, roles, announcements) does not
    # change between two walks, so a real fault fails both; the first one's output stays above.
    for attempt in 1 2; do
        dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
            /usr/bin/python3 "$here/atspi_walk.py" "$ondes"
        status=$?
        if [ "$status" -eq 0 ] || [ "$status" -eq 77 ]; then
            break
        fi
        [ "$attempt" -eq 1 ] && echo "the walk failed (status $status); once more"
    done
else
    echo "missing: ${missing[*]}"
fi
if [ "$status" -eq 77 ]; then
    case "${CI:-}" in
    true | TRUE | True | 1)
        echo "error: the accessibility test cannot run in CI; .ci/deps should have installed" \
            "what it needs"
        exit 1
        ;;
    esac
fi
exit "$status"
