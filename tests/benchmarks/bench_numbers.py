"""Benchmark: number extraction throughput over the whole SaudiNewsNet corpus, on one core.

Usage (from the repository root): python tests/benchmarks/bench_numbers.py [CORPUS_DIR]
Loads every article first, then times `find_numbers` article by article and one
`extract_numbers(list_of_texts)` call (the table form). Wall-clock and CPU time are both shown:
on a busy machine the CPU time is the fairer measure of the code.
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from helpers.corpus import read_saudinewsnet
from helpers.numbers import extract_numbers, find_numbers

ROOT = Path(__file__).resolve().parents[2]

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def load_articles(corpus_dir: Path) -> list[str]:
    """The `content` of every article in the corpus."""
    return read_saudinewsnet(corpus_dir)["content"].tolist()


def _report(label: str, texts: list[str], wall: float, cpu: float, mentions: int) -> None:
    chars = sum(map(len, texts))
    print(f"{label}: {len(texts)} articles, {chars:,} chars, {mentions:,} mentions in {wall:.2f} s wall "
          f"({cpu:.2f} s CPU): {len(texts) / wall:,.0f} articles/s wall, {len(texts) / cpu:,.0f} CPU; "
          f"{chars / wall / 1e6:.1f} M chars/s wall")


def main(corpus_dir: Path) -> None:
    texts = load_articles(corpus_dir)
    if not texts:
        sys.exit(f"no articles found in {corpus_dir}")
    find_numbers(texts[0])                                  # import-time work out of the timing
    wall, cpu = time.perf_counter(), time.process_time()
    kinds: Counter = Counter()
    for text in texts:
        kinds.update(m.kind for m in find_numbers(text))
    _report("find_numbers", texts, time.perf_counter() - wall, time.process_time() - cpu, sum(kinds.values()))
    print("  " + ", ".join(f"{kind} {count:,}" for kind, count in kinds.most_common()))

    wall, cpu = time.perf_counter(), time.process_time()
    table = extract_numbers(texts)
    _report("extract_numbers(list)", texts, time.perf_counter() - wall, time.process_time() - cpu, len(table))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS)
