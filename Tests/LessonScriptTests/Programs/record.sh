#!/bin/sh
# Records each program's expected side with the real Swift compiler:
#   Tests/LessonScriptTests/Programs/record.sh [name...]
# A program in this folder must compile: its *.expected file is what the compiled program prints. A program in
# Rejected/ must not: its *.expected file is swiftc's first error, as `line:column: error: message`.
# The differential test interprets each program and compares with the committed *.expected files. With names,
# only those programs are recorded.
set -eu
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
wanted() {
    [ $# -eq 0 ] && return 0
    for name in "$@"; do [ "$name" = "$program_name" ] && return 0; done
    return 1
}
for program in *.swift; do
    program_name=${program%.swift}
    wanted "$@" || continue
    cp "$program" "$work/main.swift"
    swiftc -Onone -module-name main "$work/main.swift" -o "$work/$program_name" -lm
    "$work/$program_name" > "$program_name.expected"
done
for program in Rejected/*.swift; do
    program_name=$(basename "$program" .swift)
    wanted "$@" || continue
    cp "$program" "$work/main.swift"
    if swiftc -Onone -module-name main "$work/main.swift" -o "$work/$program_name" -lm 2> "$work/errors"; then
        echo "$program compiles, but a rejected program must not" >&2
        exit 1
    fi
    grep -m1 -E '^[^ ]*main\.swift:[0-9]+:[0-9]+: error: ' "$work/errors" \
        | sed -E 's/^[^ ]*main\.swift:([0-9]+:[0-9]+: error: .*)$/\1/' > "Rejected/$program_name.expected"
done
