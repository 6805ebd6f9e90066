"""The places corpora, one test per sentence, and the scores issue 13 is done at.

tests/corpus/places.tsv (written sentences, 18 classes, every fifth row held out) and
tests/corpus/places_saudinewsnet.tsv (real SaudiNewsNet sentences, split `real`) are read by
the one corpus loader (tests/corpora.py). Each row is a test: `extract_places` finds exactly the
expected surfaces, in text order, and a row of a cue class finds its place by a cue word (the
`reason` column). A known failure is an xfail with its reason; it fails the run once it passes.
The aggregate tests hold the held-out and real precision and recall to issue 13's thresholds.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import pytest

import corpora
from helpers import extract_places

pytestmark = pytest.mark.corpus
WRITTEN = corpora.load("places.tsv", ["text", "expected"])
REAL = corpora.load("places_saudinewsnet.tsv", ["text", "expected"])
# The rules of places.tsv whose places are found after a cue word (reason "cue" or, for the
# later items of a list, "list").
CUE_RULES = {"cue_hay", "cue_mukhayyam", "cue_mintaqa", "cue_rif", "cue_qada", "cue_nahiya", "cue_mudiriya",
             "cue_imala", "cue_jamaa", "cue_mihwar", "cue_known", "nisba_name", "multiword_after_cue"}
LIST_RULES = {"list_after_plural_cue"}
KNOWN_FAILURES: dict[str, dict[int, str]] = {
    "places.tsv": {},
    "places_saudinewsnet.tsv": {},
}
# Issue 13, "Done when": (split, precision, recall).
THRESHOLDS = [("places.tsv", "heldout", 0.95, 0.90), ("places_saudinewsnet.tsv", "real", 0.95, 0.85)]


@lru_cache(maxsize=None)
def _found(text: str) -> tuple[tuple[str, str], ...]:
    table = extract_places(text)
    return tuple(zip(table.surface, table.reason))


def _expected(example: corpora.Example) -> list[str]:
    return [s for s in example["expected"].split(";") if s]


def _params() -> list:
    return [*corpora.params(WRITTEN, KNOWN_FAILURES["places.tsv"]),
            *corpora.params(REAL, KNOWN_FAILURES["places_saudinewsnet.tsv"])]


@pytest.mark.parametrize("example", _params())
def test_example(example):
    found = _found(example["text"])
    assert [surface for surface, _ in found] == _expected(example)
    reasons = {reason for _, reason in found}
    if example.rule in CUE_RULES:
        assert "cue" in reasons, found
    elif example.rule in LIST_RULES:
        assert "list" in reasons, found


def _score(examples: list[corpora.Example], split: str) -> tuple[float, float]:
    tp = found_total = expected_total = 0
    for example in examples:
        if example.split != split:
            continue
        expected = Counter(_expected(example))
        found = Counter(surface for surface, _ in _found(example["text"]))
        tp += sum((expected & found).values())
        found_total += sum(found.values())
        expected_total += sum(expected.values())
    return tp / found_total, tp / expected_total


@pytest.mark.parametrize("name, split, precision, recall", THRESHOLDS)
def test_scores(name, split, precision, recall):
    examples = {"places.tsv": WRITTEN, "places_saudinewsnet.tsv": REAL}[name]
    p, r = _score(examples, split)
    assert p >= precision and r >= recall, f"{name} {split}: P {p:.3f} R {r:.3f}"


def test_the_real_sample_is_large_enough():
    assert sum(len(_expected(e)) for e in REAL if e.split == "real") >= 150
