#!/usr/bin/env bash
# Type-checking benchmark: how long the type checker takes on a whole lesson (target: under 5 ms for 20 cells).
# Each run type-checks every cell of the lesson in a fresh session with the library (nothing runs, parsing is
# not counted: running a cell parses it anyway); prints the median of the runs' totals per lesson.
#
# Usage: Benchmarks/type-checking.sh [--runs N] [--scratch-path DIR] [LESSON...]
#   --runs N            timed runs per lesson (default 50)
#   --scratch-path DIR  the release build folder (default .build)
#   LESSON...           the lessons to check (default lessons/05-training-a-digit-classifier.md and
#                       lessons/09-your-own-model.md)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=50
scratch=.build
lessons=()
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) runs="$2"; shift 2 ;;
        --scratch-path) scratch="$2"; shift 2 ;;
        -h | --help) sed -n '2,11p' "$0"; exit 0 ;;
        -*) echo "type-checking.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
        *) lessons+=("$1"); shift ;;
    esac
done
[ ${#lessons[@]} -gt 0 ] || lessons=(lessons/05-training-a-digit-classifier.md lessons/09-your-own-model.md)

echo "Building type-check-benchmark (release)..." >&2
swift build -c release --product type-check-benchmark --scratch-path "$scratch" >&2
benchmark="$(swift build -c release --product type-check-benchmark --scratch-path "$scratch" --show-bin-path)"
for lesson in "${lessons[@]}"; do
    "$benchmark/type-check-benchmark" "$lesson" --runs "$runs"
done
