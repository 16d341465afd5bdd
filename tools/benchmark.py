"""Measure a build against the extraction floor on a synthetic corpus of N readouts.

The corpus is the bundled seeds repeated with shifted dates and province names, so every
copy is a distinct meeting and the graph grows as a real corpus would. The floor is the
cheapest conceivable extractor (30 compiled regular expressions over each readout, run
with the same number of processes), measured in the same run, so the build's figure is
a multiple that holds on any machine. Also measured: each stage of the build, peak
memory, a rebuild after one readout changed (facts cache), cold and warm query latency,
extraction time per kilobyte of English and of Chinese text, and the time each view takes
to open in headless Chromium (where installed), net of the browser's own start-up.

Usage: python tools/benchmark.py 1000 [--jobs 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from multiprocessing import Pool
from pathlib import Path

from kg.document import read_document
from kg.extract import extract_readout
from kg.pipeline import GRAPH_FILE, build_graph, cache_folder
from kg.serialize import to_turtle
from kg.server import QueryService
from kg.views import render_views

ROOT = Path(__file__).resolve().parent.parent
PROVINCES = [
    "Anhui", "Fujian", "Gansu", "Guizhou", "Hebei", "Henan", "Jiangxi", "Jilin",
    "Liaoning", "Qinghai", "Shaanxi", "Shandong", "Shanxi", "Yunnan", "Zhejiang", "Hainan",
]  # fmt: skip
FLOOR_PATTERNS = [
    re.compile(p)
    for p in (
        r"date (\d{4}-\d{2}-\d{2})", r"On the (morning|afternoon|evening) of (\w+ \d+)", r"held (an enlarged )?meeting",
        r"Standing Committee of the (\w+ )?(Provincial|Municipal|County|District) Party Committee",
        r"([A-Z][a-z]+ [A-Z][a-z]+) presided", r"presided over by ([A-Z][a-z]+ [A-Z][a-z]+)",
        r"Secretary ([A-Z][a-z]+ [A-Z][a-z]+)", r"General Secretary Xi Jinping", r"important (speech|instructions?)",
        r"(\w+) Plenary Session of the (\d+)th", r"Central (\w+ )?Work Conference", r"Political Bureau",
        r"reviewed (the )?[\"“]([^\"”]+)[\"”]", r"(Opinions|Regulations|Plan|Measures) on ([A-Z][\w ]+)",
        r"it is necessary to ([^.]+)\.", r"The meeting (pointed out|emphasized|stressed) that", r"rural revitalization",
        r"(ecological|environmental) protection", r"epidemic prevention", r"party (building|conduct)",
        r"high-quality development", r"safety production", r"flood (control|prevention)", r"private economy",
        r"(education|health|pension)", r"audit work", r"(political and legal|united front) work",
        r"(\d+)th Five-Year Plan", r"常委会|会议|主持", r"\b([A-Z][a-z]+) ([A-Z][a-z]{1,6})\b",
    )
]  # fmt: skip
NAMED_QUERY = "topic-frequency-by-year"


def make_corpus(folder: Path, size: int) -> None:
    """``size`` readouts: the seeds again and again, each copy a new date and province."""
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
        # A copy that nothing above changed (a Chinese readout with no date header) must still be
        # a distinct file, or the build would count it as a duplicate and skip it.
        (folder / f"r{i:06d}.txt").write_text(f"{text}\n\n[{i}]\n", encoding="utf-8")


def _floor_one(path: Path) -> int:
    text = path.read_text(encoding="utf-8")
    return sum(len(p.findall(text)) for p in FLOOR_PATTERNS)


def floor(corpus: Path, jobs: int) -> float:
    """Seconds the cheapest conceivable extractor takes over the corpus."""
    paths = sorted(corpus.glob("*.txt"))
    start = time.perf_counter()
    if jobs == 1:
        sum(map(_floor_one, paths))
    else:
        with Pool(jobs) as pool:
            sum(pool.map(_floor_one, paths, chunksize=64))
    return time.perf_counter() - start


def per_kilobyte(language: str, rounds: int = 5) -> float:
    """Milliseconds of extraction per kilobyte of the seeds in one language."""
    documents = [d for d in map(read_document, sorted((ROOT / "seeds").glob("*.txt"))) if d.language == language]
    kilobytes = sum(len(d.text.encode("utf-8")) for d in documents) / 1000
    extract_readout(documents[0])  # load lexicons outside the timing
    start = time.perf_counter()
    for _ in range(rounds):
        for document in documents:
            extract_readout(document)
    return (time.perf_counter() - start) * 1000 / (rounds * kilobytes)


VIEWS = ("overview.html", "index.html", "topics.html", "people.html", "directives.html", "relays.html",
         "topics-time.html", "places.html")  # fmt: skip
_DRAWN = re.compile(r'data-(?:painted="yes"|ready="1")')


def _chromium_seconds(browser: str, url: str) -> tuple[float, str]:
    """Wall time of Chromium loading ``url`` and dumping its DOM (after the load event), and the DOM."""
    with tempfile.TemporaryDirectory() as profile:
        start = time.perf_counter()
        done = subprocess.run(
            [browser, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}", "--dump-dom", url],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
        return time.perf_counter() - start, done.stdout


def views_in_chromium(out: Path) -> list[tuple[str, str]]:
    """Seconds each view takes to open and draw, less an empty page's time (the browser's start-up)."""
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if browser is None:
        return [("views in Chromium", "not measured: no Chromium on this machine")]
    blank = min(_chromium_seconds(browser, "about:blank")[0] for _ in range(3))
    rows = [("Chromium start-up (about:blank, subtracted below)", f"{blank:.2f} s")]
    for view in VIEWS:
        seconds, dom = _chromium_seconds(browser, (out / view).resolve().as_uri())
        drawn = "drawn" if _DRAWN.search(dom) or view == "overview.html" else "NOT DRAWN"
        size = (out / view).stat().st_size / 1e6
        rows.append((f"open {view} ({size:.1f} MB)", f"{max(seconds - blank, 0):.2f} s, {drawn}"))
    return rows


def _timed(label: str, rows: list[tuple[str, str]], action):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = action()
    rows.append((label, f"{time.perf_counter() - start:.2f} s"))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", type=int)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="copy the built output folder here (e.g. for screenshots)")
    args = parser.parse_args()
    rows: list[tuple[str, str]] = [("readouts", str(args.size)), ("jobs", str(args.jobs))]
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp, "corpus"), Path(tmp, "out")
        corpus.mkdir()
        make_corpus(corpus, args.size)
        floor_s = floor(corpus, args.jobs)
        rows.append(("floor (30 regexes per readout)", f"{floor_s:.3f} s"))
        texts: dict = {}
        graph, report = _timed("stage: extract + graph + analytics + links", rows,
                               lambda: build_graph(corpus, jobs=args.jobs, texts=texts))  # fmt: skip
        _timed("stage: Turtle", rows, partial(to_turtle, graph, "https://w3id.org/readout-kg/id/"))
        _timed("stage: views", rows, partial(render_views, graph, texts))
        stages_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        del graph
        texts.clear()
        # The builds a user runs, each in a process of its own: their time includes start-up, and
        # their peak memory is theirs alone, not added to the stage run's above.
        command = [sys.executable, "-m", "kg", "build", str(corpus), "--out", str(out), "--jobs", str(args.jobs)]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        full = time.perf_counter() - start
        rows.append(("full kg build (no cache yet)", f"{full:.1f} s = {full / floor_s:.0f}x the floor"))
        changed = sorted(corpus.glob("*.txt"))[0]
        changed.write_text(changed.read_text(encoding="utf-8") + "\nThe meeting also studied flood control.\n")
        start = time.perf_counter()
        done = subprocess.run(command, check=True, capture_output=True, text=True)
        rebuild = time.perf_counter() - start
        cached = re.search(r"\((\d+) from the cache\)", done.stdout)
        rows.append(("rebuild, 1 readout changed", f"{rebuild:.1f} s = {rebuild / full:.0%} of the full build "
                                                   f"({cached.group(1) if cached else '?'} from the cache)"))  # fmt: skip
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        rows.append(("peak memory of kg build (largest process)", f"{peak / 1024:.0f} MB"))
        rows.append(("peak memory of the stage run above (one process)", f"{stages_peak / 1024:.0f} MB"))
        rows.append(("triples", str(report.triples)))
        rows.append(("kg.ttl", f"{(out / GRAPH_FILE).stat().st_size / 1e6:.1f} MB"))
        command = [sys.executable, "-m", "kg", "query", NAMED_QUERY, "--graph", str(out / GRAPH_FILE), "-f", "csv"]
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        rows.append((f"cold kg query {NAMED_QUERY}", f"{time.perf_counter() - start:.2f} s"))
        service = QueryService(out / GRAPH_FILE, timeout=60, workers=1)
        try:
            text = (ROOT / "kg" / "sparql" / "library" / f"{NAMED_QUERY}.rq").read_text(encoding="utf-8")
            service.run(text, "json")
            start = time.perf_counter()
            service.run(text, "json")
            rows.append((f"warm query through kg serve's workers ({NAMED_QUERY})",
                         f"{(time.perf_counter() - start) * 1000:.0f} ms"))  # fmt: skip
        finally:
            service.close()
        cache_size = sum(p.stat().st_size for p in cache_folder(out).glob("*"))
        rows.append(("facts cache", f"{cache_size / 1e6:.1f} MB"))
        pages = sum(1 for _ in out.rglob("*.html"))
        folder = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
        rows.append(("output folder", f"{folder / 1e6:.0f} MB in {pages} pages"))
        rows.extend(views_in_chromium(out))
        if args.keep is not None:
            shutil.rmtree(args.keep, ignore_errors=True)
            shutil.copytree(out, args.keep)
    rows.append(("extraction per KB, English seeds", f"{per_kilobyte('en'):.2f} ms"))
    rows.append(("extraction per KB, Chinese seeds", f"{per_kilobyte('zh'):.2f} ms"))
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
