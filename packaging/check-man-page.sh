#!/bin/sh
# The man page renders without a groff warning and names every sub-command `ondes --help` lists.
set -eu
groff=$1
page=$2
ondes=$3
warnings=$("$groff" -man -ww -z "$page" 2>&1)
if [ -n "$warnings" ]; then
    echo "$warnings"
    exit 1
fi
missing=0
for command in $("$ondes" --help | sed -n '/^Commands:/,$p' | awk '/^  [a-z]/ {print $1}'); do
    if ! sed 's/\\-/-/g' "$page" | grep -q "^\.B $command"; then
        echo "ondes.1 does not document the command $command"
        missing=1
    fi
done
exit $missing
