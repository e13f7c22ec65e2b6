#!/usr/bin/env bash
# Preview benchmark: how long `lesson preview` takes from a save of lesson 05 (training cells first, then more
# cells) to the new output in the browser's page. Targets: an edit of the last cell shows in under 200 ms; an edit
# of the first cell, which runs every cell again, costs no more than a whole `lesson run` of the lesson. Prints a
# Markdown table and writes it, with the machine and how to reproduce, to Benchmarks/preview.md.
#
# Usage: Benchmarks/preview.sh [--lesson BINARY] [--scratch-path DIR] [--chromium PATH] [--data DIR]
#                              [--last-runs N] [--first-runs N] [--markdown FILE] [--screenshot FILE]
#   --lesson BINARY     a release build of lesson (default: build one, in --scratch-path)
#   --scratch-path DIR  the release build folder (default .build)
#   --chromium PATH     the browser (default /usr/bin/chromium, Debian's package)
#   --data DIR          the data folder for the lesson (default data, the sample in the repository)
#   --last-runs N       edits of the last cell, and of prose (default 10)
#   --first-runs N      edits of the first cell, and whole `lesson run`s (default 3)
#   --markdown FILE     where the report goes (default Benchmarks/preview.md)
#   --screenshot FILE   also save a picture of the page while the simple net trains (docs/preview.png was made so,
#                       then reduced to 256 colours with Pillow: quantize(256, FASTOCTREE), optimize=True)
#
# The page runs in headless Chromium, driven through its DevTools protocol (Benchmarks/preview/devtools.py). Each
# save is timed from just before the file is written to the moment the page's live script applied the update that
# shows it (its own time stamps, read back through the protocol): for the last cell, the page with the cell's new
# output; for prose, the new page (nothing runs); for the first cell, the end of the run. `lesson run` is timed as
# a whole process.
set -euo pipefail
cd "$(dirname "$0")/.."

lesson=""
scratch_path=.build
chromium=/usr/bin/chromium
data=data
last_runs=10
first_runs=3
markdown=Benchmarks/preview.md
screenshot=""
while [ $# -gt 0 ]; do
    case "$1" in
        --lesson | --scratch-path | --chromium | --data | --last-runs | --first-runs | --markdown | --screenshot)
            [ $# -ge 2 ] || { echo "preview.sh: $1 takes a value (see --help)" >&2; exit 2; }
            # --last-runs N sets last_runs.
            declare "$(echo "${1#--}" | tr - _)=$2"
            shift 2 ;;
        -h | --help) sed -n '2,23p' "$0"; exit 0 ;;
        *) echo "preview.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$last_runs$first_runs" in *[!0-9]*) echo "preview.sh: --last-runs and --first-runs take a number" >&2; exit 2 ;; esac
[ "$last_runs" -gt 0 ] && [ "$first_runs" -gt 0 ] || { echo "preview.sh: give at least 1 run" >&2; exit 2; }
[ -x "$chromium" ] || { echo "preview.sh: no browser at $chromium (apt-get install chromium, or --chromium)" >&2; exit 2; }
. Benchmarks/common.sh
lesson=$(release_lesson "$lesson" "$scratch_path" preview.sh)
data="$(cd "$data" && pwd)"
[ -n "$screenshot" ] && screenshot="$(cd "$(dirname "$screenshot")" && pwd)/$(basename "$screenshot")"
source=lessons/05-training-a-digit-classifier.md
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unset LESSON_DATA

echo "Checking that $source runs clean..." >&2
"$lesson" check --data "$data" "$source" >"$work/check.txt" || { cat "$work/check.txt" >&2; exit 1; }

load_before=$(cut -d" " -f1-3 /proc/loadavg)
echo "Timing: $last_runs last-cell and prose edits, $first_runs first-cell edits and whole runs..." >&2
python3 Benchmarks/preview/latency.py --lesson "$lesson" --source "$source" --data "$data" --chromium "$chromium" \
    --last-runs "$last_runs" --first-runs "$first_runs" --run-runs "$first_runs" \
    ${screenshot:+--screenshot "$screenshot"} >"$work/times.json"
load_after=$(cut -d" " -f1-3 /proc/loadavg)

table=$(python3 - "$work/times.json" <<'TABLE'
import json, statistics, sys
times = json.load(open(sys.argv[1]))
median = statistics.median
rows = [
    ("edit of the last cell: save to its new output in the page", times["last"], 200),
    ("edit of prose only: save to the new page (nothing runs)", times["prose"], None),
    (f"edit of the first cell: save to the end of the run (all {times['cells']} cells again)", times["first"], None),
    ("`lesson run` of the whole lesson (a new process)", times["run"], None),
]
print("| what | median ms | fastest ms | slowest ms | runs |")
print("|---|---:|---:|---:|---:|")
for name, values, _ in rows:
    print(f"| {name} | {median(values):.0f} | {min(values):.0f} | {max(values):.0f} | {len(values)} |")
print()
last, first, run = median(times["last"]), median(times["first"]), median(times["run"])
print(f"Last cell: {last:.0f} ms from the save to the page, against the target of 200 ms: "
      f"{'met' if last < 200 else 'not met'}. First cell: {first:.0f} ms, {first / run:.2f}x a whole `lesson run` "
      f"({run:.0f} ms): the target (no more than a whole run) is {'met' if first <= run else 'not met'}. "
      f"The first run, from opening the page to its end: {times['initial_ms']:.0f} ms.")
TABLE
)

swift_version=$(swift_version)
browser_version=$("$chromium" --version 2>/dev/null || true)

{
    echo "# Preview benchmark"
    echo
    echo "Written by \`Benchmarks/preview.sh\`. The question: how soon does \`lesson preview\` show a save of a lesson"
    echo "in the browser? The lesson is \`$source\`: it loads the MNIST sample, trains a linear model three ways"
    echo "and a small net, then plots; its last cell only plots the net's accuracy. \`lesson preview\` runs on a copy"
    echo "of it, and the page is open in headless Chromium. Each edit is timed from just before the file is written to"
    echo "the moment the page's script applied the update that shows it, by the script's own time stamps, read back"
    echo "through the DevTools protocol: for the last cell, the page with its new output; for prose, the new page;"
    echo "for the first cell, the end of the run. An edit of the last cell resumes the checkpoint the worker forked"
    echo "before that cell; an edit of the first cell resumes the fresh process and runs all cells again."
    echo
    machine_line
    echo "Load average (1, 5, 15 min): $load_before before the timing, $load_after after."
    [ -n "$swift_version" ] && echo "lesson: release build, $swift_version. Browser: $browser_version."
    echo
    echo "$table"
    echo
    echo "Reproduce (\`--help\` lists the options):"
    echo
    echo '```sh'
    echo "Benchmarks/preview.sh --last-runs $last_runs --first-runs $first_runs"
    echo '```'
} >"$markdown"

echo
echo "Preview benchmark, $(nproc) cores, load average $load_after at the end:"
echo
echo "$table"
echo
echo "Report written to $markdown." >&2
