#!/usr/bin/env bash
# Training benchmark: fast.ai chapter 4's simple net (Linear(784, 30), ReLU, Linear(30, 1), mnist loss, SGD at
# lr 0.1, batches of 256, 40 epochs) on the full MNIST 3/7 sample, trained by `lesson run` of
# Benchmarks/training-simple-net.md and by the same loop in PyTorch (Benchmarks/training_pytorch.py), in the same
# run. Prints a Markdown table: time per epoch for both (wall and CPU), the ratio ours/PyTorch (target: <= 1.0)
# and both final accuracies (the book: about 0.98).
#
# Usage: Benchmarks/training.sh [--python PYTHON] [--data DIR] [--runs N] [--lesson BINARY] [--scratch-path DIR]
#                               [--threads N]
#   --python PYTHON     a python with torch, numpy and Pillow (default .peers/bin/python, made by
#                       scripts/setup-benchmark-peers)
#   --data DIR          the folder holding the full mnist_sample/ (default ../shared/data)
#   --runs N            trainings of each kind, taking turns; the table gives medians (default 3)
#   --lesson BINARY     a release build of lesson (default: build one, in --scratch-path)
#   --scratch-path DIR  the release build folder (default .build)
#   --threads N         PyTorch's intra-op threads (default: PyTorch's own choice, one per core)
#
# Ours: the `fit` cell's time divided by the epochs. `lesson run` flushes each cell's report as the cell ends;
# the reports are timestamped as they arrive, with the process's CPU time (all threads) read from /proc at the
# same moment, so loading the PNGs is not counted. PyTorch: the mean of its per-epoch times (training batches
# plus validation, as fast.ai's Learner does per epoch), once with the book's loop (a DataLoader over a list of
# (x, y) pairs, which collates every batch by stacking, as ours does) and once with batches gathered by index
# from the stacked tensors (the fastest plain-PyTorch loop; a lower bound). CPU times matter on a shared machine:
# PyTorch's worker threads spin, so its wall time suffers most when another process takes a core.
set -euo pipefail
cd "$(dirname "$0")/.."

python=""
data=../shared/data
runs=3
lesson=""
scratch=.build
threads=0
while [ $# -gt 0 ]; do
    case "$1" in
        --python) python="$2"; shift 2 ;;
        --data) data="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --lesson) lesson="$2"; shift 2 ;;
        --scratch-path) scratch="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        -h | --help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "training.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ -d "$data/mnist_sample" ] || { echo "training.sh: no mnist_sample/ in $data (see --data)" >&2; exit 2; }
. Benchmarks/cell-timing.sh
peer_and_lesson training.sh
benchmark=Benchmarks/training-simple-net.md
fit_cell "$benchmark" fit
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for run in $(seq "$runs"); do
    echo "Run $run of $runs: lesson ($epochs epochs)..." >&2
    timestamped_run "$work/lesson-$run.txt" "$lesson" run --data "$data" "$benchmark"
    cell_timing "$work/lesson-$run.txt" "$benchmark" "$fit_cell" "$epochs" >"$work/lesson-$run.json"
    [ "$run" = 1 ] && cut -f3- "$work/lesson-$run.txt" >&2
    for loader in list index; do
        echo "Run $run of $runs: PyTorch ($epochs epochs, $loader batches)..." >&2
        "$python" Benchmarks/training_pytorch.py "$data" --epochs "$epochs" --threads "$threads" --loader "$loader" \
            >"$work/pytorch-$loader-$run.json"
        cat "$work/pytorch-$loader-$run.json" >&2
    done
done

python3 - "$work" "$epochs" "$runs" <<'REPORT'
import json, statistics, sys

work, epochs, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lessons = [json.load(open(f"{work}/lesson-{run}.json")) for run in range(1, runs + 1)]
lessons = [(l["wall_ms"], l["cpu_ms"], l["accuracy"]) for l in lessons]
peers = {
    loader: [json.load(open(f"{work}/pytorch-{loader}-{run}.json")) for run in range(1, runs + 1)]
    for loader in ("list", "index")
}
median = statistics.median
rows = [("lesson (release)", median(l[0] for l in lessons), median(l[1] for l in lessons), lessons[-1][2])]
for loader, name in (("list", "book's loop: DataLoader over (x, y) pairs"), ("index", "batches gathered by index")):
    runs_of = peers[loader]
    first = runs_of[0]
    rows.append((
        f"PyTorch {first['torch']}, {first['threads']} threads, {name}",
        median(p["mean_epoch_ms"] for p in runs_of), median(p["mean_epoch_cpu_ms"] for p in runs_of),
        runs_of[-1]["accuracy"]))
print(f"| {epochs} epochs of {peers['list'][0]['batches_per_epoch']} batches of 256, median of {runs} runs "
      "| wall ms/epoch | CPU ms/epoch | final accuracy |")
print("|---|---:|---:|---:|")
for name, wall, cpu, accuracy in rows:
    print(f"| {name} | {wall:.1f} | {cpu:.1f} | {accuracy:.4f} |")
for (name, wall, cpu, _), short in zip(rows[1:], ("book's loop", "index batches")):
    print(f"| ratio ours/PyTorch ({short}) | {rows[0][1] / wall:.2f} | {rows[0][2] / cpu:.2f} | |")
REPORT
