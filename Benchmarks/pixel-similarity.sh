#!/usr/bin/env bash
# The pixel-similarity workload end to end (load 14,434 PNGs, stack, means, distances, accuracy): `lesson run` of
# Benchmarks/pixel-similarity.md against the same code in PyTorch with PIL, in one run, as whole processes.
#
#   Benchmarks/pixel-similarity.sh [--data DIR] [--python PATH] [--runs N] [--lesson BINARY]
#
# DIR holds the full mnist_sample/ (default ../shared/data); PATH is a Python with torch and pillow (default
# .peers/bin/python, made by scripts/setup-benchmark-peers); N is the timed runs of each (default 5); BINARY is a
# release build of lesson (default: build one with `swift build -c release`).
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
python=""
runs=5
lesson=""
while [ $# -gt 0 ]; do
    case "$1" in
        --data) data=$2; shift 2 ;;
        --python) python=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --lesson) lesson=$2; shift 2 ;;
        -h | --help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "usage: $0 [--data DIR] [--python PATH] [--runs N] [--lesson BINARY]" >&2; exit 2 ;;
    esac
done
[ -d "$data/mnist_sample" ] || { echo "pixel-similarity.sh: no mnist_sample/ in $data (see --data)" >&2; exit 2; }
. Benchmarks/peer-python.sh
python=$(peer_python "$python")
[ -n "$python" ] || { echo "pixel-similarity.sh: no Python with PyTorch: $peer_hint" >&2; exit 2; }
if [ -z "$lesson" ]; then
    swift build -c release --product lesson >/dev/null
    lesson="$(swift build -c release --show-bin-path)/lesson"
fi

# The median wall time of a command over $runs runs, in seconds.
median_seconds() {
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=("$(( (end - start) / 1000000 ))")
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)] / 1000}'
}

echo "lesson:  $("$lesson" run --data "$data" Benchmarks/pixel-similarity.md | tail -2 | head -1)"
echo "PyTorch: $("$python" Benchmarks/pixel_similarity.py "$data")"
ours=$(median_seconds "$lesson" run --data "$data" Benchmarks/pixel-similarity.md)
theirs=$(median_seconds "$python" Benchmarks/pixel_similarity.py "$data")
echo
echo "| run | median wall time (s) |"
echo "|---|---:|"
echo "| lesson run Benchmarks/pixel-similarity.md | $ours |"
echo "| python pixel_similarity.py (PyTorch + PIL) | $theirs |"
awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "\nPyTorch / lesson: %.1fx (target: at least 4x)\n", b / a}'
