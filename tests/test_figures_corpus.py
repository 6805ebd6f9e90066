"""The figures corpus, one test per sentence: exactly its killed and injured figures, by the rule named.

tests/corpus/figures.tsv (format: tests/corpora.py) holds Arabic news sentences written for this
purpose; `expected` is `category=value;…` for the killed and injured figures (a range as
low-high), empty for negatives. The held-out fifth was written before the rules were tuned.
Other figure corpora in the same format (figures_written.tsv: region, event and source columns
besides) are read by the same test when present.
"""
from __future__ import annotations

from collections import Counter

import pytest

import corpora
from helpers import Document
from helpers.corpus import read_saudinewsnet
from helpers.figures import extract_figures

pytestmark = pytest.mark.corpus
SCORED = ("killed", "injured")
# figures_written.tsv and figures_saudinewsnet.tsv (from main) name a class of sentence, not a
# figure rule, in their `rule` column; tests/benchmarks/score_figures.py scores them until their
# rows are mapped to the rules.
FILES = [p.name for p in sorted(corpora.CORPUS_DIR.glob("figures*.tsv"))
         if p.name not in ("figures_written.tsv", "figures_saudinewsnet.tsv")]
EXAMPLES = {name: corpora.load(name, ["text", "expected"]) for name in FILES}
KNOWN_FAILURES = {
    "figures.tsv": {216: "a nisba dual (فلسطينيان: two Palestinians) is not read as a number (README, known limits)"},
}


def _expected(cell: str) -> Counter:
    return Counter(tuple(item.split("=", 1)) for item in cell.split(";") if item)


def _value(row) -> str:
    if row.value is not None:
        return str(int(row.value)) if float(row.value).is_integer() else str(row.value)
    return f"{int(row.low)}-{int(row.high)}"


def test_corpus_shape():
    rows = EXAMPLES["figures.tsv"]
    assert len(rows) >= 200
    assert sum(not r["expected"] for r in rows) >= len(rows) / 3
    heldout = sum(r.split == "heldout" for r in rows)
    assert 0.18 <= heldout / len(rows) <= 0.25
    assert all(bool(r.rule) == bool(r["expected"]) for r in rows)


@pytest.mark.parametrize("example", [p for name in FILES
                                     for p in corpora.params(EXAMPLES[name], KNOWN_FAILURES.get(name))])
def test_example(example):
    figures = [f for f in Document(example["text"]).layer("figures") if f.category in SCORED]
    got = Counter((f.category, _value(f)) for f in figures)
    assert got == _expected(example["expected"])
    if example.rule:
        assert {f.rule for f in figures} <= set(example.rule.split("+")), [f.rule for f in figures]
    if example.fields.get("source"):
        assert {f.source for f in figures} == {example["source"]}


def test_saudinewsnet_runs_without_exceptions(corpus_dir):
    """Every article of the real corpus goes through (about 15 s); offsets stay exact."""
    texts = read_saudinewsnet(corpus_dir)["content"].tolist()
    table = extract_figures(texts)
    assert len(table) > 0
    assert all(texts[r.article][r.start:r.end] == r.surface for r in table.itertuples())
