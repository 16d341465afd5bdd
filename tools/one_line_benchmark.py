"""Time the build of one 2 MB readout written on a single line, against the floor on the same text.

The readout is the one ``tests/test_reliability.py`` builds (the Chongqing seed, new lines
replaced by spaces, repeated to 1.99 MB). Each figure is the fastest of ``--rounds`` runs,
each in a fresh process, so start-up and first compilation of the patterns are counted as a
user would meet them; the floor (the benchmark's 30 regular expressions over the same text)
is measured in the same run, as wall times on a shared machine vary from hour to hour.

Usage: python tools/one_line_benchmark.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from benchmark import FLOOR_PATTERNS  # noqa: E402 - a sibling script, not a package

SIZE = 1_990_000
BUILD_GRAPH = """
import sys, time
from pathlib import Path
start = time.perf_counter()
from kg.pipeline import build_graph
graph, report = build_graph(Path(sys.argv[1]))
print(time.perf_counter() - start, len(graph))
"""


def write_readout(folder: Path) -> Path:
    """The 2 MB one-line readout of the reliability test."""
    line = (ROOT / "seeds" / "chongqing-2023-02-24.txt").read_text(encoding="utf-8").replace("\n", " ")
    path = folder / "one-line.txt"
    path.write_text((line * (SIZE // len(line) + 1))[:SIZE], encoding="ascii", errors="ignore")
    return path


def floor_seconds(path: Path) -> float:
    """The 30 floor patterns over the text, the cheapest conceivable extraction of it."""
    text = path.read_text(encoding="utf-8")
    start = time.perf_counter()
    sum(len(p.findall(text)) for p in FLOOR_PATTERNS)
    return time.perf_counter() - start


def best_of(rounds: int, command: list[str]) -> tuple[float, str]:
    """The shortest wall time of ``command`` over ``rounds`` runs, and the last run's output."""
    times, output = [], ""
    for _ in range(rounds):
        start = time.perf_counter()
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
        times.append(time.perf_counter() - start)
    return min(times), output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "in"
        corpus.mkdir()
        readout = write_readout(corpus)
        megabytes = readout.stat().st_size / 1e6
        floor = min(floor_seconds(readout) for _ in range(args.rounds))
        runs = []  # (build_graph's own seconds, the process's, triples)
        for _ in range(args.rounds):
            start = time.perf_counter()
            inside, triples = subprocess.run(
                [sys.executable, "-c", BUILD_GRAPH, str(corpus)], capture_output=True, text=True, check=True
            ).stdout.split()
            runs.append((float(inside), time.perf_counter() - start, triples))
        cli, _ = best_of(
            args.rounds, [sys.executable, "-m", "kg", "build", str(corpus), "--out", f"{tmp}/out", "--no-cache"]
        )
    graph, process, triples = min(runs)
    rows = [
        ("readout", f"{megabytes:.2f} MB on one line, {triples} triples"),
        ("floor (30 patterns over the text)", f"{floor:.2f} s"),
        ("build_graph (what the test runs)", f"{graph:.2f} s ({graph / floor:.0f}x floor)"),
        ("python start-up + import + build_graph", f"{process:.2f} s"),
        ("kg build (graph, Turtle, views, query store)", f"{cli:.2f} s ({cli / floor:.0f}x floor)"),
    ]
    width = max(len(label) for label, _ in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")


if __name__ == "__main__":
    main()
