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
        -h | --help) sed -n '2,22p' "$0"; exit 0 ;;
        *) echo "cnn-training.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
[ -n "$idx" ] && [ -f "$idx/train-images-idx3-ubyte.gz" ] || {
    echo "cnn-training.sh: no MNIST IDX files in '${idx}' (see --idx)" >&2
    exit 2
}
idx="$(cd "$idx" && pwd)"
. Benchmarks/cell-timing.sh
peer_and_lesson cnn-training.sh
benchmark=Benchmarks/cnn-one-cycle.md
fit_cell "$benchmark" fitOneCycle
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# The lesson finds the IDX files next to the data folder's MNIST sample: the repository's own. Both are links,
# which cells may follow only into folders they may read: --allow-read names the two targets.
mkdir "$work/data"
ln -s "$idx" "$work/data/mnist-idx"
ln -s "$PWD/data/mnist_sample" "$work/data/mnist_sample"

for run in $(seq "$runs"); do
    echo "Run $run of $runs: lesson ($epochs epochs)..." >&2
    timestamped_run "$work/lesson-$run.txt" "$lesson" run --data "$work/data" --allow-read "$idx" \
        --allow-read "$PWD/data/mnist_sample" "$benchmark"
    cell_timing "$work/lesson-$run.txt" "$benchmark" "$fit_cell" "$epochs" >"$work/lesson-$run.json"
    [ "$run" = 1 ] && cut -f3- "$work/lesson-$run.txt" >&2
    echo "Run $run of $runs: PyTorch ($epochs epochs, $threads threads)..." >&2
    "$python" Benchmarks/cnn_training_pytorch.py "$idx" --epochs "$epochs" --threads "$threads" \
        >"$work/pytorch-$run.json"
    cat "$work/pytorch-$run.json" >&2
done

python3 - "$work" "$epochs" "$runs" <<'REPORT'
import json, statistics, sys

work, epochs, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
lessons = [json.load(open(f"{work}/lesson-{run}.json")) for run in range(1, runs + 1)]
lessons = [(l["wall_ms"], l["cpu_ms"], l["accuracy"]) for l in lessons]
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
