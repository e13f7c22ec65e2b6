#!/bin/sh
# Records each program's expected output by compiling it with the real Swift compiler:
#   Tests/LessonScriptTests/Programs/record.sh
# The differential test interprets each program and compares with the committed *.expected files.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for program in *.swift; do
    name=${program%.swift}
    cp "$program" "$work/main.swift"
    swiftc -Onone -module-name main "$work/main.swift" -o "$work/$name" -lm
    "$work/$name" > "$name.expected"
done
