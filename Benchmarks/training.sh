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
. Benchmarks/peer-python.sh
python=$(peer_python "$python")
[ -n "$python" ] || { echo "training.sh: no Python with PyTorch: $peer_hint" >&2; exit 2; }
command -v "$python" >/dev/null || { echo "training.sh: no python at $python (see --python)" >&2; exit 2; }
if [ -z "$lesson" ]; then
    echo "Building lesson (release)..." >&2
    swift build -c release --product lesson --scratch-path "$scratch" >&2
    lesson="$(swift build -c release --product lesson --scratch-path "$scratch" --show-bin-path)/lesson"
fi

benchmark=Benchmarks/training-simple-net.md
fit_line=$(grep -n 'learn.fit(' "$benchmark" | cut -d: -f1)
epochs=$(sed -n "${fit_line}s/.*fit(\([0-9]*\),.*/\1/p" "$benchmark")
fit_cell=$((fit_line - 1)) # the line of the cell's opening fence, as `lesson run` reports it
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for run in $(seq "$runs"); do
    echo "Run $run of $runs: lesson ($epochs epochs)..." >&2
    # Each line of `lesson run`, prefixed by the wall seconds since the start and the process's CPU seconds.
    python3 - "$lesson" run --data "$data" "$benchmark" >"$work/lesson-$run.txt" <<'TIMESTAMPS'
import os, subprocess, sys, time
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
tick = os.sysconf("SC_CLK_TCK")
start = time.monotonic()
for line in process.stdout:
    now = time.monotonic() - start
    with open(f"/proc/{process.pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / tick  # utime and stime, all threads
    print(f"{now:.6f}\t{cpu:.2f}\t{line}", end="", flush=True)
sys.exit(process.wait())
TIMESTAMPS
    [ "$run" = 1 ] && cut -f3- "$work/lesson-$run.txt" >&2
    for loader in list index; do
        echo "Run $run of $runs: PyTorch ($epochs epochs, $loader batches)..." >&2
        "$python" Benchmarks/training_pytorch.py "$data" --epochs "$epochs" --threads "$threads" --loader "$loader" \
            >"$work/pytorch-$loader-$run.json"
        cat "$work/pytorch-$loader-$run.json" >&2
    done
done

python3 - "$work" "$benchmark" "$fit_cell" "$epochs" "$runs" <<'REPORT'
import json, re, statistics, sys

work, benchmark, fit_cell, epochs, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])


def ours(run):
    """Wall and CPU milliseconds per epoch of the fit cell, and the final accuracy, of one lesson run."""
    reports, accuracy = [], None  # (wall seconds, CPU seconds, cell line) for each cell report
    for entry in open(f"{work}/lesson-{run}.txt"):
        wall, cpu, text = entry.rstrip("\n").split("\t", 2)
        match = re.fullmatch(re.escape(benchmark) + r":(\d+)", text.strip())
        if match:
            reports.append((float(wall), float(cpu), int(match.group(1))))
        elif text.startswith("final accuracy "):
            accuracy = float(text.split()[-1])
    cells = [line for _, _, line in reports]
    if fit_cell not in cells or cells.index(fit_cell) == 0 or accuracy is None:
        sys.exit("training.sh: the lesson run did not report the fit cell and the final accuracy")
    index = cells.index(fit_cell)
    (wall0, cpu0, _), (wall1, cpu1, _) = reports[index - 1], reports[index]
    return (wall1 - wall0) * 1000 / epochs, (cpu1 - cpu0) * 1000 / epochs, accuracy


lessons = [ours(run) for run in range(1, runs + 1)]
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
