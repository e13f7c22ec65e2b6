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
. Benchmarks/lesson-and-peer.sh
lesson_and_peer_options "$0" 12 "$@"
[ -f "$data/mnist_png.tgz" ] || { echo "load-mnist.sh: no mnist_png.tgz in $data (see --data)" >&2; exit 2; }
cache=${LESSON_CACHE:-$HOME/.cache/lesson/data}
folder="$cache/mnist_png"

# First runs: extract the archive (if the cache does not hold it yet), warm the file cache, show the results.
echo "lesson:         $("$lesson" run --data "$data" Benchmarks/load-mnist.md | tail -2 | head -1)"
echo "PIL + NumPy:    $("$python" Benchmarks/load_mnist.py "$folder")"
echo "lesson (block): $("$lesson" run --data "$data" Benchmarks/load-mnist-datablock.md | tail -2 | head -1)"
echo "PyTorch (block): $("$python" Benchmarks/load_mnist.py "$folder" --datablock)"
load_ours=$(median_times "$lesson" run --data "$data" Benchmarks/load-mnist.md)
load_theirs=$(median_times "$python" Benchmarks/load_mnist.py "$folder")
block_ours=$(median_times "$lesson" run --data "$data" Benchmarks/load-mnist-datablock.md)
block_theirs=$(median_times "$python" Benchmarks/load_mnist.py "$folder" --datablock)
echo
echo "Medians of $runs runs, whole processes; CPU time is user + system over all threads."
echo
echo "| workload | lesson wall (s) | peer wall (s) | peer / lesson, wall | lesson CPU (s) | peer CPU (s) | peer / lesson, CPU |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row() {
    echo "$2 $3" | awk -v name="$1" '{printf "| %s | %s | %s | %.1fx | %s | %s | %.1fx |\n", name, $1, $3, $3 / $1, $2, $4, $4 / $2}'
}
row "decode 70,000 PNGs into one tensor (peer: PIL + NumPy)" "$load_ours" "$load_theirs"
row "one pass over the DataBlock batches of 512 (peer: PyTorch DataLoader + PIL)" "$block_ours" "$block_theirs"
