"""Reading a SaudiNewsNet-style corpus: every article kept, every problem named."""
from __future__ import annotations

import json
import zipfile

import pytest

from helpers.corpus import FIELDS, CorpusError, read_saudinewsnet
from helpers.pipeline import extract_context


def _zip(folder, name, payload: bytes):
    with zipfile.ZipFile(folder / f"{name}.zip", "w") as archive:
        archive.writestr(f"{name}.json", payload)


def _article(**changes):
    article = {field: f"{field} نص" for field in FIELDS}
    article.update(changes)
    return article


def test_reads_every_article_of_every_zip(tmp_path):
    _zip(tmp_path, "2015-07-21", json.dumps([_article(), _article(content="")]).encode())
    _zip(tmp_path, "2015-07-22", json.dumps([_article(title="عنوان")]).encode())
    table = read_saudinewsnet(tmp_path)
    assert list(table.columns) == ["file", *FIELDS]
    assert table["file"].tolist() == ["2015-07-21.zip"] * 2 + ["2015-07-22.zip"]
    assert table["content"].tolist() == ["content نص", "", "content نص"]


@pytest.mark.parametrize("payload, message", [
    (b"[{", r"2015-07-21\.zip:2015-07-21\.json: not a UTF-8 JSON array"),
    (b"\xff[]", r"2015-07-21\.zip:2015-07-21\.json: not a UTF-8 JSON array"),
    (b"{}", r"expected a JSON array of articles"),
    (json.dumps([_article(), _article(content=None)]).encode(), r"article 1: field 'content' missing or not a string"),
])
def test_malformed_corpus_names_zip_member_and_article(tmp_path, payload, message):
    _zip(tmp_path, "2015-07-21", payload)
    with pytest.raises(CorpusError, match=message):
        read_saudinewsnet(tmp_path)


def test_missing_or_empty_folder(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder not found"):
        read_saudinewsnet(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no .zip files"):
        read_saudinewsnet(tmp_path)


@pytest.mark.corpus
def test_the_real_corpus_has_all_its_articles(corpus_dir):
    assert len(read_saudinewsnet(corpus_dir)) == 31030


@pytest.mark.corpus
def test_every_article_goes_through_every_extractor_with_exact_spans(corpus_dir):
    texts = read_saudinewsnet(corpus_dir)["content"].tolist()
    tables = extract_context(texts)
    assert {"figures", "dates", "places", "actors", "claims", "events"} <= set(tables)
    for name, table in tables.items():
        if "surface" not in table:
            continue
        wrong = [(row.article, row.start, row.end, row.surface) for row in table.itertuples()
                 if texts[row.article][row.start:row.end] != row.surface]
        assert not wrong, (name, wrong[:5])
