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
    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
        /usr/bin/python3 "$here/atspi_walk.py" "$ondes"
    status=$?
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
