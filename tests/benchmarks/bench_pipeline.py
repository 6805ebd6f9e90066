"""Benchmark: the cost of extract_context as ratios measured in one process (a script, not a test).

Usage (from the repository root): python tests/benchmarks/bench_pipeline.py [CORPUS_DIR] [ROUNDS]

Over the first 3,000 SaudiNewsNet articles it prints three ratios, each from rounds that
alternate the two sides (A, B, A, B, …) and keep each side's best CPU time, so that noise from
other work on the machine, which only ever adds time, touches both sides alike:
- context / floor: `extract_context(texts, published)` (every context table) against a floor
  that only normalises each text, splits it with str.split() and tests each word against a set
  (and the same for the four tables the context step gave before claims and events joined it);
- joined / list: the first 1,000 articles joined into one text against the same as a list;
- per article / list: one extract_context call per article against one call for the list.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from helpers import extract_context, extract_tables, normalize, read_saudinewsnet

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
ARTICLES, JOINED = 3000, 1000
FOUR = ["dates", "places", "actors", "figures"]


def cpu(run: Callable[[], object]) -> float:
    start = time.process_time()
    run()
    return time.process_time() - start


def alternate(a: Callable[[], object], b: Callable[[], object], rounds: int) -> tuple[float, float]:
    """Best CPU seconds of a and of b over `rounds` alternating rounds."""
    best_a = best_b = float("inf")
    for _ in range(rounds):
        best_a = min(best_a, cpu(a))
        best_b = min(best_b, cpu(b))
    return best_a, best_b


def main(corpus_dir: Path, rounds: int) -> None:
    corpus = read_saudinewsnet(corpus_dir).head(ARTICLES)
    texts = corpus["content"].tolist()
    days = [date.fromisoformat(d[:10]) for d in corpus["date_extracted"]]
    vocabulary = {"قتل", "مقتل", "اصابه", "وزاره", "الدفاع", "قال", "اعلن", "مدينه", "قريه", "امس"}

    def floor() -> None:
        for text in texts:
            for word in normalize(text).text.split():
                word in vocabulary  # noqa: B015  (the membership test is the work)

    print(f"{len(texts)} articles, {sum(map(len, texts)) / len(texts):,.0f} characters on average, "
          f"{rounds} alternating rounds, best CPU time of each side")
    context, base = alternate(lambda: extract_context(texts, days), floor, rounds)
    print(f"extract_context(list)      {context:7.2f} s  {len(texts) / context:7,.0f} articles/s")
    print(f"floor                      {base:7.2f} s  {len(texts) / base:7,.0f} articles/s")
    print(f"context / floor            {context / base:7.2f}x   (target <= 3)")
    four, base = alternate(lambda: extract_tables(FOUR, texts, days), floor, rounds)
    print(f"{'+'.join(FOUR)} / floor {four / base:7.2f}x   (the tables of the earlier context step)")

    part, part_days = texts[:JOINED], days[:JOINED]
    joined_text = "\n\n".join(part)
    joined, listed = alternate(lambda: extract_context(joined_text, part_days[0]),
                               lambda: extract_context(part, part_days[0]), rounds)
    print(f"joined / list ({JOINED})      {joined / listed:7.2f}x   (target <= 1.3; {joined:.2f} s against {listed:.2f} s)")

    each, whole = alternate(lambda: [extract_context(t, d) for t, d in zip(part, part_days)],
                            lambda: extract_context(part, part_days), rounds)
    print(f"per article / list ({JOINED}) {each / whole:7.2f}x   (target <= 2; {each:.2f} s against {whole:.2f} s)")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS, int(sys.argv[2]) if len(sys.argv) > 2 else 3)
