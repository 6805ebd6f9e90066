"""Benchmark: the whole figure pipeline (numbers included) over SaudiNewsNet, sequence form.

Usage (from the repository root): python tests/benchmarks/bench_figures.py [CORPUS_DIR]
Loads every article first, then times one `extract_figures(list_of_texts)` call on one core.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from helpers.corpus import read_saudinewsnet
from helpers.figures import extract_figures

ROOT = Path(__file__).resolve().parents[2]

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"


def load_articles(corpus_dir: Path) -> list[str]:
    """The `content` of every article in the corpus."""
    return read_saudinewsnet(corpus_dir)["content"].tolist()


def main(corpus_dir: Path) -> None:
    texts = load_articles(corpus_dir)
    if not texts:
        sys.exit(f"no articles found in {corpus_dir}")
    began = time.perf_counter()
    table = extract_figures(texts)
    seconds = time.perf_counter() - began
    print(f"{len(texts)} articles in {seconds:.2f} s: {len(texts) / seconds:,.0f} articles/s, "
          f"{len(table)} figure rows ({table['article'].nunique()} articles with figures)")
    print(table["category"].value_counts().to_string())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS)
