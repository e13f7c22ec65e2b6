"""Times `lesson preview` from a save of the lesson file to the new output in the browser's page.

Runs `lesson preview` on a copy of LESSON in a scratch folder, opens the page in headless Chromium (devtools.py),
waits for the first run, then saves edits to the copy and reads, through the DevTools protocol, when the page
showed them: the live script stamps each update it applies (window.lessonPreview.updates, milliseconds since the
epoch, the clock this script reads before each save). Prints a JSON report on stdout.

    python3 latency.py --lesson BINARY --source LESSON --data DIR --chromium PATH [--last-runs N] [--first-runs N]
                       [--run-runs N] [--screenshot FILE]

Edits:
  last     print("edit k") added at the top of the last cell: the time until the page shows its new output
  prose    a word changed in the last paragraph: the time until the page shows it (nothing runs)
  first    print("edit k") added at the top of the first cell: the time until the page shows the end of the run,
           every cell having run again; next to the wall time of `lesson run LESSON` (a new process each time)
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from devtools import Browser

parser = argparse.ArgumentParser()
parser.add_argument("--lesson", required=True)
parser.add_argument("--source", required=True)
parser.add_argument("--data", required=True)
parser.add_argument("--chromium", required=True)
parser.add_argument("--last-runs", type=int, default=10)
parser.add_argument("--first-runs", type=int, default=3)
parser.add_argument("--run-runs", type=int, default=3)
parser.add_argument("--screenshot")
options = parser.parse_args()

work = tempfile.mkdtemp(prefix="lesson-preview-benchmark-")
name = os.path.basename(options.source)
path = os.path.join(work, name)
original = open(options.source).read()
cells = [m.end() for m in re.finditer(r"^```swift[^\n]*\n", original, re.M)]
count = len(cells)


def with_line(text, cell_start, line):
    return text[:cell_start] + line + "\n" + text[cell_start:]


def save(text):
    """Writes the file in place, as most editors do; returns the time just before, in epoch milliseconds."""
    start = time.time() * 1000
    with open(path, "w") as file:
        file.write(text)
    return start


def updates(kind, revision):
    return [u["at"] for u in browser.evaluate("window.lessonPreview.updates")
            if u["kind"] == kind and u["revision"] == revision]


shutil.copy(options.source, path)
server = subprocess.Popen([options.lesson, "preview", "--port", "0", "--data", options.data, name], cwd=work,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
url = None
while url is None:
    line = server.stdout.readline()
    if not line:
        sys.exit("the server did not start")
    found = re.search(r"Previewing on (\S+)", line)
    url = found and found.group(1)
server_lines = []
threading.Thread(target=lambda: server_lines.extend(server.stdout), daemon=True).start()
browser = Browser(options.chromium, os.path.join(work, "profile"))
report = {"cells": count, "last": [], "prose": [], "first": [], "run": []}
try:
    opened = time.time() * 1000
    browser.open(url)
    browser.wait_until("window.lessonPreview && window.lessonPreview.finished >= 1")
    report["initial_ms"] = updates("finished", 1)[0] - opened
    revision = 1

    text = original
    for k in range(options.last_runs):
        edited = with_line(text, cells[-1], f'print("edit {k}")')
        saved = save(edited)
        revision += 1
        browser.wait_until(f"document.querySelector('#cell-{count} pre.output')?.textContent.startsWith('edit {k}')")
        # The last page of the revision is the one with the new output.
        report["last"].append(max(updates("page", revision)) - saved)
        browser.wait_until(f"window.lessonPreview.finished >= {revision}")
        time.sleep(0.2)

    for k in range(options.last_runs):
        marker = f"prose-edit-{k}"
        edited = edited.replace("Summary\n", f"Summary {marker}\n", 1) if k == 0 else \
            edited.replace(f"prose-edit-{k - 1}", marker)
        saved = save(edited)
        revision += 1
        browser.wait_until(f"document.body.textContent.includes('{marker}')")
        report["prose"].append(min(updates("page", revision)) - saved)
        time.sleep(0.2)

    for k in range(options.first_runs):
        first = with_line(edited, cells[0], f'print("first edit {k}")')
        saved = save(first)
        revision += 1
        browser.wait_until(f"window.lessonPreview.finished >= {revision}")
        assert browser.evaluate("document.querySelector('#cell-1 pre.output').textContent").startswith(
            f"first edit {k}")
        report["first"].append(updates("finished", revision)[0] - saved)
        time.sleep(0.5)

    if options.screenshot:
        # The lesson as bundled (its first cell differs from the last save's), shown while the simple net trains.
        saved = save(original)
        revision += 1
        fit = count - 1
        browser.wait_until(f"document.querySelector('#cell-{fit} .preview-progress progress')?.value > 0",
                           600, 0.002)
        # The lesson's column, from the cell above the fit (done) to the top of the plot below it (queued).
        clip = browser.evaluate(f"""(() => {{
            const cell = (n) => document.getElementById('cell-' + n).getBoundingClientRect();
            const column = document.querySelector('article').getBoundingClientRect();
            window.scrollTo(0, cell({fit - 1}).top + window.scrollY - 24);
            const top = cell({fit - 1}).top + window.scrollY - 16;
            const bottom = Math.min(cell({fit + 1}).top + window.scrollY + 160, top + 1100);
            return {{x: column.left - 16, y: top, width: column.width + 32, height: bottom - top}};
        }})()""")
        browser.screenshot(options.screenshot, clip)
        browser.wait_until(f"window.lessonPreview.finished >= {revision}")
finally:
    browser.close()
    server.terminate()
    server.wait()
    shutil.rmtree(work, ignore_errors=True)

for k in range(options.run_runs):
    start = time.time()
    subprocess.run([options.lesson, "run", "--data", options.data, options.source], check=True,
                   stdout=subprocess.DEVNULL)
    report["run"].append((time.time() - start) * 1000)

json.dump(report, sys.stdout)
