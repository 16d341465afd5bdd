"""Measure build time and peak memory on a synthetic corpus of N readouts.

The corpus is the bundled seeds repeated with shifted dates and committee names, so
every copy is a distinct meeting and the graph grows as a real corpus would.
Usage: python tools/benchmark.py 1000 [--jobs 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import resource
import tempfile
import time
from pathlib import Path

from kg.pipeline import GRAPH_FILE, build
from kg.sparql import load_engine, run_query

ROOT = Path(__file__).resolve().parent.parent
PROVINCES = [
    "Anhui",
    "Fujian",
    "Gansu",
    "Guizhou",
    "Hebei",
    "Henan",
    "Jiangxi",
    "Jilin",
    "Liaoning",
    "Qinghai",
    "Shaanxi",
    "Shandong",
    "Shanxi",
    "Yunnan",
    "Zhejiang",
    "Hainan",
]


def make_corpus(folder: Path, size: int) -> None:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in seeds]
    for i in range(size):
        text = texts[i % len(texts)]
        shift = dt.timedelta(days=i // len(texts))
        text = re.sub(
            r"date (\d{4}-\d{2}-\d{2})",
            lambda m, shift=shift: "date " + (dt.date.fromisoformat(m.group(1)) + shift).isoformat(),
            text,
            count=1,
        )
        province = PROVINCES[(i // len(texts)) % len(PROVINCES)]
        text = text.replace("Provincial Party Committee", f"{province} Provincial Party Committee", 1)
        (folder / f"r{i:06d}.txt").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("size", type=int)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp, "corpus"), Path(tmp, "out")
        corpus.mkdir()
        make_corpus(corpus, args.size)
        start = time.perf_counter()
        report = build(corpus, out, jobs=args.jobs)
        elapsed = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        start = time.perf_counter()
        store = load_engine(out / GRAPH_FILE)
        loaded = time.perf_counter() - start
        start = time.perf_counter()
        rows = run_query(
            store,
            "PREFIX kg: <https://w3id.org/readout-kg/ontology#> "
            "SELECT ?t (COUNT(?m) AS ?n) WHERE { ?m kg:topic ?t } GROUP BY ?t ORDER BY DESC(?n)",
        ).rows
        queried = time.perf_counter() - start
        size_mb = (out / GRAPH_FILE).stat().st_size / 1e6
        print(
            f"readouts={args.size} jobs={args.jobs} triples={report.triples} build={elapsed:.1f}s "
            f"peak_rss={peak_mb:.0f}MB kg.ttl={size_mb:.1f}MB load={loaded:.2f}s query={queried * 1000:.0f}ms "
            f"rows={len(rows)} betweenness_sample={report.analytics.get('betweenness_sample')}"
        )


if __name__ == "__main__":
    main()
