"""helpers.numbers over the real SaudiNewsNet corpus: never raises, spans exact, no overlaps.

Skipped (with the reason) when ../shared/corpora/saudinewsnet is not beside the project.
"""
from __future__ import annotations

from collections import Counter

import pytest

from helpers.corpus import read_saudinewsnet
from helpers.numbers import KINDS, QUALIFIERS, find_numbers

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def texts(corpus_dir) -> list[str]:
    return read_saudinewsnet(corpus_dir)["content"].tolist()


def test_every_article_gives_exact_ordered_spans(texts):
    kinds: Counter = Counter()
    for i, text in enumerate(texts):
        end = 0
        for m in find_numbers(text):
            assert text[m.start:m.end] == m.surface, (i, m)
            assert m.start >= end, f"article {i}: {m} overlaps the mention before it"
            assert m.kind in KINDS and m.qualifier in QUALIFIERS, (i, m)
            assert (m.value is None) == (m.kind in ("vague", "unread") or m.qualifier == "range"), (i, m)
            end = m.end
            kinds[m.kind] += 1
    # News is full of numbers: every kind turns up, and plain counts are the most common.
    assert set(KINDS) - {"unread"} <= set(kinds) <= set(KINDS)
    assert kinds.most_common(1)[0][0] == "digits"


def test_ranges_go_up(texts):
    ranges = [m for text in texts[:5000] for m in find_numbers(text) if m.qualifier == "range"]
    assert ranges
    for m in ranges:
        assert m.low < m.high, m
