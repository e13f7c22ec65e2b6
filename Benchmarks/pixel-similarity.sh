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
runs=5
. Benchmarks/lesson-and-peer.sh
lesson_and_peer_options "$0" 9 "$@"
[ -d "$data/mnist_sample" ] || { echo "pixel-similarity.sh: no mnist_sample/ in $data (see --data)" >&2; exit 2; }

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
