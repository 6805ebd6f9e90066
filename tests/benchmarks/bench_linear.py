"""Benchmark: is extract_context linear in the length of its text? (a script, not a timed test)

Usage (from the repository root): python tests/benchmarks/bench_linear.py [CORPUS_DIR]

Times `extract_context` on one string made of
  - the seed article repeated 1, 16 and 256 times (joined by a blank line), and
  - 1, 100 and 1,000 distinct SaudiNewsNet articles joined by a blank line (skipped with a
    message when the corpus is absent),
and prints CPU nanoseconds per character for each. Sizes are timed in alternating rounds
(1x, 16x, 256x, 1x, ...) so that every size meets the same load on a shared machine; the median
round of each is reported (and the best, as timeit keeps). Flat ns per character (max / min
within 1.5) means linear cost. Small texts are repeated inside a round until a round takes about 0.3 s. The fixed
cost of a call (building the tables, measured on a one-character text) weighs on one short
article; the last column takes it out.
"""
from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

from helpers import extract_context
from helpers.article import SEED_ARTICLE
from helpers.corpus import read_saudinewsnet

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
ROUNDS = 5
PUBLISHED = date(2020, 11, 5)
SEPARATOR = "\n\n"


def cpu_ns_per_char(text: str) -> float:
    """Best-effort CPU ns per character of one extract_context call on `text` (repeated calls
    for small texts so that one measurement lasts about 0.3 s)."""
    calls, spent = 0, 0.0
    while spent < 0.3 or calls == 0:
        start = time.process_time()
        extract_context(text, PUBLISHED)
        spent += time.process_time() - start
        calls += 1
    return spent / calls / len(text) * 1e9


def call_floor_ns() -> float:
    """CPU ns of one call on a one-character text: the fixed cost of a call (tables built)."""
    return min(cpu_ns_per_char(" ") for _ in range(ROUNDS))


def compare(label: str, texts: dict[str, str], floor: float) -> None:
    runs: dict[str, list[float]] = {name: [] for name in texts}
    for _ in range(ROUNDS):
        for name, text in texts.items():
            runs[name].append(cpu_ns_per_char(text))
    median = {name: statistics.median(values) for name, values in runs.items()}
    best = {name: min(values) for name, values in runs.items()}
    net = {name: median[name] - floor / len(texts[name]) for name in texts}
    print(f"\n{label} (median of {ROUNDS} alternating rounds; best round)")
    print(f"  {'':>16} {'characters':>11} {'ns/char':>8} {'best':>6} {'without the fixed cost of a call':>34}")
    for name, text in texts.items():
        print(f"  {name:>16} {len(text):>11,} {median[name]:8.0f} {best[name]:6.0f} {net[name]:34.0f}")
    print(f"  spread (max / min): {max(median.values()) / min(median.values()):.2f}x "
          f"(best rounds: {max(best.values()) / min(best.values()):.2f}x); "
          f"without the fixed cost: {max(net.values()) / min(net.values()):.2f}x")


def main(corpus_dir: Path) -> None:
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    extract_context(seed, PUBLISHED)                       # word sets and lexicons loaded once
    floor = call_floor_ns()
    print(f"fixed cost of a call (a one-character text): {floor / 1e6:.2f} ms CPU")
    compare("seed article, repeated", {f"{k}x": SEPARATOR.join([seed] * k) for k in (1, 16, 256)}, floor)
    if not corpus_dir.is_dir():
        print(f"\n{corpus_dir} not found: the SaudiNewsNet rows are skipped")
        return
    articles = list(dict.fromkeys(t for t in read_saudinewsnet(corpus_dir)["content"] if t.strip()))
    compare("distinct SaudiNewsNet articles, joined",
            {f"{k} articles": SEPARATOR.join(articles[:k]) for k in (1, 100, 1000)}, floor)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS)
