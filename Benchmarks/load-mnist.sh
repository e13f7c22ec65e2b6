#!/usr/bin/env bash
# The lesson load path of chapter 13 on the full MNIST (70,000 PNGs from fast.ai's mnist_png.tgz, extracted once
# into the cache): `lesson run` of Benchmarks/load-mnist.md (decode every PNG into one tensor) and of
# Benchmarks/load-mnist-datablock.md (one pass over the book's DataBlock batches) against the same with PIL, NumPy
# and PyTorch (load_mnist.py), in one run, as whole processes.
#
#   Benchmarks/load-mnist.sh [--data DIR] [--python PATH] [--runs N] [--lesson BINARY]
#
# DIR holds mnist_png.tgz (default ../shared/data); it is extracted into $LESSON_CACHE (default
# ~/.cache/lesson/data) by a first, untimed run. PATH is a Python with torch, numpy and pillow (default
# .peers/bin/python, made by scripts/setup-benchmark-peers); N is the timed runs of each (default 3); BINARY is a
# release build of lesson (default: build one with `swift build -c release`).
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
python=""
runs=3
lesson=""
while [ $# -gt 0 ]; do
    case "$1" in
        --data) data=$2; shift 2 ;;
        --python) python=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --lesson) lesson=$2; shift 2 ;;
        -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "usage: $0 [--data DIR] [--python PATH] [--runs N] [--lesson BINARY]" >&2; exit 2 ;;
    esac
done
[ -f "$data/mnist_png.tgz" ] || { echo "load-mnist.sh: no mnist_png.tgz in $data (see --data)" >&2; exit 2; }
. Benchmarks/peer-python.sh
python=$(peer_python "$python")
[ -n "$python" ] || { echo "load-mnist.sh: no Python with PyTorch: $peer_hint" >&2; exit 2; }
if [ -z "$lesson" ]; then
    swift build -c release --product lesson >/dev/null
    lesson="$(swift build -c release --show-bin-path)/lesson"
fi
cache=${LESSON_CACHE:-$HOME/.cache/lesson/data}
folder="$cache/mnist_png"

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

# First runs: extract the archive (if the cache does not hold it yet), warm the file cache, show the results.
echo "lesson:         $("$lesson" run --data "$data" Benchmarks/load-mnist.md | tail -2 | head -1)"
echo "PIL + NumPy:    $("$python" Benchmarks/load_mnist.py "$folder")"
echo "lesson (block): $("$lesson" run --data "$data" Benchmarks/load-mnist-datablock.md | tail -2 | head -1)"
echo "PyTorch (block): $("$python" Benchmarks/load_mnist.py "$folder" --datablock)"
load_ours=$(median_seconds "$lesson" run --data "$data" Benchmarks/load-mnist.md)
load_theirs=$(median_seconds "$python" Benchmarks/load_mnist.py "$folder")
block_ours=$(median_seconds "$lesson" run --data "$data" Benchmarks/load-mnist-datablock.md)
block_theirs=$(median_seconds "$python" Benchmarks/load_mnist.py "$folder" --datablock)
echo
echo "| workload | lesson (s) | peer (s) | peer / lesson |"
echo "|---|---:|---:|---:|"
awk -v a="$load_ours" -v b="$load_theirs" \
    'BEGIN {printf "| decode 70,000 PNGs into one tensor (peer: PIL + NumPy) | %s | %s | %.1fx |\n", a, b, b / a}'
awk -v a="$block_ours" -v b="$block_theirs" \
    'BEGIN {printf "| one pass over the DataBlock batches of 512 (peer: PyTorch DataLoader + PIL) | %s | %s | %.1fx |\n", a, b, b / a}'
