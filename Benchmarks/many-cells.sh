#!/usr/bin/env bash
# Many-cells benchmark: a generated lesson of N one-line cells (default 50,000), each declaring a value and
# showing one, run, updated and checked by the release build. The cost must grow linearly with the number of
# cells (target: well under 15 s for 50,000); the same lesson at a tenth of the size shows whether it does.
# Prints a Markdown table of wall times.
#
# Usage: Benchmarks/many-cells.sh [--cells N] [--scratch-path DIR]
#   --cells N           cells in the large lesson (default 50000)
#   --scratch-path DIR  the release build folder (default .build)
set -euo pipefail
cd "$(dirname "$0")/.."

cells=50000
scratch=.build
while [ $# -gt 0 ]; do
    case "$1" in
        --cells) cells="$2"; shift 2 ;;
        --scratch-path) scratch="$2"; shift 2 ;;
        -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "many-cells.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done

echo "Building lesson (release)..." >&2
swift build -c release --product lesson --scratch-path "$scratch" >&2
lesson="$(swift build -c release --product lesson --scratch-path "$scratch" --show-bin-path)/lesson"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# A lesson of $1 cells: `let v1 = 1` and, every other cell, the value `v1 + 1`.
generate() {
    awk -v n="$1" 'BEGIN {
        print "# Many cells"
        for (i = 1; i <= n; i++) {
            if (i % 2) printf "\n```swift\nlet v%d = %d\n```\n", i, i
            else printf "\n```swift\nv%d + 1\n```\n", i - 1
        }
    }'
}

# Seconds one command takes, wall time.
seconds() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    awk -v ns="$((end - start))" 'BEGIN { printf "%.2f", ns / 1e9 }'
}

rows=()
for count in $((cells / 10)) "$cells"; do
    generate "$count" >"$work/many.md"
    update=$(seconds "$lesson" update "$work/many.md")
    check=$(seconds "$lesson" check "$work/many.md")
    run=$(seconds "$lesson" run "$work/many.md")
    "$lesson" check "$work/many.md" >"$work/check.txt" 2>&1 || { cat "$work/check.txt" >&2; exit 1; }
    rows+=("| $count | $update s | $check s | $run s |")
done

echo
echo "One-line cells, release build, $(nproc) cores, load average $(cut -d" " -f1 /proc/loadavg) at the end:"
echo
echo "| cells | \`lesson update\` | \`lesson check\` | \`lesson run\` |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
