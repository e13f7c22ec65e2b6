#!/usr/bin/env bash
# Startup benchmark: how long `lesson check` takes on a lesson of 20 small tensor cells (target: under 50 ms),
# next to Jupyter on the same 20 cells written in PyTorch: `jupyter nbconvert --execute --to html` and
# `pytest --nbval`. Prints a Markdown table of medians and ratios.
#
# Usage: Benchmarks/startup.sh [--python PYTHON] [--runs N] [--peer-runs N] [--scratch-path DIR]
#   --python PYTHON     a python with jupyter, nbconvert, ipykernel, nbval and torch (default .peers/bin/python,
#                       made by scripts/setup-benchmark-peers, when it exists); without one only `lesson` is timed
#   --runs N            timed runs of `lesson check` (default 20)
#   --peer-runs N       timed runs of each Jupyter command (default 3; each takes seconds)
#   --scratch-path DIR  the release build folder (default .build)
# Uses hyperfine when installed (apt-get install hyperfine), else a loop timed with `date +%s%N`.
set -euo pipefail
cd "$(dirname "$0")/.."

python=""
runs=20
peer_runs=3
scratch=.build
while [ $# -gt 0 ]; do
    case "$1" in
        --python) python="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --peer-runs) peer_runs="$2"; shift 2 ;;
        --scratch-path) scratch="$2"; shift 2 ;;
        -h | --help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "startup.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
. Benchmarks/peer-python.sh
python=$(peer_python "$python")
[ -n "$python" ] || echo "startup.sh: no peer Python, so only lesson is timed ($peer_hint)" >&2

echo "Building lesson (release)..." >&2
swift build -c release --product lesson --scratch-path "$scratch" >&2
lesson="$(swift build -c release --product lesson --scratch-path "$scratch" --show-bin-path)/lesson"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The 20 cells, each as a Swift cell and its PyTorch twin, separated by a tab.
cells=$(
    cat <<'CELLS'
let a = tensor([[1.0, 2.0], [3.0, 4.0]])	a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
a + 1	a + 1
a * a	a * a
a.sum()	a.sum()
a.mean(0)	a.mean(0)
matmul(a, a)	a @ a
a.T	a.T
let b = arange(0, 12).view(3, 4)	b = torch.arange(0, 12).view(3, 4)
b[1]	b[1]
b[..., 2]	b[:, 2]
b.float().mean(1)	b.float().mean(1)
(b > 5).sum()	(b > 5).sum()
zeros([2, 3])	torch.zeros(2, 3)
ones([3])	torch.ones(3)
let c = tensor([3.0, 4.0, 10.0]).requiresGrad()	c = torch.tensor([3.0, 4.0, 10.0]).requires_grad_()
let y = (c ** 2).sum()	y = (c ** 2).sum()
y.backward()	y.backward()
c.grad!	c.grad
b.shape	list(b.shape)
relu(tensor([-1.0, 0.5]))	torch.relu(torch.tensor([-1.0, 0.5]))
CELLS
)

{
    echo "# Startup benchmark"
    while IFS=$'\t' read -r swift _; do
        printf '\n```swift\n%s\n```\n' "$swift"
    done <<<"$cells"
} >"$work/startup.md"
"$lesson" update "$work/startup.md" >&2
"$lesson" check "$work/startup.md" >&2

# "median_ms cpu_ms" of a command over $2 runs after one warm-up run: the median wall time, and the mean CPU time
# (user + system, children included; "-" without hyperfine), which a busy machine disturbs less.
timing() {
    local command="$1" count="$2"
    if command -v hyperfine >/dev/null; then
        hyperfine --style none --warmup 1 --runs "$count" --export-json "$work/timing.json" "$command" >&2
        python3 -c 'import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print(round(r["median"] * 1000, 1), round((r["user"] + r["system"]) * 1000, 1))' "$work/timing.json"
    else
        bash -c "$command" >/dev/null 2>&1
        local times=()
        for _ in $(seq "$count"); do
            local start end
            start=$(date +%s%N)
            bash -c "$command" >/dev/null 2>&1
            end=$(date +%s%N)
            times+=($(((end - start) / 1000)))
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END {
            m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%.1f -\n", m / 1000 }'
    fi
}

ratio() { python3 -c "print(f'{$1 / $2:.0f}x')"; }
milliseconds() { if [ "$1" = - ]; then echo -; else echo "$1 ms"; fi; }

read -r ours ours_cpu <<<"$(timing "'$lesson' check '$work/startup.md'" "$runs")"
rows=("| \`lesson check\` (release) | $ours ms | 1x | $(milliseconds "$ours_cpu") |")

if [ -n "$python" ]; then
    "$python" - "$work/startup.ipynb" <<PYTHON
import json, sys
cells = """$cells""".splitlines()
source = ["import torch"] + [line.split("\t")[1] for line in cells]
notebook = {
    "cells": [{"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": s}
              for s in source],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}
json.dump(notebook, open(sys.argv[1], "w"), indent=1)
PYTHON
    # nbval compares with recorded outputs, so record them once (as `lesson update` did for ours).
    "$python" -m jupyter nbconvert --execute --to notebook --inplace "$work/startup.ipynb" >&2 2>/dev/null
    for peer in "jupyter nbconvert --execute --to html" "pytest -q -p no:cacheprovider --nbval"; do
        read -r wall cpu <<<"$(timing "cd '$work' && '$python' -m $peer startup.ipynb" "$peer_runs")"
        cpu_ratio=$([ "$cpu" = - ] || echo " ($(ratio "$cpu" "$ours_cpu"))")
        rows+=("| \`$peer\` | $wall ms | $(ratio "$wall" "$ours") | $(milliseconds "$cpu")$cpu_ratio |")
    done
fi

echo
echo "20 cells of small tensor operations, $(nproc) cores, load average $(cut -d" " -f1 /proc/loadavg) at the end:"
echo
echo "| command | median wall time | vs lesson | CPU time |"
echo "|---|---|---|---|"
printf '%s\n' "${rows[@]}"
