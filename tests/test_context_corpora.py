"""The places and actors corpora, one test per sentence: exactly the surfaces expected.

tests/corpus/places.tsv and tests/corpus/actors.tsv (format: tests/corpora.py) have the
columns split, rule, text and expected: the `;`-separated surfaces exactly as written in the
text, in text order, empty for a negative. Each row is a test named by its split, rule and line.
"""
from __future__ import annotations

import pytest

import corpora
from helpers import extract_actors, extract_places

pytestmark = pytest.mark.corpus
EXTRACTORS = {"places": extract_places, "actors": extract_actors}
# Known failures, by file and line, with the reason (an xfail that fails the run once fixed).
KNOWN_FAILURES: dict[str, dict[int, str]] = {}


def _params() -> list:
    out = []
    for task in EXTRACTORS:
        for name in corpora.example_files(task):
            examples = corpora.load(name, ["text", "expected"])
            out += [pytest.param(task, p.values[0], id=f"{name.removesuffix('.tsv')}-{p.id}", marks=p.marks)
                    for p in corpora.params(examples, KNOWN_FAILURES.get(name))]
    return out or [pytest.param(None, None, marks=pytest.mark.skip(reason="no places or actors corpus yet"))]


@pytest.mark.parametrize("task,example", _params())
def test_example(task, example):
    text = example["text"]
    table = EXTRACTORS[task](text)
    expected = [s for s in example["expected"].split(";") if s]
    assert all(s in text for s in expected), "an expected surface is not in the text as written"
    assert table["surface"].tolist() == expected


def test_a_bad_corpus_row_names_file_line_and_field(tmp_path):
    (tmp_path / "places.tsv").write_text("# comment\nsplit\trule\ttext\texpected\nheld\tcue\tنص\t\n",
                                         encoding="utf-8")
    with pytest.raises(corpora.CorpusFormatError, match=r"places\.tsv: line 3: field 'split'"):
        corpora.load("places.tsv", ["text", "expected"], tmp_path)
    (tmp_path / "actors.tsv").write_text("split\trule\ttext\nheldout\ttitle\tنص\textra\n", encoding="utf-8")
    with pytest.raises(corpora.CorpusFormatError, match=r"actors\.tsv: line 2: 4 fields"):
        corpora.load("actors.tsv", ["text"], tmp_path)


def test_extra_columns_are_allowed(tmp_path):
    (tmp_path / "figures_written.tsv").write_text(
        "split\trule\tregion\tevent\ttext\texpected\tsource\n"
        "dev\tnoun\tgulf\tattack\tقتل 14 شخصا\tkilled=14\t\n", encoding="utf-8")
    [example] = corpora.load("figures_written.tsv", ["text", "expected"], tmp_path)
    assert (example.rule, example["region"], example.id) == ("noun", "gulf", "dev-noun-L2")
