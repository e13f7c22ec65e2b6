"""The timing half of Benchmarks/render.sh: runs each command of a plan N times, taking turns, and prints the
medians as JSON. Standard library only, so any python3 runs it.

    python3 Benchmarks/render/timing.py PLAN.json

PLAN.json: {"runs": N, "work": DIR, "commands": [{"name": ..., "argv": [...], "cwd": DIR, "runs": N?}, ...]}.
An argument "{out}" in argv becomes a fresh, empty folder for each run (so a renderer always writes its pages
anew). Each command runs once untimed first (warm caches), then the commands take turns, so that a change in
the machine's load touches all of them alike. Wall time is measured around the whole process; CPU time (user +
system, the process and everything it waited for) comes from getrusage of the children, and suffers less than
wall time when other work shares the machine. Output: {name: {"wall_ms": [...], "cpu_ms": [...]}}; a command
that exits non-zero stops the benchmark.
"""

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time


def run_once(command, work):
    """Wall and CPU milliseconds of one run of a command."""
    out = tempfile.mkdtemp(prefix="out-", dir=work)
    argv = [out if argument == "{out}" else argument for argument in command["argv"]]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(argv, cwd=command.get("cwd"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(out)
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode(errors="replace"))
        sys.exit(f"timing.py: {command['name']} exited with status {result.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1000, cpu * 1000


def main():
    plan = json.load(open(sys.argv[1]))
    commands, work = plan["commands"], plan["work"]
    results = {command["name"]: {"wall_ms": [], "cpu_ms": []} for command in commands}
    for command in commands:
        run_once(command, work)
    rounds = max(command.get("runs", plan["runs"]) for command in commands)
    for round_number in range(rounds):
        for command in commands:
            if round_number >= command.get("runs", plan["runs"]):
                continue
            wall, cpu = run_once(command, work)
            results[command["name"]]["wall_ms"].append(wall)
            results[command["name"]]["cpu_ms"].append(cpu)
        print(f"round {round_number + 1} of {rounds}: "
              + ", ".join(f"{name} {statistics.median(r['wall_ms']):.0f} ms" for name, r in results.items()
                          if r["wall_ms"]), file=sys.stderr)
    json.dump(results, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
