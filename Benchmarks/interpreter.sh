#!/usr/bin/env bash
# Interpreter benchmark: what one loop iteration of a lesson cell costs, against the same loop in Python (and
# PyTorch), and how the cost of `x = x + y` on 0-d tensors splits into the tensor operation itself (timed by
# `tensor-benchmark` without the interpreter) and the interpreter's overhead around it.
#
# Each lesson loop runs N and 1 iterations in a fresh process; the difference divided by N - 1 is the cost per
# iteration, so start-up and compiling the cell drop out. The Python loops time themselves. Prints a Markdown
# table of medians over the runs.
#
# Usage: Benchmarks/interpreter.sh [--python PYTHON] [--iterations N] [--runs N] [--scratch-path DIR]
#   --python PYTHON     a python with torch for the PyTorch column (default .peers/bin/python, made by
#                       scripts/setup-benchmark-peers, when it exists); without one python3 times plain loops only
#   --iterations N      loop iterations per timed run (default 1000000)
#   --runs N            timed runs per loop, the median is kept (default 5)
#   --scratch-path DIR  the release build folder (default .build)
set -euo pipefail
cd "$(dirname "$0")/.."

python=""
iterations=1000000
runs=5
scratch=.build
while [ $# -gt 0 ]; do
    case "$1" in
        --python) python="$2"; shift 2 ;;
        --iterations) iterations="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --scratch-path) scratch="$2"; shift 2 ;;
        -h | --help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "interpreter.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
. Benchmarks/peer-python.sh
python=$(peer_python "$python")
if [ -z "$python" ]; then
    echo "interpreter.sh: no peer Python, so python3 times plain loops only ($peer_hint)" >&2
    python=python3
fi

echo "Building lesson and tensor-benchmark (release)..." >&2
swift build -c release --product lesson --scratch-path "$scratch" >&2
swift build -c release --product tensor-benchmark --scratch-path "$scratch" >&2
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The loop bodies: a name, the Swift statement and its Python twin, separated by tabs.
loops=$(
    cat <<'LOOPS'
Int: n += 1	n += 1	n += 1
tensor assignment: x = y	x = y	x = y
0-d tensor add: x = x + y	x = x + y	x = x + y
LOOPS
)

# Seconds for one run of a command (wall time, `date +%s%N`).
seconds() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    echo $(((end - start) / 1000))
}

# Microseconds per iteration: median over $runs of (time with $iterations - time with 1) / ($iterations - 1).
# $1 builds the program for a given count into a file and prints the command that runs it.
per_iteration() {
    local make="$1" samples=()
    local long short
    long=$($make "$iterations")
    short=$($make 1)
    for _ in $(seq "$runs"); do
        local a b
        a=$(seconds $long)
        b=$(seconds $short)
        samples+=("$(python3 -c "print(($a - $b) / ($iterations - 1))")")
    done
    printf '%s\n' "${samples[@]}" | sort -g | awk '{ t[NR] = $1 } END { printf "%.3f", t[int((NR + 1) / 2)] }'
}

has_torch=$("$python" -c 'import torch' 2>/dev/null && echo yes || echo no)

rows=()
while IFS=$'\t' read -r name swift python_body; do
    make_lesson() {
        printf '# Loop\n\n```swift\nvar n = 0\nvar x = tensor(0.0)\nlet y = tensor(1.0)\nfor _ in 0..<%s {\n    %s\n}\n```\n' \
            "$1" "$swift" >"$work/loop-$1.md"
        echo "$bin/lesson run $work/loop-$1.md"
    }
    # Python times its own loop (importing torch takes long and varies too much to subtract).
    python_loop() {
        local setup="x = 0.0; y = 1.0"
        [ "$has_torch" = yes ] && setup="import torch; x = torch.tensor(0.0); y = torch.tensor(1.0)"
        printf 'import time\n%s\nn = 0\nstart = time.perf_counter()\nfor _ in range(%s):\n    %s\n' \
            "$setup" "$iterations" "$python_body" >"$work/loop.py"
        printf 'print((time.perf_counter() - start) * 1e6 / %s)\n' "$iterations" >>"$work/loop.py"
        for _ in $(seq "$runs"); do "$python" "$work/loop.py"; done |
            sort -g | awk '{ t[NR] = $1 } END { printf "%.3f", t[int((NR + 1) / 2)] }'
    }
    ours=$(per_iteration make_lesson)
    theirs=$(python_loop)
    rows+=("| $name | $ours | $theirs | $(python3 -c "print(f'{$ours / $theirs:.2f}')") |")
done <<<"$loops"

# The 0-d add alone, without any interpreter: tensor-benchmark's row, in ms.
op_ms=$("$bin/tensor-benchmark" --only "0-d" --no-peers | awk -F'|' '/0-d/ { gsub(/ /, "", $3); print $3 }')
op_us=$(python3 -c "print(f'{$op_ms * 1000:.3f}')")

peer="Python"
[ "$has_torch" = yes ] && peer="Python + PyTorch (tensors in the tensor rows)"
echo
echo "Microseconds per loop iteration, $iterations iterations, median of $runs runs; $(nproc) cores,"
echo "load average $(cut -d" " -f1 /proc/loadavg) at the end. Peer: $peer."
echo
echo "| loop body | lesson (µs) | python (µs) | lesson/python |"
echo "|---|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
echo "The 0-d add itself (tensor-benchmark, no interpreter): $op_us µs; the rest of the add row is the"
echo "interpreter's overhead per iteration (loop, name lookups, operator dispatch, assignment)."
