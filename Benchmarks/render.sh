#!/usr/bin/env bash
# Render benchmark: what `lesson render` costs beyond `lesson run` on a lesson with 10 images, 2 pixel tables and
# 3 plots (Benchmarks/render/gallery.md, on the MNIST sample in data/; target: under 20 ms), next to
# `jupyter nbconvert --to html` converting the same gallery as an executed notebook (Benchmarks/render/gallery.ipynb),
# in the same run. Prints a Markdown table and writes it, with the machine and how to reproduce, to
# Benchmarks/render.md.
#
# Usage: Benchmarks/render.sh [--lesson BINARY] [--scratch-path DIR] [--python PYTHON] [--runs N]
#                             [--execute-runs N] [--markdown FILE]
#   --lesson BINARY     a release build of lesson (default: build one, in --scratch-path)
#   --scratch-path DIR  the release build folder (default .build)
#   --python PYTHON     a python with jupyter (nbconvert, ipykernel), matplotlib, pandas, jinja2 and Pillow
#                       (default .peers/bin/python, made by scripts/setup-benchmark-peers, when it exists, else
#                       python3); without them the Jupyter rows are left out, with a note
#   --runs N            timed runs of each command, taking turns; the table gives medians (default 15)
#   --execute-runs N    timed runs of `jupyter nbconvert --execute --to html`, which also runs the notebook, for
#                       context (default 3; 0 leaves the row out)
#   --markdown FILE     where the report goes (default Benchmarks/render.md)
#
# Render cost = median wall time of `lesson render gallery.md -o DIR` minus that of `lesson run gallery.md`: both
# run the same cells, render then highlights them, encodes the PNGs, lays out tables and SVG plots and writes the
# page and index.html. Each run writes into a fresh folder. The notebook is executed once before the timing
# (`nbconvert --execute --to notebook`), so `nbconvert --to html` only converts. CPU times (user + system, from
# getrusage) are given too: they move less than wall times when other work shares the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

lesson=""
scratch=.build
python=""
runs=15
execute_runs=3
markdown=Benchmarks/render.md
while [ $# -gt 0 ]; do
    case "$1" in
        --lesson) lesson="$2"; shift 2 ;;
        --scratch-path) scratch="$2"; shift 2 ;;
        --python) python="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --execute-runs) execute_runs="$2"; shift 2 ;;
        --markdown) markdown="$2"; shift 2 ;;
        -h | --help) sed -n '2,24p' "$0"; exit 0 ;;
        *) echo "render.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
done
case "$runs$execute_runs" in *[!0-9]*) echo "render.sh: --runs and --execute-runs take a number" >&2; exit 2 ;; esac
[ "$runs" -gt 0 ] || { echo "render.sh: --runs must be at least 1" >&2; exit 2; }
. Benchmarks/peer-python.sh
python=$(peer_python "$python")
python=${python:-python3}
. Benchmarks/common.sh
lesson=$(release_lesson "$lesson" "$scratch" render.sh)

gallery=Benchmarks/render/gallery.md
notebook=Benchmarks/render/gallery.ipynb
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
unset LESSON_DATA

# The lesson must run clean: a failing cell would make the page cheaper and the numbers meaningless.
echo "Checking that $gallery runs clean..." >&2
"$lesson" run --data data "$gallery" >"$work/run.txt" || { cat "$work/run.txt" >&2; exit 1; }
"$lesson" render --data data "$gallery" -o "$work/page" >/dev/null
page_bytes=$(wc -c <"$work/page/${gallery%.md}.html")
pictures=$(grep -o 'data:image/png' "$work/page/${gallery%.md}.html" | wc -l)
tables=$(grep -c '\[table ' "$work/run.txt" || true)
figures=$(grep -c '\[figure' "$work/run.txt" || true)
echo "lesson page: $pictures PNG images, $tables tables, $figures figures, $page_bytes bytes" >&2

jupyter_note=""
if "$python" -c 'import nbconvert, ipykernel, matplotlib, pandas, jinja2, PIL' 2>/dev/null; then
    echo "Executing $notebook once (untimed)..." >&2
    "$python" -m jupyter nbconvert --execute --to notebook --output-dir "$work/executed" "$notebook" 2>"$work/nbconvert.log" ||
        { cat "$work/nbconvert.log" >&2; exit 1; }
    "$python" -m jupyter nbconvert --to html --output-dir "$work/notebook-page" "$work/executed/gallery.ipynb" \
        2>>"$work/nbconvert.log"
    notebook_bytes=$(wc -c <"$work/notebook-page/gallery.html")
    peer_versions=$("$python" -c 'import sys, nbconvert, matplotlib, pandas
print(f"Python {sys.version.split()[0]}, nbconvert {nbconvert.__version__}, matplotlib {matplotlib.__version__}, "
      f"pandas {pandas.__version__}")')
else
    jupyter_note="The Jupyter rows are missing: $python lacks nbconvert, ipykernel, matplotlib, pandas, jinja2 or Pillow \
($peer_hint)."
    echo "render.sh: $jupyter_note" >&2
    notebook_bytes=0
    peer_versions=""
fi

# The plan for timing.py: the commands, taking turns; "{out}" is a fresh folder per run.
python3 - "$work/plan.json" "$lesson" "$gallery" "$runs" "$work" "$python" "$execute_runs" "${jupyter_note:-ok}" \
    "$notebook" <<'PLAN'
import json, os, sys
target, lesson, gallery, runs, work, python, execute_runs, jupyter, notebook = sys.argv[1:]
commands = [
    {"name": "run", "argv": [lesson, "run", "--data", "data", gallery]},
    {"name": "render", "argv": [lesson, "render", "--data", "data", gallery, "-o", "{out}"]},
]
if jupyter == "ok":
    commands.append({"name": "nbconvert", "cwd": f"{work}/executed",
                     "argv": [python, "-m", "jupyter", "nbconvert", "--to", "html", "--output-dir", "{out}",
                              "gallery.ipynb"]})
    if int(execute_runs) > 0:
        commands.append({"name": "execute", "runs": int(execute_runs), "cwd": os.path.dirname(notebook),
                         "argv": [python, "-m", "jupyter", "nbconvert", "--execute", "--to", "html",
                                  "--output-dir", "{out}", os.path.basename(notebook)]})
json.dump({"runs": int(runs), "work": work, "commands": commands}, open(target, "w"), indent=1)
PLAN

load_before=$(cut -d" " -f1-3 /proc/loadavg)
echo "Timing: $runs runs of each command, taking turns..." >&2
python3 Benchmarks/render/timing.py "$work/plan.json" >"$work/times.json"
load_after=$(cut -d" " -f1-3 /proc/loadavg)

table=$(python3 - "$work/times.json" "$page_bytes" "$notebook_bytes" <<'TABLE'
import json, statistics, sys
times, page_bytes, notebook_bytes = json.load(open(sys.argv[1])), int(sys.argv[2]), int(sys.argv[3])
median = statistics.median


def stats(name):
    r = times[name]
    return median(r["wall_ms"]), min(r["wall_ms"]), median(r["cpu_ms"]), len(r["wall_ms"])


def kb(n):
    return f"{n / 1024:.0f} KB"


run, render = stats("run"), stats("render")
cost = tuple(render[i] - run[i] for i in range(3))
rows = [
    ("`lesson run gallery.md`", *run, ""),
    ("`lesson render gallery.md -o DIR`", *render, kb(page_bytes)),
    ("**render beyond run** (render minus run; target: under 20 ms)", *cost, run[3], ""),
]
if "nbconvert" in times:
    rows.append(("`jupyter nbconvert --to html gallery.ipynb` (executed notebook: converting only)",
                 *stats("nbconvert"), kb(notebook_bytes)))
if "execute" in times:
    rows.append(("`jupyter nbconvert --execute --to html gallery.ipynb` (running and converting)",
                 *stats("execute"), kb(notebook_bytes)))
print("| command | median wall ms | fastest wall ms | median CPU ms | runs | page |")
print("|---|---:|---:|---:|---:|---:|")
for name, wall, fastest, cpu, count, size in rows:
    print(f"| {name} | {wall:.1f} | {fastest:.1f} | {cpu:.1f} | {count} | {size} |")
print()
verdict = "met" if cost[0] < 20 else "not met"
paired = median(b - a for a, b in zip(times["run"]["wall_ms"], times["render"]["wall_ms"]))
print(f"Render beyond run: {cost[0]:.1f} ms wall, {cost[2]:.1f} ms CPU; the 20 ms target is {verdict}. "
      f"(The median of the differences within each round, run and render timed back to back: {paired:.1f} ms.)")
if "nbconvert" in times:
    convert = stats("nbconvert")
    ratio = (f"{convert[0] / cost[0]:.0f}x the render cost (wall; {convert[2] / cost[2]:.0f}x in CPU time)"
             if cost[0] > 0 and cost[2] > 0 else "(render cost within noise, no ratio)")
    print(f"`nbconvert --to html`, converting only, takes {ratio}, "
          f"and {convert[0] / render[0]:.1f}x the whole `lesson render`, which runs the lesson too.")
TABLE
)

swift_version=$(swift_version)

{
    echo "# Render benchmark"
    echo
    echo "Written by \`Benchmarks/render.sh\`. The question: how much does turning a lesson into its HTML page add"
    echo "to running it? The lesson \`Benchmarks/render/gallery.md\` shows 10 images (two with \`showImage\`, eight"
    echo "with \`showImages\`), 2 pixel tables (\`showTable\`) and 3 plots (\`plotFunction\`, \`scatter\`, two"
    echo "\`plot\` lines), made from the MNIST sample in \`data/\`. \`lesson run\` runs its cells; \`lesson render\`"
    echo "runs the same cells, then highlights the code, encodes the PNGs, shades the tables, draws the SVG plots"
    echo "and writes the page and \`index.html\` into a fresh folder. The difference of the two medians is the render"
    echo "cost; the target is under 20 ms."
    echo
    echo "Next to it, Jupyter doing the same job: \`Benchmarks/render/gallery.ipynb\` (written by"
    echo "\`Benchmarks/render/make_notebook.py\`) draws the same gallery with PIL, matplotlib and pandas'"
    echo "\`background_gradient\`. It is executed once, untimed, so \`jupyter nbconvert --to html\` only converts,"
    echo "as \`lesson render\`'s extra work only renders. The \`--execute\` row, which also runs the notebook, is the"
    echo "whole-job counterpart of \`lesson render\`."
    echo
    echo "All commands are whole processes, run $runs times each (the \`--execute\` row fewer) after one untimed"
    echo "warm-up, taking turns so that changes in the machine's load touch them alike. CPU time is user plus"
    echo "system time of the process and its children (the Jupyter kernel included); on a shared machine it moves"
    echo "less than wall time."
    echo
    machine_line
    echo "Load average (1, 5, 15 min): $load_before before the timing, $load_after after."
    [ -n "$swift_version" ] && echo "lesson: release build, $swift_version."
    [ -n "$peer_versions" ] && echo "Jupyter side: $peer_versions."
    echo
    echo "$table"
    [ -n "$jupyter_note" ] && printf '\n%s\n' "$jupyter_note"
    echo
    echo "Reproduce (\`--help\` lists the options):"
    echo
    echo '```sh'
    echo "scripts/setup-benchmark-peers --no-torch   # once: the Jupyter side, in .peers/"
    echo "Benchmarks/render.sh --runs $runs"
    echo '```'
} >"$markdown"

echo
echo "Gallery render benchmark, $(nproc) cores, load average $load_after at the end:"
echo
echo "$table"
[ -n "$jupyter_note" ] && printf '\n%s\n' "$jupyter_note"
echo
echo "Report written to $markdown." >&2
