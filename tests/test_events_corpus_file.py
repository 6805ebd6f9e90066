"""Well-formedness of the events corpus (issue 14, class 11): columns, types, sizes, splits and
fatalities. These check the data file only, not extract_events."""
from __future__ import annotations

from collections import Counter

import pytest

import corpora

EVENT_TYPES = ("armed clash", "attack", "attack on civilians", "shelling or artillery", "bombing",
               "air strike", "strike on civilians", "execution", "territory taken")
REGIONS = ("levant", "gulf", "egypt", "iraq", "maghreb", "yemen_sudan", "agency")
SPLITS = ("dev", "heldout")
MIN_PER_TYPE = {"dev": 10, "heldout": 4}

EXAMPLES = corpora.load("events.tsv", ["text", "event_type", "fatalities", "region"])


def test_only_dev_and_heldout_splits():
    assert {e.split for e in EXAMPLES} <= set(SPLITS), Counter(e.split for e in EXAMPLES)


@pytest.mark.parametrize("split", SPLITS)
def test_every_event_type_has_enough_examples(split):
    counts = Counter(e["event_type"] for e in EXAMPLES if e.split == split)
    short = {t: counts[t] for t in EVENT_TYPES if counts[t] < MIN_PER_TYPE[split]}
    assert not short, f"{split}: too few examples of {short}"


@pytest.mark.parametrize("split", SPLITS)
def test_a_third_are_negatives(split):
    rows = [e for e in EXAMPLES if e.split == split]
    negatives = sum(1 for e in rows if not e["event_type"])
    assert 3 * negatives >= len(rows), f"{split}: {negatives} negatives of {len(rows)}"


def test_heldout_share():
    share = sum(1 for e in EXAMPLES if e.split == "heldout") / len(EXAMPLES)
    assert 0.2 <= share <= 0.35, share


def test_heldout_rows_come_first():
    # the held-out part was written first, at the top of the file
    lines = {split: [e.line for e in EXAMPLES if e.split == split] for split in SPLITS}
    assert max(lines["heldout"]) < min(lines["dev"])


@pytest.mark.parametrize("example", corpora.params(EXAMPLES))
def test_row_is_well_formed(example):
    where = f"{example.file}:{example.line}"
    kind = example["event_type"]
    assert kind in EVENT_TYPES or kind == "", f"{where}: event_type {kind!r}"
    assert example.rule == kind.replace(" ", "_"), f"{where}: rule {example.rule!r} for {kind!r}"
    fatalities = example["fatalities"]
    assert fatalities == "" or (fatalities.isascii() and fatalities.isdigit()), f"{where}: fatalities {fatalities!r}"
    assert not (fatalities and not kind), f"{where}: a negative has fatalities"
    assert example["region"] in REGIONS, f"{where}: region {example['region']!r}"
    text = example["text"]
    assert text and text == text.strip(), f"{where}: text empty or padded"


def test_texts_are_unique():
    repeated = [t for t, n in Counter(e["text"] for e in EXAMPLES).items() if n > 1]
    assert not repeated, repeated
