"""Benchmark: the context step (dates, places, actors, figures) over SaudiNewsNet, sequence form.

Usage (from the repository root): python tests/benchmarks/bench_context.py [CORPUS_DIR]
Loads every article first, then times, on one core, `extract_context(texts, published)` (dates,
places, actors and figures in one pass, each text normalised and indexed once), then each of the
four extractors alone. The publication date is the day of `date_extracted` (the crawl time: the
closest the corpus has). Wall-clock and CPU time are both shown: on a busy machine the CPU time
is the fairer measure. The context step runs REPEATS times and the best run is reported beside
the others, as timeit does: noise from other work on the machine only ever adds time. Any
exception stops the script.
"""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

from helpers import extract_actors, extract_context
from helpers.corpus import read_saudinewsnet
from helpers.dates import extract_dates
from helpers.figures import extract_figures
from helpers.places import extract_places

ROOT = Path(__file__).resolve().parents[2]

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
REPEATS = 3


def load_articles(corpus_dir: Path) -> tuple[list[str], list[date]]:
    """Every article's `content` and the day it was crawled."""
    corpus = read_saudinewsnet(corpus_dir)
    return corpus["content"].tolist(), [date.fromisoformat(d[:10]) for d in corpus["date_extracted"]]


def timed(label: str, count: int, run):
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label:<41} {wall:7.2f} s wall {count / wall:7,.0f}/s   {cpu:7.2f} s CPU {count / cpu:7,.0f}/s")
    return result, cpu


def main(corpus_dir: Path) -> None:
    texts, days = load_articles(corpus_dir)
    if not texts:
        sys.exit(f"no articles found in {corpus_dir}")
    n = len(texts)
    print(f"{n} articles, {sum(map(len, texts)) / n:,.0f} characters on average")
    runs = [timed(f"context: dates+places+actors+figures #{i + 1}", n, lambda: extract_context(texts, days))
            for i in range(REPEATS)]
    context = runs[0][0]
    best = min(cpu for _, cpu in runs)
    print(f"context, best of {REPEATS} (CPU): {n / best:,.0f} articles/s; "
          f"all runs {', '.join(f'{n / cpu:,.0f}' for _, cpu in runs)}")
    timed("extract_figures alone", n, lambda: extract_figures(texts, days))
    timed("extract_dates alone", n, lambda: extract_dates(texts, days))
    timed("extract_places alone", n, lambda: extract_places(texts))
    timed("extract_actors alone", n, lambda: extract_actors(texts))
    for name, table in context.items():
        print(f"{name}: {len(table)} rows in {table['article'].nunique()} articles")
    print("no exceptions")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS)
