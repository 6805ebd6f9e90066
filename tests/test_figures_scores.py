"""The issue-14 scores of extract_figures, asserted where they stand (tight, so that a
regression fails): killed and injured precision and recall on the written corpus (dev and
held-out) and on the annotated SaudiNewsNet sentences, and the share of found figures whose
source is right in full form. The scorer is tests/benchmarks/score_figures.py; the real set
is read inside its whole articles and skips without the corpus.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.corpus
_SPEC = importlib.util.spec_from_file_location(
    "score_figures", Path(__file__).resolve().parent / "benchmarks" / "score_figures.py")
assert _SPEC is not None and _SPEC.loader is not None
score_figures = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(score_figures)

# split -> (precision, recall, exact sources over the figures found), as measured; class 10
# (number formats) is in the written rows and scored with them.
FLOORS = {
    "dev": (0.997, 0.989, 0.969),
    "heldout": (0.999, 0.999, 0.912),
    "real": (0.990, 0.954, 0.896),
}


def _scores(rows, found) -> dict[str, tuple[float, float, float]]:
    by_split: dict[str, object] = {}
    for row, got in zip(rows, found):
        by_split.setdefault(row["split"], score_figures.Score()).add(score_figures.expected_figures(row), got)
    out = {}
    for split, s in by_split.items():
        found_sources = s.sources["exact"] + s.sources["fragment"] + s.sources["wrong"]
        out[split] = (s.tp / (s.tp + s.fp), s.tp / (s.tp + s.fn), s.sources["exact"] / found_sources)
    return out


def _check(split: str, got: tuple[float, float, float]) -> None:
    names = ("precision", "recall", "sources exact")
    for name, value, floor in zip(names, got, FLOORS[split]):
        assert value >= floor, f"{split} {name} {value:.3f} < {floor}"


def test_written_corpus_scores():
    rows = score_figures.read_tsv(score_figures.WRITTEN)
    found, _ = score_figures.found_per_row(rows, None)
    scores = _scores(rows, found)
    _check("dev", scores["dev"])
    _check("heldout", scores["heldout"])


def test_saudinewsnet_sentences_scores(corpus_dir):
    rows = score_figures.read_tsv(score_figures.REAL)
    found, how = score_figures.found_per_row(rows, corpus_dir)
    assert how == "whole articles"
    _check("real", _scores(rows, found)["real"])
