# How the training benchmarks time one cell of `lesson run` (sourced by training.sh and cnn-training.sh, which run
# from the repository's top folder).
#
#   peer_and_lesson SCRIPT                     # checks $python (the peer) and sets $lesson (built if not given)
#   fit_cell LESSON CALL                       # sets $fit_cell and $epochs: the cell calling `learn.CALL(N, ...)`
#   timestamped_run OUT COMMAND...             # COMMAND's output lines into OUT, each with its wall and CPU times
#   cell_timing OUT LESSON CELL_LINE EPOCHS    # from OUT, the cell's wall and CPU ms per epoch and the final
#                                              # accuracy, as JSON

. Benchmarks/peer-python.sh

# Makes $python the peer Python (the --python option's value, or the venv's), stopping SCRIPT without one; makes
# $lesson a release build of lesson in $scratch unless it names one already.
peer_and_lesson() {
    local script=$1
    python=$(peer_python "$python")
    [ -n "$python" ] || { echo "$script: no Python with PyTorch: $peer_hint" >&2; exit 2; }
    command -v "$python" >/dev/null || { echo "$script: no python at $python (see --python)" >&2; exit 2; }
    if [ -z "$lesson" ]; then
        echo "Building lesson (release)..." >&2
        swift build -c release --product lesson --scratch-path "$scratch" >&2
        lesson="$(swift build -c release --product lesson --scratch-path "$scratch" --show-bin-path)/lesson"
    fi
}

# Sets $fit_cell, the line of the opening fence of the cell of LESSON that calls `learn.CALL(` (the line `lesson
# run` reports the cell by), and $epochs, the first argument of that call.
fit_cell() {
    local line
    line=$(grep -n "learn\.$2(" "$1" | cut -d: -f1)
    epochs=$(sed -n "${line}s/.*$2(\([0-9]*\),.*/\1/p" "$1")
    fit_cell=$((line - 1))
}

# Runs COMMAND and writes each line it prints into OUT, prefixed by the wall seconds since the start and the
# process's CPU seconds (all threads, from /proc) at the moment the line arrived. `lesson run` flushes each cell's
# report as the cell ends, so two reports frame a cell's time.
timestamped_run() {
    local out=$1
    shift
    python3 - "$@" >"$out" <<'TIMESTAMPS'
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
}

# Reads a timestamped `lesson run` of LESSON and prints {"wall_ms": ..., "cpu_ms": ..., "accuracy": ...}: the time
# of the cell whose fence is at CELL_LINE (from its report to the next cell's), divided by EPOCHS, and the number of the line `final accuracy X`.
cell_timing() {
    python3 - "$@" <<'CELL'
import json, re, sys

out, lesson, cell, epochs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
reports, accuracy = [], None  # (wall seconds, CPU seconds, cell line) for each cell report
for entry in open(out):
    wall, cpu, text = entry.rstrip("\n").split("\t", 2)
    match = re.fullmatch(re.escape(lesson) + r":(\d+)", text.strip())
    if match:
        reports.append((float(wall), float(cpu), int(match.group(1))))
    elif text.startswith("final accuracy "):
        accuracy = float(text.split()[-1])
cells = [line for _, _, line in reports]
if cell not in cells or cells.index(cell) == len(cells) - 1 or accuracy is None:
    sys.exit(f"{lesson}: the lesson run did not report the timed cell, a cell after it and the final accuracy")
# `lesson run` reports each cell's location as the cell starts: the timed cell runs from its report to the next.
index = cells.index(cell)
(wall0, cpu0, _), (wall1, cpu1, _) = reports[index], reports[index + 1]
print(json.dumps({"wall_ms": (wall1 - wall0) * 1000 / epochs, "cpu_ms": (cpu1 - cpu0) * 1000 / epochs,
                  "accuracy": accuracy}))
CELL
}
