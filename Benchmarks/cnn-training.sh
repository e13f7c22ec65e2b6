#!/usr/bin/env bash
# Training benchmark: fast.ai chapter 13's batch-norm CNN (simple_cnn with conv + BatchNorm2d + ReLU, cross-entropy,
# accuracy, fast.ai's Adam) on the full MNIST (60,000 training images, batches of 512, the 10,000 test images as
# validation), fitOneCycle(5, lrMax: 0.1): `lesson run` of Benchmarks/cnn-one-cycle.md against the same recipe in
# plain PyTorch (Benchmarks/cnn_training_pytorch.py), in the same run, at the same thread count. Prints a Markdown
# table: time per epoch for both (wall and CPU), the ratio ours/PyTorch (target: <= 1.0) and both final
# accuracies (the book: about 0.99).
#
# Usage: Benchmarks/cnn-training.sh --idx DIR [--python PYTHON] [--runs N] [--lesson BINARY] [--scratch-path DIR]
#                                   [--threads N]
#   --idx DIR           the folder of MNIST's IDX files (train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,
#                       t10k-images-idx3-ubyte.gz, t10k-labels-idx1-ubyte.gz); default $LESSON_DATA/mnist-idx
#   --python PYTHON     a python with torch and numpy (default .peers/bin/python, made by scripts/setup-benchmark-peers)
#   --runs N            trainings of each kind, taking turns; the table gives medians (default 1)
#   --lesson BINARY     a release build of lesson (default: build one, in --scratch-path)
#   --scratch-path DIR  the release build folder (default .build)
#   --threads N         PyTorch's intra-op threads (default: one per core, as lesson's kernels use)
#
# Ours: the `fitOneCycle` cell's time divided by the epochs, from the moments `lesson run` reports the cells (each
# report is flushed as its cell ends), with the process's CPU time (all threads) read from /proc at the same
# moments; loading the data is not counted. PyTorch: the mean of its per-epoch times (training batches plus
# validation, as fast.ai's Learner times an epoch), with batches gathered by index from the normalised tensors.
set -euo pipefail
cd "$(dirname "$0")/.."

python=""
idx="${LESSON_DATA:+$LESSON_DATA/mnist-idx}"
runs=1
lesson=""
scratch=.build
threads=$(nproc)
while [ $# -gt 0 ]; do
    case "$1" in
        --idx) idx="$2"; shift 2 ;;
        --python) python="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --lesson) lesson="$2"; shift 2 ;;
        --scratch-path) scratch="$2"; shift 2 ;;
        --threads) threads="$2"; shift 2 ;;
        -h | --help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "cnn-training.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ -n "$idx" ] && [ -f "$idx/train-images-idx3-ubyte.gz" ] || {
    echo "cnn-training.sh: no MNIST IDX files in '${idx}' (see --idx)" >&2
    exit 2
}
idx="$(cd "$idx" && pwd)"
. Benchmarks/peer-python.sh
python=$(peer_python "$python")
[ -n "$python" ] || { echo "cnn-training.sh: no Python with PyTorch: $peer_hint" >&2; exit 2; }
command -v "$python" >/dev/null || { echo "cnn-training.sh: no python at $python (see --python)" >&2; exit 2; }
if [ -z "$lesson" ]; then
    echo "Building lesson (release)..." >&2
    swift build -c release --product lesson --scratch-path "$scratch" >&2
    lesson="$(swift build -c release --product lesson --scratch-path "$scratch" --show-bin-path)/lesson"
fi

benchmark=Benchmarks/cnn-one-cycle.md
fit_line=$(grep -n 'learn.fitOneCycle(' "$benchmark" | cut -d: -f1)
epochs=$(sed -n "${fit_line}s/.*fitOneCycle(\([0-9]*\),.*/\1/p" "$benchmark")
fit_cell=$((fit_line - 1)) # the line of the cell's opening fence, as `lesson run` reports it
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The lesson finds the IDX files next to the data folder's MNIST sample: the repository's own.
mkdir "$work/data"
ln -s "$idx" "$work/data/mnist-idx"
ln -s "$PWD/data/mnist_sample" "$work/data/mnist_sample"

for run in $(seq "$runs"); do
    echo "Run $run of $runs: lesson ($epochs epochs)..." >&2
    # Each line of `lesson run`, prefixed by the wall seconds since the start and the process's CPU seconds.
    python3 - "$lesson" run --data "$work/data" "$benchmark" >"$work/lesson-$run.txt" <<'TIMESTAMPS'
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
    echo "Run $run of $runs: PyTorch ($epochs epochs, $threads threads)..." >&2
    "$python" Benchmarks/cnn_training_pytorch.py "$idx" --epochs "$epochs" --threads "$threads" \
        >"$work/pytorch-$run.json"
    cat "$work/pytorch-$run.json" >&2
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
        sys.exit("cnn-training.sh: the lesson run did not report the fit cell and the final accuracy")
    index = cells.index(fit_cell)
    (wall0, cpu0, _), (wall1, cpu1, _) = reports[index - 1], reports[index]
    return (wall1 - wall0) * 1000 / epochs, (cpu1 - cpu0) * 1000 / epochs, accuracy


lessons = [ours(run) for run in range(1, runs + 1)]
peers = [json.load(open(f"{work}/pytorch-{run}.json")) for run in range(1, runs + 1)]
median = statistics.median
ours_row = ("lesson (release)", median(l[0] for l in lessons), median(l[1] for l in lessons), lessons[-1][2])
first = peers[0]
peer_row = (
    f"PyTorch {first['torch']}, {first['threads']} threads, fast.ai's recipe",
    median(p["mean_epoch_ms"] for p in peers), median(p["mean_epoch_cpu_ms"] for p in peers), peers[-1]["accuracy"])
print(f"| {epochs} epochs of {first['batches_per_epoch']} batches of 512, median of {runs} run(s) "
      "| wall ms/epoch | CPU ms/epoch | final accuracy |")
print("|---|---:|---:|---:|")
for name, wall, cpu, accuracy in (ours_row, peer_row):
    print(f"| {name} | {wall:.0f} | {cpu:.0f} | {accuracy:.4f} |")
print(f"| ratio ours/PyTorch | {ours_row[1] / peer_row[1]:.2f} | {ours_row[2] / peer_row[2]:.2f} | |")
REPORT
